@loop
Feature: Handles can be weakly referenced
  asyncio's Handle and TimerHandle list __weakref__ in their __slots__
  (events.py), so weakref.ref(handle)() is the handle while it is alive. The
  documentation does not promise it, so the rule is a detail.

  @rule-loop.handle.weakref @detail
  Rule: A Handle from call_soon and a TimerHandle from call_later can be weakly referenced: weakref.ref(handle)() is the handle.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#callback-handles
    Detail: weak references: Handle and TimerHandle have a __weakref__ slot in CPython's events.py; the documentation does not promise one

    Scenario: weakref.ref of a Handle and of a TimerHandle returns the handle
      Given the program:
        """python
        import asyncio
        import weakref


        def callback():
            print("callback runs")


        async def main(loop):
            handle = loop.call_soon(callback)
            timer = loop.call_later(10, callback)
            print(f"handle: {weakref.ref(handle)() is handle}")
            print(f"timer handle: {weakref.ref(timer)() is timer}")
            timer.cancel()
            await asyncio.sleep(0)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main(loop))
        loop.close()
        """
      Then the output is:
        """
        handle: True
        timer handle: True
        callback runs
        """
      And the program completes normally
