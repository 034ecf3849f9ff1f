@loop
Feature: What a callback handle's repr shows
  The repr of a Handle names the callback it will call; once cancelled it says so instead. A
  TimerHandle's repr adds its deadline. CPython's own test_events checks both.

  @rule-repr.handle.state @detail
  Rule: The repr of a Handle is <Handle callback()>, and <Handle cancelled> once cancelled; a TimerHandle's adds when=<deadline>.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#callback-handles
    The programs cut the source location (' at file:line') and write the deadline as WHEN.

    Scenario: call_soon and call_at handles, live and cancelled
      Given the program:
        """python
        import asyncio

        def noop(*args):
            pass

        def cut(text):
            return text.split(" at ")[0] + (">" if " at " in text else "")

        loop = asyncio.new_event_loop()
        handle = loop.call_soon(noop)
        print(f"Handle: {cut(repr(handle))}")
        handle.cancel()
        print(f"cancelled Handle: {repr(handle)}")
        when = loop.time() + 100
        timer = loop.call_at(when, noop)
        print(f"TimerHandle: {cut(repr(timer)).replace(repr(when), 'WHEN')}")
        timer.cancel()
        print(f"cancelled TimerHandle: {repr(timer).replace(repr(when), 'WHEN')}")
        loop.close()
        """
      Then the output is:
        """
        Handle: <Handle noop()>
        cancelled Handle: <Handle cancelled>
        TimerHandle: <TimerHandle when=WHEN noop()>
        cancelled TimerHandle: <TimerHandle cancelled when=WHEN>
        """
      And the program completes normally
