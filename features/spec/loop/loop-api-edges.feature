@loop
Feature: The loop API at its edges: negative delays, bad arguments to run_until_complete, timer handles
  What the event loop does with a delay below zero, with an argument run_until_complete cannot run,
  with a SystemExit raised by a plain callback and with a coroutine it refuses because it is closed; and
  what a TimerHandle tells about its deadline. CPython's own test_base_events and test_events check each
  of these; here the programs print it.

  @rule-loop.timer.negative-delay @required
  Rule: call_later with a negative delay schedules the callback as due at once, still ordered by deadline: call_later(-2) runs before call_later(-1).
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_later

    Scenario: call_later(-1) then call_later(-2)
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        calls = []
        loop.call_later(-1, calls.append, "a")
        loop.call_later(-2, calls.append, "b")
        loop.call_soon(loop.stop)
        loop.run_forever()
        print(f"negative delays run at once, earliest deadline first: {calls}")
        loop.close()
        """
      Then the output is:
        """
        negative delays run at once, earliest deadline first: ['b', 'a']
        """
      And the program completes normally

  @rule-loop.run-until-complete.rejects-non-awaitable @required
  Rule: run_until_complete of an object that is neither a future, a coroutine nor an awaitable raises TypeError.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete

    Scenario: run_until_complete of a string, a number and None
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        for label, argument in [("a string", "blah"), ("a number", 42), ("None", None)]:
            try:
                loop.run_until_complete(argument)
            except TypeError as e:
                print(f"run_until_complete({label}): {type(e).__name__}")
        loop.close()
        """
      Then the output is:
        """
        run_until_complete(a string): TypeError
        run_until_complete(a number): TypeError
        run_until_complete(None): TypeError
        """
      And the program completes normally

  @rule-loop.run-until-complete.rejects-non-awaitable.wording @detail
  Rule: CPython's message for run_until_complete of a non-awaitable: 'An asyncio.Future, a coroutine or an awaitable is required'.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
    Detail: message text: the TypeError's text is asyncio's

    Scenario: run_until_complete('blah') with CPython's message
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete("blah")
        except TypeError as e:
            print(f"run_until_complete('blah'): TypeError: {e}")
        loop.close()
        """
      Then the output is:
        """
        run_until_complete('blah'): TypeError: An asyncio.Future, a coroutine or an awaitable is required
        """
      And the program completes normally

  @rule-loop.run-until-complete.rejects-foreign-future @required
  Rule: run_until_complete of a future that belongs to another loop raises ValueError and leaves the future alone.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete

    Scenario: A future made by another loop
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        other = asyncio.new_event_loop()
        future = other.create_future()
        try:
            loop.run_until_complete(future)
        except ValueError as e:
            print(f"a future of another loop: {type(e).__name__}")
        print(f"the future is untouched: done={future.done()}")
        other.close()
        loop.close()
        """
      Then the output is:
        """
        a future of another loop: ValueError
        the future is untouched: done=False
        """
      And the program completes normally

  @rule-loop.run-until-complete.system-exit-from-callback @required
  Rule: A SystemExit raised by a plain callback escapes run_until_complete and leaves the loop stopped but usable: the next run_until_complete runs to its end.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete

    Scenario: A SystemExit subclass raised by a call_soon callback
      Given the program:
        """python
        import asyncio

        class ShowStopper(SystemExit):
            pass

        def throw():
            raise ShowStopper

        async def foo(delay):
            await asyncio.sleep(delay)
            return delay

        loop = asyncio.new_event_loop()
        loop.call_soon(throw)
        try:
            loop.run_until_complete(foo(0.1))
        except ShowStopper:
            print("a SystemExit subclass from a callback escapes run_until_complete")
        print(f"is_running={loop.is_running()} is_closed={loop.is_closed()}")
        print(f"the next run_until_complete runs to the end: {loop.run_until_complete(foo(0.2))}")
        loop.close()
        """
      Then the output is:
        """
        a SystemExit subclass from a callback escapes run_until_complete
        is_running=False is_closed=False
        the next run_until_complete runs to the end: 0.2
        """
      And the program completes normally

  @rule-loop.closed.ensure-future-closes-coroutine @required
  Rule: ensure_future of a coroutine on a closed loop raises RuntimeError, and from 3.10 closes the coroutine; before 3.10 it stays unstarted and open.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.create_task

    @since-3.10
    Scenario: ensure_future(coro, loop=closed_loop) closes the coroutine
      Given the program:
        """python
        import asyncio

        async def work():
            return "worked"

        closed = asyncio.new_event_loop()
        closed.close()
        coro = work()
        try:
            asyncio.ensure_future(coro, loop=closed)
        except RuntimeError as e:
            print(f"ensure_future on a closed loop: {type(e).__name__}")
        try:
            coro.send(None)
            print("the coroutine was left open")
        except StopIteration as e:
            print(f"the coroutine was left unstarted and open: it runs and returns {e.value!r}")
        except RuntimeError as e:
            print(f"the coroutine was closed: {type(e).__name__}")
        """
      Then the output is:
        """
        ensure_future on a closed loop: RuntimeError
        the coroutine was closed: RuntimeError
        """
      And the program completes normally

    @before-3.10
    Scenario: ensure_future(coro, loop=closed_loop) leaves the coroutine open
      Given the program:
        """python
        import asyncio

        async def work():
            return "worked"

        closed = asyncio.new_event_loop()
        closed.close()
        coro = work()
        try:
            asyncio.ensure_future(coro, loop=closed)
        except RuntimeError as e:
            print(f"ensure_future on a closed loop: {type(e).__name__}")
        try:
            coro.send(None)
            print("the coroutine was left open")
        except StopIteration as e:
            print(f"the coroutine was left unstarted and open: it runs and returns {e.value!r}")
        except RuntimeError as e:
            print(f"the coroutine was closed: {type(e).__name__}")
        """
      Then the output is:
        """
        ensure_future on a closed loop: RuntimeError
        the coroutine was left unstarted and open: it runs and returns 'worked'
        """
      And the program completes normally

  @rule-loop.timer.handle-when @required
  Rule: From 3.7, TimerHandle.when() returns the absolute deadline in the loop's time, also after cancel().
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.TimerHandle.when

    # TimerHandle.when() is new in 3.7.
    @since-3.7
    Scenario: when() of call_at and call_later handles
      Given the program:
        """python
        import asyncio

        def noop():
            pass

        loop = asyncio.new_event_loop()
        when = loop.time() + 100
        t = loop.call_at(when, noop)
        t2 = loop.call_later(50, noop)
        print(f"call_at: when() is the deadline given: {t.when() == when}")
        print(f"call_later(50): when() is about time() + 50: {49 < t2.when() - loop.time() < 50.001}")
        t.cancel()
        t2.cancel()
        print(f"after cancel() when() is unchanged: {t.when() == when}")
        loop.close()
        """
      Then the output is:
        """
        call_at: when() is the deadline given: True
        call_later(50): when() is about time() + 50: True
        after cancel() when() is unchanged: True
        """
      And the program completes normally

  @rule-loop.get-event-loop.after-set-none-raises @required
  Rule: Outside a running loop, get_event_loop raises RuntimeError after set_event_loop(None), and returns the loop set by set_event_loop(loop); inside a running loop it returns the running loop.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.get_event_loop

    Scenario: get_event_loop after set_event_loop(None), inside a run and after set_event_loop(loop)
      Given the program:
        """python
        import asyncio

        asyncio.set_event_loop(None)
        try:
            asyncio.get_event_loop()
            print("after set_event_loop(None): a loop")
        except RuntimeError as e:
            print(f"after set_event_loop(None): {type(e).__name__}")

        loop = asyncio.new_event_loop()

        async def inside():
            return asyncio.get_event_loop() is loop

        print(f"inside a running loop get_event_loop() is the running loop: {loop.run_until_complete(inside())}")
        try:
            asyncio.get_event_loop()
            print("after the run, still nothing set: a loop")
        except RuntimeError as e:
            print(f"after the run, still nothing set: {type(e).__name__}")
        asyncio.set_event_loop(loop)
        print(f"after set_event_loop(loop): get_event_loop() is loop: {asyncio.get_event_loop() is loop}")
        asyncio.set_event_loop(None)
        loop.close()
        """
      Then the output is:
        """
        after set_event_loop(None): RuntimeError
        inside a running loop get_event_loop() is the running loop: True
        after the run, still nothing set: RuntimeError
        after set_event_loop(loop): get_event_loop() is loop: True
        """
      And the program completes normally

  @rule-loop.set-event-loop.rejects-non-loop @detail
  Rule: set_event_loop of an object that is neither an event loop nor None raises TypeError from 3.11 (an AssertionError before); set_event_loop(loop) makes get_event_loop return that loop.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.set_event_loop
    Detail: exception type by version: the documentation names no exception; CPython checked with an assert before 3.11 and raises TypeError since
    The documentation does not name the exception: CPython checked with an assert before 3.11.

    @since-3.11
    Scenario: set_event_loop(object()) and set_event_loop(42)
      Given the program:
        """python
        import asyncio

        for label, value in [("object()", object()), ("42", 42)]:
            try:
                asyncio.set_event_loop(value)
                print(f"set_event_loop({label}): accepted")
            except (TypeError, AssertionError) as e:
                print(f"set_event_loop({label}): {type(e).__name__}")
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        print(f"set_event_loop(loop): get_event_loop() is loop: {asyncio.get_event_loop() is loop}")
        asyncio.set_event_loop(None)
        loop.close()
        """
      Then the output is:
        """
        set_event_loop(object()): TypeError
        set_event_loop(42): TypeError
        set_event_loop(loop): get_event_loop() is loop: True
        """
      And the program completes normally

    # 3.11 replaced the assert with a TypeError.
    @before-3.11
    Scenario: set_event_loop(object()) and set_event_loop(42) before 3.11
      Given the program:
        """python
        import asyncio

        for label, value in [("object()", object()), ("42", 42)]:
            try:
                asyncio.set_event_loop(value)
                print(f"set_event_loop({label}): accepted")
            except (TypeError, AssertionError) as e:
                print(f"set_event_loop({label}): {type(e).__name__}")
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        print(f"set_event_loop(loop): get_event_loop() is loop: {asyncio.get_event_loop() is loop}")
        asyncio.set_event_loop(None)
        loop.close()
        """
      Then the output is:
        """
        set_event_loop(object()): AssertionError
        set_event_loop(42): AssertionError
        set_event_loop(loop): get_event_loop() is loop: True
        """
      And the program completes normally
