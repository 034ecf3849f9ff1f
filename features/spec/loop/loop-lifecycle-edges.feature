@loop
Feature: The edges of a loop's life: closed loops, nested runs, early stops and fatal exceptions
  A closed loop refuses new work before it creates anything. One thread runs
  at most one loop at a time, and a loop never runs inside itself. A stop()
  request ends run_forever after one pass over what is ready, and
  run_until_complete then reports that its future is not done yet; the future
  carries on when the loop runs again. SystemExit and KeyboardInterrupt are
  not ordinary task errors: they end the task and then leave the loop at once.

  @rule-loop.closed.refuses-new-work @required
  Rule: call_later, call_at and create_task on a closed loop raise RuntimeError before creating a handle or a task.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.close
    After close(), call_later, call_at and create_task raise RuntimeError
    before they create a handle or a task.

    Scenario: call_later, call_at and create_task on a closed loop raise RuntimeError
      Given the program:
        """python
        import asyncio

        async def work():
            return "worked"

        closed = asyncio.new_event_loop()
        closed.close()
        coro = work()
        attempts = [
            ("call_later", lambda: closed.call_later(0.01, print, "never")),
            ("call_at", lambda: closed.call_at(closed.time() + 0.01, print, "never")),
            ("create_task", lambda: closed.create_task(coro)),
        ]
        for label, attempt in attempts:
            try:
                attempt()
            except RuntimeError as e:
                print(f"{label}: {type(e).__name__}")
        coro.close()
        print("the refused coroutine was never started")
        """
      Then the output is:
        """
        call_later: RuntimeError
        call_at: RuntimeError
        create_task: RuntimeError
        the refused coroutine was never started
        """
      And the program completes normally

  @rule-loop.closed.refuses-new-work.wording @detail
  Rule: CPython's message for scheduling on a closed loop: 'Event loop is closed'.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.close
    Detail: message text: the RuntimeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    Scenario: call_later, call_at and create_task on a closed loop raise RuntimeError
      Given the program:
        """python
        import asyncio

        async def work():
            return "worked"

        closed = asyncio.new_event_loop()
        closed.close()
        coro = work()
        attempts = [
            ("call_later", lambda: closed.call_later(0.01, print, "never")),
            ("call_at", lambda: closed.call_at(closed.time() + 0.01, print, "never")),
            ("create_task", lambda: closed.create_task(coro)),
        ]
        for label, attempt in attempts:
            try:
                attempt()
            except RuntimeError as e:
                print(f"{label}: {type(e).__name__}: {e}")
        coro.close()
        print("the refused coroutine was never started")
        """
      Then the output is:
        """
        call_later: RuntimeError: Event loop is closed
        call_at: RuntimeError: Event loop is closed
        create_task: RuntimeError: Event loop is closed
        the refused coroutine was never started
        """
      And the program completes normally

  @rule-loop.run.one-loop-per-thread @required
  Rule: Running a loop from code that another loop is running raises RuntimeError.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
    Running a second loop from code that another loop is running raises
    RuntimeError; the second loop is left as it was and the first carries on.

    Scenario: run_until_complete on another loop inside a running loop raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def inner():
            print("inner: never runs")

        async def main():
            other = asyncio.new_event_loop()
            coro = inner()
            try:
                other.run_until_complete(coro)
            except RuntimeError as e:
                print(f"other loop: {type(e).__name__}")
            coro.close()
            print(f"other loop running: {other.is_running()}")
            other.close()
            await asyncio.sleep(0)
            return "main done"

        loop = asyncio.new_event_loop()
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        other loop: RuntimeError
        other loop running: False
        main done
        """
      And the program completes normally

  @rule-loop.run.one-loop-per-thread.wording @detail
  Rule: CPython's message for running a loop inside another running loop: 'Cannot run the event loop while another loop is running'.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
    Detail: message text: the RuntimeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    Scenario: run_until_complete on another loop inside a running loop raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def inner():
            print("inner: never runs")

        async def main():
            other = asyncio.new_event_loop()
            coro = inner()
            try:
                other.run_until_complete(coro)
            except RuntimeError as e:
                print(f"other loop: {e}")
            coro.close()
            print(f"other loop running: {other.is_running()}")
            other.close()
            await asyncio.sleep(0)
            return "main done"

        loop = asyncio.new_event_loop()
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        other loop: Cannot run the event loop while another loop is running
        other loop running: False
        main done
        """
      And the program completes normally

  @rule-loop.run-until-complete.stopped-early @required
  Rule: When stop() ends the run before the future is done, run_until_complete raises RuntimeError and the future goes on at the next run.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
    If stop() ends the run first, run_until_complete raises RuntimeError; the
    future stays pending and goes on when the loop runs again.

    Scenario: A task that stops the loop makes run_until_complete raise, and finishes on the next run
      Given the program:
        """python
        import asyncio

        async def main():
            loop.stop()
            print("main: stop() requested, now waiting")
            await asyncio.sleep(0.05)
            print("main: resumed")
            return "main result"

        loop = asyncio.new_event_loop()
        task = loop.create_task(main())
        try:
            loop.run_until_complete(task)
        except RuntimeError as e:
            print(f"run_until_complete: {type(e).__name__}")
        print(f"task done: {task.done()}")
        print(loop.run_until_complete(task))
        """
      Then the output is:
        """
        main: stop() requested, now waiting
        run_until_complete: RuntimeError
        task done: False
        main: resumed
        main result
        """
      And the program completes normally

  @rule-loop.run-until-complete.stopped-early.wording @detail
  Rule: CPython's message when stop() ends run_until_complete early: 'Event loop stopped before Future completed.'.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
    Detail: message text: the RuntimeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    Scenario: A task that stops the loop makes run_until_complete raise, and finishes on the next run
      Given the program:
        """python
        import asyncio

        async def main():
            loop.stop()
            print("main: stop() requested, now waiting")
            await asyncio.sleep(0.05)
            print("main: resumed")
            return "main result"

        loop = asyncio.new_event_loop()
        task = loop.create_task(main())
        try:
            loop.run_until_complete(task)
        except RuntimeError as e:
            print(f"run_until_complete: {e}")
        print(f"task done: {task.done()}")
        print(loop.run_until_complete(task))
        """
      Then the output is:
        """
        main: stop() requested, now waiting
        run_until_complete: Event loop stopped before Future completed.
        task done: False
        main: resumed
        main result
        """
      And the program completes normally

  @rule-loop.stop.before-run-polls-once @required
  Rule: stop() called while the loop is not running makes the next run_forever poll once without waiting for timers, then return.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.stop
    When stop() is called while the loop is not running, the next run_forever
    polls once without waiting for the next timer and returns; the timer stays
    scheduled for a later run.

    Scenario: run_forever after stop() returns before a pending timer is due
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        loop.call_later(1.0, print, "timer: runs")
        loop.stop()
        loop.run_forever()
        print("run_forever returned without waiting for the timer")
        loop.call_later(1.1, loop.stop)
        loop.run_forever()
        print("second run_forever returned")
        """
      Then the output is:
        """
        run_forever returned without waiting for the timer
        timer: runs
        second run_forever returned
        """
      And the program completes normally

  @rule-loop.run.base-exception-propagates @required
  Rule: SystemExit or KeyboardInterrupt from a task's coroutine ends the task with it and propagates out of run_until_complete; the next run is not cut short.
    Link: https://docs.python.org/3/library/asyncio-task.html#task-object
    A task whose coroutine raises SystemExit or KeyboardInterrupt is done with
    that exception, which then propagates out of run_until_complete. The loop
    stays usable: the next run is not cut short.

    Scenario Outline: <exception> from a task escapes run_until_complete and the loop runs on later
      Given the program:
        """python
        import asyncio

        async def leave():
            await asyncio.sleep(0)
            raise <exception>(<argument>)

        async def ticker():
            for i in range(3):
                await asyncio.sleep(0)
                print(f"ticker: tick {i}")
            return "ticker done"

        loop = asyncio.new_event_loop()
        task = loop.create_task(leave())
        try:
            loop.run_until_complete(task)
        except <exception> as e:
            print(f"run_until_complete raised {type(e).__name__}")
        print(f"task done: {task.done()}, exception: {type(task.exception()).__name__}")
        print(loop.run_until_complete(ticker()))
        """
      Then the output is:
        """
        run_until_complete raised <exception>
        task done: True, exception: <exception>
        ticker: tick 0
        ticker: tick 1
        ticker: tick 2
        ticker done
        """
      And the program completes normally

      Examples:
        | exception         | argument |
        | SystemExit        | 3        |
        | KeyboardInterrupt |          |
