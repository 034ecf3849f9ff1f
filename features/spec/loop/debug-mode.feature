@loop
Feature: Debug mode: a flag of the loop and the checks it turns on
  Every event loop has a debug mode, off unless the environment asks for it
  (PYTHONASYNCIODEBUG, -X dev: outside these programs, which run without either)
  or the program turns it on with loop.set_debug(True) (or asyncio.run(debug=True),
  Runner(debug=True)). In debug mode the loop checks what it is given: the
  non-threadsafe ways to schedule a callback refuse a call from a thread other
  than the loop's, and (CPython) every way to schedule a callback refuses a
  coroutine, a coroutine function or an object that cannot be called, at the
  call instead of when the callback would run. Slow callbacks are logged (to
  stderr, and a matter of timing: not specified here).

  @rule-loop.debug.flag @required
  Rule: get_debug() is False for a new loop and returns what set_debug() set last, whether the loop runs, has run or is closed.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.get_debug
    "Get the debug mode (bool) of the event loop. The default value is True if the
    environment variable PYTHONASYNCIODEBUG is set to a non-empty string, False
    otherwise." set_debug takes effect at once, also on a running loop.

    Scenario: set_debug and get_debug before, during and after a run
      Given the program:
        """python
        import asyncio


        async def main():
            running = asyncio.get_event_loop()
            print(f"inside the loop: {running.get_debug()}")
            running.set_debug(False)
            print(f"switched off while running: {running.get_debug()}")


        loop = asyncio.new_event_loop()
        print(f"a new loop: {loop.get_debug()}")
        loop.set_debug(True)
        print(f"after set_debug(True): {loop.get_debug()}")
        loop.run_until_complete(main())
        print(f"after the run: {loop.get_debug()}")
        loop.set_debug(True)
        loop.close()
        print(f"after close: {loop.get_debug()}")
        """
      Then the output is:
        """
        a new loop: False
        after set_debug(True): True
        inside the loop: True
        switched off while running: False
        after the run: False
        after close: True
        """
      And the program completes normally

  @rule-loop.debug.slow-callback-duration @required
  Rule: loop.slow_callback_duration, the time in seconds from which debug mode logs a callback as slow, is 0.1 by default and can be set.
    Link: https://docs.python.org/3/library/asyncio-dev.html#debug-mode
    "Callbacks taking longer than 100 milliseconds are logged. The
    loop.slow_callback_duration attribute can be used to set the minimum execution
    duration in seconds that is considered 'slow'."

    Scenario: The default and a new value of slow_callback_duration
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        print(f"slow_callback_duration by default: {loop.slow_callback_duration}")
        loop.slow_callback_duration = 0.25
        print(f"after setting it: {loop.slow_callback_duration}")
        loop.close()
        """
      Then the output is:
        """
        slow_callback_duration by default: 0.1
        after setting it: 0.25
        """
      And the program completes normally

  @rule-loop.debug.wrong-thread @optional @needs-threads
  Rule: In debug mode call_soon, call_later and call_at raise an exception when called from a thread other than the one running the loop; call_soon_threadsafe does not.
    Link: https://docs.python.org/3/library/asyncio-dev.html#debug-mode
    "Many non-threadsafe asyncio APIs (such as loop.call_soon() and loop.call_at()
    methods) raise an exception if they are called from a wrong thread." The
    thread polls a list the loop's task reads, so nothing depends on timing.

    Scenario: Scheduling from another thread in debug mode
      Given the program:
        """python
        import asyncio
        import threading


        def from_other_thread(loop, outcomes):
            for method, schedule in [("call_soon", lambda: loop.call_soon(print, "never")),
                                     ("call_later", lambda: loop.call_later(10, print, "never")),
                                     ("call_at", lambda: loop.call_at(loop.time() + 10, print, "never"))]:
                try:
                    schedule()
                    outcomes.append(f"{method} from another thread: accepted")
                except Exception:
                    outcomes.append(f"{method} from another thread: raises")
            loop.call_soon_threadsafe(outcomes.append, "call_soon_threadsafe from another thread: accepted")


        async def main():
            loop = asyncio.get_event_loop()
            outcomes = []
            worker = threading.Thread(target=from_other_thread, args=(loop, outcomes))
            worker.start()
            while len(outcomes) < 4:
                await asyncio.sleep(0.01)
            worker.join()
            for outcome in outcomes:
                print(outcome)
            loop.call_soon(print, "call_soon from the loop's own thread: accepted")
            await asyncio.sleep(0)


        loop = asyncio.new_event_loop()
        loop.set_debug(True)
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        call_soon from another thread: raises
        call_later from another thread: raises
        call_at from another thread: raises
        call_soon_threadsafe from another thread: accepted
        call_soon from the loop's own thread: accepted
        """
      And the program completes normally

  @rule-loop.debug.callback-check @detail
  Rule: CPython's loop in debug mode refuses a coroutine, a coroutine function or a non-callable given to call_soon, call_later, call_at, call_soon_threadsafe or run_in_executor with TypeError at the call (call_later reports call_at); outside debug mode it accepts them.
    Link: https://docs.python.org/3/library/asyncio-dev.html#debug-mode
    Detail: message text: the check and its messages are CPython's (BaseEventLoop._check_callback), not documented
    BaseEventLoop._check_callback runs only in debug mode; the documentation
    promises no such check, and outside debug mode the mistake shows only when
    the callback runs.

    Scenario: Callbacks that are not plain callables, with debug mode off and on
      Given the program:
        """python
        import asyncio


        async def job():
            return None


        def try_each(loop):
            coro = job()
            for what, callback in [("a coroutine function", job), ("a coroutine", coro), ("a non-callable", 1)]:
                for method, schedule in [("call_soon", lambda cb: loop.call_soon(cb)),
                                         ("call_later", lambda cb: loop.call_later(10, cb)),
                                         ("call_at", lambda cb: loop.call_at(loop.time() + 10, cb)),
                                         ("call_soon_threadsafe", lambda cb: loop.call_soon_threadsafe(cb))]:
                    try:
                        handle = schedule(callback)
                        handle.cancel()
                        print(f"{method}({what}): accepted")
                    except TypeError as e:
                        print(f"{method}({what}): TypeError: {e}")
            coro.close()


        loop = asyncio.new_event_loop()
        print("debug mode off:")
        try_each(loop)
        loop.set_debug(True)
        print("debug mode on:")
        try_each(loop)
        loop.close()
        """
      Then the output is:
        """
        debug mode off:
        call_soon(a coroutine function): accepted
        call_later(a coroutine function): accepted
        call_at(a coroutine function): accepted
        call_soon_threadsafe(a coroutine function): accepted
        call_soon(a coroutine): accepted
        call_later(a coroutine): accepted
        call_at(a coroutine): accepted
        call_soon_threadsafe(a coroutine): accepted
        call_soon(a non-callable): accepted
        call_later(a non-callable): accepted
        call_at(a non-callable): accepted
        call_soon_threadsafe(a non-callable): accepted
        debug mode on:
        call_soon(a coroutine function): TypeError: coroutines cannot be used with call_soon()
        call_later(a coroutine function): TypeError: coroutines cannot be used with call_at()
        call_at(a coroutine function): TypeError: coroutines cannot be used with call_at()
        call_soon_threadsafe(a coroutine function): TypeError: coroutines cannot be used with call_soon_threadsafe()
        call_soon(a coroutine): TypeError: coroutines cannot be used with call_soon()
        call_later(a coroutine): TypeError: coroutines cannot be used with call_at()
        call_at(a coroutine): TypeError: coroutines cannot be used with call_at()
        call_soon_threadsafe(a coroutine): TypeError: coroutines cannot be used with call_soon_threadsafe()
        call_soon(a non-callable): TypeError: a callable object was expected by call_soon(), got 1
        call_later(a non-callable): TypeError: a callable object was expected by call_at(), got 1
        call_at(a non-callable): TypeError: a callable object was expected by call_at(), got 1
        call_soon_threadsafe(a non-callable): TypeError: a callable object was expected by call_soon_threadsafe(), got 1
        """
      And the program completes normally

    @since-3.7
    Scenario: asyncio.run(debug=True) runs the loop with the checks on
      Given the program:
        """python
        import asyncio


        async def job():
            return None


        async def main():
            loop = asyncio.get_running_loop()
            print(f"get_debug() inside asyncio.run(debug=True): {loop.get_debug()}")
            try:
                loop.call_soon(job)
                print("call_soon(a coroutine function): accepted")
            except TypeError as e:
                print(f"call_soon(a coroutine function): TypeError: {e}")

        asyncio.run(main(), debug=True)
        """
      Then the output is:
        """
        get_debug() inside asyncio.run(debug=True): True
        call_soon(a coroutine function): TypeError: coroutines cannot be used with call_soon()
        """
      And the program completes normally

    # run_in_executor checks its function before it looks at the executor, so no
    # thread is started and the scenario needs none.
    Scenario: run_in_executor in debug mode refuses a coroutine function, a coroutine and a non-callable at the call
      Given the program:
        """python
        import asyncio


        async def job():
            return None


        async def main():
            loop = asyncio.get_event_loop()
            loop.set_debug(True)
            coro = job()
            for what, func in [("a coroutine function", job), ("a coroutine", coro), ("a non-callable", 1)]:
                try:
                    loop.run_in_executor(None, func)
                    print(f"run_in_executor({what}): accepted")
                except TypeError as e:
                    print(f"run_in_executor({what}): TypeError: {e}")
            coro.close()
            loop.set_debug(False)


        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        run_in_executor(a coroutine function): TypeError: coroutines cannot be used with run_in_executor()
        run_in_executor(a coroutine): TypeError: coroutines cannot be used with run_in_executor()
        run_in_executor(a non-callable): TypeError: a callable object was expected by run_in_executor(), got 1
        """
      And the program completes normally

  @rule-loop.debug.repr @detail
  Rule: CPython's repr of a loop ends with running=..., closed=... and debug=..., the flag as set.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_debug
    Detail: repr: the text of repr() of a loop is CPython's
    The repr is CPython's; the program cuts off the class name, which differs
    between loops.

    Scenario: The debug flag in the loop's repr
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        print(repr(loop).split(" ", 1)[1])
        loop.set_debug(True)
        print(repr(loop).split(" ", 1)[1])
        loop.close()
        """
      Then the output is:
        """
        running=False closed=False debug=False>
        running=False closed=False debug=True>
        """
      And the program completes normally
