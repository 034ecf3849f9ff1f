@loop
Feature: call_soon_threadsafe hands callbacks to a loop, also from other threads
  An event loop is not thread-safe: code running in another thread must not
  touch the loop's futures or tasks directly. loop.call_soon_threadsafe is the
  way in. It queues a callback like call_soon, in the same first-in first-out
  ready queue, returns a Handle that can be cancelled, and wakes the loop if it
  is waiting with nothing to do, so the callback runs on the loop's own thread
  at its next iteration.

  The programs with a second thread are written so that their output does not
  depend on timing: the other thread only reaches the loop through
  call_soon_threadsafe, and the program waits for it with an awaited future,
  threading.Event or join().

  @rule-loop.call-soon-threadsafe.handle @required
  Rule: call_soon_threadsafe queues its callback in the same FIFO ready queue as call_soon and returns a Handle whose cancel() prevents the callback.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe
    Called on the loop's own thread, call_soon_threadsafe behaves as call_soon:
    its callbacks run in the order of scheduling, together with those of
    call_soon, and cancelling the returned Handle before it runs prevents the
    callback.

    Scenario: Threadsafe callbacks share the ready queue with call_soon and can be cancelled
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_event_loop()
            loop.call_soon_threadsafe(print, "threadsafe callback 1")
            loop.call_soon(print, "call_soon callback")
            dropped = loop.call_soon_threadsafe(print, "cancelled threadsafe callback")
            loop.call_soon_threadsafe(print, "threadsafe callback 2")
            dropped.cancel()
            print("main: yielding once")
            await asyncio.sleep(0)
            print("main: resumed")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: yielding once
        threadsafe callback 1
        call_soon callback
        threadsafe callback 2
        main: resumed
        """
      And the program completes normally

  @rule-loop.call-soon-threadsafe.from-another-thread @optional @needs-threadsafe-callbacks
  Rule: A callback another thread schedules with call_soon_threadsafe runs on the loop's thread, waking a loop that waits with nothing to do; one thread's callbacks keep their order and a cancelled one never runs.
    Link: https://docs.python.org/3/library/asyncio-dev.html#concurrency-and-multithreading
    A callback that another thread schedules with call_soon_threadsafe runs on
    the loop's thread, waking a loop that waits with nothing to do; callbacks
    from one thread keep their order, and a Handle cancelled by that thread
    never runs. Scheduling is possible while the loop is not running: the
    callbacks wait for its next run.

    Scenario: A worker thread completes the future that a coroutine awaits
      Given the program:
        """python
        import asyncio
        import threading

        def worker(loop, fut):
            print("worker: handing a result to the loop")
            loop.call_soon_threadsafe(fut.set_result, "made by the worker")

        async def main(loop):
            fut = loop.create_future()
            thread = threading.Thread(target=worker, args=(loop, fut))
            print("main: starting the worker, then waiting with nothing else to do")
            thread.start()
            value = await fut
            print(f"main: the future holds {value!r}")
            thread.join()
            print(f"main: worker alive after join: {thread.is_alive()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main(loop))
        """
      Then the output is:
        """
        main: starting the worker, then waiting with nothing else to do
        worker: handing a result to the loop
        main: the future holds 'made by the worker'
        main: worker alive after join: False
        """
      And the program completes normally

    Scenario: Items that a producer thread puts into an asyncio.Queue arrive in order
      Given the program:
        """python
        import asyncio
        import threading

        def producer(loop, queue, go):
            go.wait()
            for item in ["one", "two", "three"]:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            loop.call_soon_threadsafe(queue.put_nowait, None)

        async def main(loop):
            queue = asyncio.Queue()
            go = threading.Event()
            thread = threading.Thread(target=producer, args=(loop, queue, go))
            thread.start()
            print(f"main: producer waiting for the signal: {not go.is_set()}")
            go.set()
            while True:
                item = await queue.get()
                if item is None:
                    break
                print(f"main: received {item}")
            thread.join()
            print("main: producer finished")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main(loop))
        """
      Then the output is:
        """
        main: producer waiting for the signal: True
        main: received one
        main: received two
        main: received three
        main: producer finished
        """
      And the program completes normally

    Scenario: Callbacks scheduled by another thread before the loop runs wait for the run, minus the cancelled one
      Given the program:
        """python
        import asyncio
        import threading

        def worker(loop):
            loop.call_soon_threadsafe(print, "first from the worker")
            dropped = loop.call_soon_threadsafe(print, "cancelled by the worker")
            dropped.cancel()
            loop.call_soon_threadsafe(print, "second from the worker")

        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=worker, args=(loop,))
        thread.start()
        thread.join()
        print("main: worker done; the loop has not run yet")
        loop.call_soon(print, "from the main thread")
        loop.call_soon(loop.stop)
        loop.run_forever()
        print("main: loop stopped")
        """
      Then the output is:
        """
        main: worker done; the loop has not run yet
        first from the worker
        second from the worker
        from the main thread
        main: loop stopped
        """
      And the program completes normally

    # Handle.cancelled() was added in 3.7; on 3.6 the call raises AttributeError.
    @since-3.7
    Scenario: A handle the worker cancels while the loop is busy in a callback never runs
      Given the program:
        """python
        import asyncio
        import threading

        handles = []

        def worker(loop, released):
            try:
                handle = loop.call_soon_threadsafe(print, "callback: runs")
                handles.append(handle)
                handle.cancel()
                print(f"worker: cancelled the handle while the loop is busy, cancelled() {handle.cancelled()}")
            finally:
                released.set()

        def busy(loop, released, threads):
            thread = threading.Thread(target=worker, args=(loop, released))
            threads.append(thread)
            print("loop: busy in a callback; the worker starts")
            thread.start()
            released.wait()
            print("loop: the busy callback returns")

        async def main():
            loop = asyncio.get_event_loop()
            released = threading.Event()
            threads = []
            loop.call_soon(busy, loop, released, threads)
            await asyncio.sleep(0.05)
            threads[0].join()
            print(f"main: the handle reports cancelled() {handles[0].cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        loop: busy in a callback; the worker starts
        worker: cancelled the handle while the loop is busy, cancelled() True
        loop: the busy callback returns
        main: the handle reports cancelled() True
        """
      And the program completes normally
