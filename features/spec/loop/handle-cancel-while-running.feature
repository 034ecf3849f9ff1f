@loop
Feature: A callback that cancels its own handle runs to its end
  Handle.cancel() stops a callback that has not run yet. Once the loop has
  called the callback, cancelling its handle cannot take the call back: a
  callback that cancels its own handle, from the loop's thread, goes on to its
  end, and the handle reports cancelled() from then on. This holds for the
  Handle of call_soon, the TimerHandle of call_later, and the handle of
  call_soon_threadsafe (from 3.14 a thread-safe handle whose lock is held while
  its callback runs; cancel() from the same thread takes it again rather than
  waiting for itself, events.py's _ThreadSafeHandle uses an RLock).

  @rule-loop.handle.cancel-while-running @required
  Rule: A callback that cancels its own Handle while it runs goes on to its end, and the handle then reports cancelled(); the same for call_soon, call_later and call_soon_threadsafe handles.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.Handle.cancel
    cancel() of a handle whose callback is running has no effect on that call:
    the loop took the callback before it ran it (Handle._run in events.py). The
    handle is cancelled all the same, so cancelled() returns True during the
    rest of the callback and afterwards.

    # Handle.cancelled() was added in 3.7; on 3.6 the call raises AttributeError.
    @since-3.7
    Scenario Outline: A callback from <schedule> cancels its own handle and runs to its end
      Given the program:
        """python
        import asyncio

        handles = []

        def callback():
            handle = handles[0]
            print(f"callback: starts, cancelled() {handle.cancelled()}")
            handle.cancel()
            print(f"callback: cancelled its own handle, cancelled() {handle.cancelled()}")
            print("callback: runs to its end")

        async def main():
            loop = asyncio.get_event_loop()
            handles.append(loop.<schedule>)
            await asyncio.sleep(0.05)
            print(f"main: the handle reports cancelled() {handles[0].cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        callback: starts, cancelled() False
        callback: cancelled its own handle, cancelled() True
        callback: runs to its end
        main: the handle reports cancelled() True
        """
      And the program completes normally

      Examples:
        | schedule                        |
        | call_soon(callback)             |
        | call_later(0.01, callback)      |
        | call_soon_threadsafe(callback)  |
