@futures
Feature: Futures hold one outcome and notify their callbacks through the loop
  An asyncio.Future is a placeholder for an outcome that arrives later. It starts
  pending and is finished exactly once: with a result (set_result), with an
  exception (set_exception) or by cancellation (cancel). After that its state
  never changes again, and result() and exception() report the outcome.

  Code learns about the outcome in two ways. A coroutine can await the future:
  a finished future hands over its outcome at once, a pending one suspends the
  awaiting task until it finishes. Plain functions can register done callbacks:
  these are never called from inside set_result, set_exception or cancel, nor
  from add_done_callback, but are always scheduled on the event loop with
  call_soon, so they run later, behind everything already scheduled.

  @rule-future.state.lifecycle @required
  Rule: A future starts pending and is finished once by a result, an exception or a cancellation; done() is True when finished, cancelled() only when cancelled.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.done
    A new future is pending; set_result, set_exception and cancel each finish it.
    done() is True for every finished future; cancelled() only for a cancelled one.

    Scenario: done() and cancelled() in each of the four states
      Given the program:
        """python
        import asyncio

        def describe(label, future):
            print(f"{label}: done={future.done()} cancelled={future.cancelled()}")

        async def main():
            pending = loop.create_future()
            describe("pending", pending)

            with_result = loop.create_future()
            with_result.set_result("value")
            describe("with a result", with_result)

            with_exception = loop.create_future()
            with_exception.set_exception(ValueError("boom"))
            describe("with an exception", with_exception)
            with_exception.exception()

            cancelled = loop.create_future()
            cancelled.cancel()
            describe("cancelled", cancelled)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        pending: done=False cancelled=False
        with a result: done=True cancelled=False
        with an exception: done=True cancelled=False
        cancelled: done=True cancelled=True
        """
      And the program completes normally

  @rule-future.result.by-state @required
  Rule: result() and exception() raise InvalidStateError while pending and CancelledError when cancelled; otherwise result() returns the result or raises the stored exception and exception() returns it or None.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.result
    On a pending future both raise InvalidStateError; on a cancelled future both
    raise CancelledError. Otherwise result() returns the result or raises the
    stored exception, and exception() returns the stored exception or None.

    Scenario: result() and exception() on pending, cancelled and finished futures
      Given the program:
        """python
        import asyncio

        async def main():
            pending = loop.create_future()
            try:
                pending.result()
            except asyncio.InvalidStateError as e:
                print(f"pending result(): {type(e).__name__}")
            try:
                pending.exception()
            except asyncio.InvalidStateError as e:
                print(f"pending exception(): {type(e).__name__}")

            cancelled = loop.create_future()
            cancelled.cancel()
            try:
                cancelled.result()
            except asyncio.CancelledError as e:
                print(f"cancelled result(): {type(e).__name__}")
            try:
                cancelled.exception()
            except asyncio.CancelledError as e:
                print(f"cancelled exception(): {type(e).__name__}")

            with_result = loop.create_future()
            with_result.set_result(42)
            print(f"result(): {with_result.result()}, exception(): {with_result.exception()}")

            error = ValueError("boom")
            failed = loop.create_future()
            failed.set_exception(error)
            print(f"exception() is the stored error: {failed.exception() is error}")
            try:
                failed.result()
            except ValueError as e:
                print(f"result() raises the stored error: {e is error}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        pending result(): InvalidStateError
        pending exception(): InvalidStateError
        cancelled result(): CancelledError
        cancelled exception(): CancelledError
        result(): 42, exception(): None
        exception() is the stored error: True
        result() raises the stored error: True
        """
      And the program completes normally

  @rule-future.result.by-state.wording @detail
  Rule: CPython's messages for result() and exception() of a pending future: 'Result is not set.' and 'Exception is not set.'.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.result
    Detail: message text: the InvalidStateError's texts are asyncio's (its pure-Python Future says 'Result is not ready.')
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.
    asyncio's pure-Python Future (the fallback without the _asyncio accelerator,
    and PyPy's) says 'Result is not ready.' instead.

    Scenario: result() and exception() on pending, cancelled and finished futures
      Given the program:
        """python
        import asyncio

        async def main():
            pending = loop.create_future()
            try:
                pending.result()
            except asyncio.InvalidStateError as e:
                print(f"pending result(): {type(e).__name__}: {e}")
            try:
                pending.exception()
            except asyncio.InvalidStateError as e:
                print(f"pending exception(): {type(e).__name__}: {e}")

            cancelled = loop.create_future()
            cancelled.cancel()
            try:
                cancelled.result()
            except asyncio.CancelledError as e:
                print(f"cancelled result(): {type(e).__name__}")
            try:
                cancelled.exception()
            except asyncio.CancelledError as e:
                print(f"cancelled exception(): {type(e).__name__}")

            with_result = loop.create_future()
            with_result.set_result(42)
            print(f"result(): {with_result.result()}, exception(): {with_result.exception()}")

            error = ValueError("boom")
            failed = loop.create_future()
            failed.set_exception(error)
            print(f"exception() is the stored error: {failed.exception() is error}")
            try:
                failed.result()
            except ValueError as e:
                print(f"result() raises the stored error: {e is error}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        pending result(): InvalidStateError: Result is not set.
        pending exception(): InvalidStateError: Exception is not set.
        cancelled result(): CancelledError
        cancelled exception(): CancelledError
        result(): 42, exception(): None
        exception() is the stored error: True
        result() raises the stored error: True
        """
      And the program completes normally

  @rule-future.set.done-invalid-state @required
  Rule: set_result and set_exception on a finished future raise InvalidStateError and leave its outcome unchanged.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.set_result
    The first outcome wins: setting a result or an exception on a future that
    already has a result, an exception or a cancellation fails and leaves the
    future unchanged.

    Scenario: A second outcome is refused and the first one is kept
      Given the program:
        """python
        import asyncio

        async def main():
            with_result = loop.create_future()
            with_result.set_result("first")
            try:
                with_result.set_result("second")
            except asyncio.InvalidStateError as e:
                print(f"set_result: {type(e).__name__}")
            try:
                with_result.set_exception(ValueError("late"))
            except asyncio.InvalidStateError as e:
                print(f"set_exception: {type(e).__name__}")
            print(f"result is still {with_result.result()!r}")

            cancelled = loop.create_future()
            cancelled.cancel()
            try:
                cancelled.set_result("too late")
            except asyncio.InvalidStateError as e:
                print(f"set_result after cancel: {type(e).__name__}")
            print(f"still cancelled: {cancelled.cancelled()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        set_result: InvalidStateError
        set_exception: InvalidStateError
        result is still 'first'
        set_result after cancel: InvalidStateError
        still cancelled: True
        """
      And the program completes normally

  @rule-future.set.done-invalid-state.wording @detail
  Rule: CPython's message for set_result or set_exception on a finished future: 'invalid state'.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.set_result
    Detail: message text: the InvalidStateError's text is asyncio's (its pure-Python Future names the state and the future's repr)
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.
    asyncio's pure-Python Future says the state and the future's repr instead,
    e.g. "FINISHED: <Future finished result='first'>".

    Scenario: A second outcome is refused and the first one is kept
      Given the program:
        """python
        import asyncio

        async def main():
            with_result = loop.create_future()
            with_result.set_result("first")
            try:
                with_result.set_result("second")
            except asyncio.InvalidStateError as e:
                print(f"set_result: {type(e).__name__}: {e}")
            try:
                with_result.set_exception(ValueError("late"))
            except asyncio.InvalidStateError as e:
                print(f"set_exception: {type(e).__name__}: {e}")
            print(f"result is still {with_result.result()!r}")

            cancelled = loop.create_future()
            cancelled.cancel()
            try:
                cancelled.set_result("too late")
            except asyncio.InvalidStateError as e:
                print(f"set_result after cancel: {type(e).__name__}")
            print(f"still cancelled: {cancelled.cancelled()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        set_result: InvalidStateError: invalid state
        set_exception: InvalidStateError: invalid state
        result is still 'first'
        set_result after cancel: InvalidStateError
        still cancelled: True
        """
      And the program completes normally

  @rule-future.cancel.return-value @required
  Rule: cancel() cancels a pending future and returns True; on a finished future it changes nothing and returns False.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.cancel
    Cancelling a pending future finishes it and returns True. On a future that is
    already finished, including one already cancelled, cancel() changes nothing
    and returns False.

    Scenario: cancel() on a pending future, a second time, and on finished futures
      Given the program:
        """python
        import asyncio

        async def main():
            pending = loop.create_future()
            print(f"pending: {pending.cancel()}")
            print(f"already cancelled: {pending.cancel()}")

            with_result = loop.create_future()
            with_result.set_result("kept")
            print(f"with a result: {with_result.cancel()}, result {with_result.result()!r}")

            with_exception = loop.create_future()
            with_exception.set_exception(ValueError("kept"))
            print(f"with an exception: {with_exception.cancel()}, cancelled={with_exception.cancelled()}")
            with_exception.exception()

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        pending: True
        already cancelled: False
        with a result: False, result 'kept'
        with an exception: False, cancelled=False
        """
      And the program completes normally

  @rule-future.callbacks.scheduled-with-call-soon @required
  Rule: Done callbacks are scheduled with call_soon in registration order when the future finishes, or at once if added to a finished future; they are never called inline.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.add_done_callback
    When a future finishes, each of its callbacks is scheduled with call_soon, in
    the order they were added, and called with the future as its only argument.
    They run after the code that finished the future, and after every callback
    that was already scheduled.

    Scenario: Callbacks run after set_result returns, behind earlier scheduled code, in order
      Given the program:
        """python
        import asyncio

        def on_done(name):
            def callback(future):
                print(f"{name}: sees {future.result()!r}")
            return callback

        async def main():
            future = loop.create_future()
            future.add_done_callback(on_done("first callback"))
            loop.call_soon(print, "scheduled before set_result")
            future.add_done_callback(on_done("second callback"))
            future.set_result("ready")
            print("set_result returned")
            loop.call_soon(print, "scheduled after set_result")
            await asyncio.sleep(0)
            print("main resumes")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        set_result returned
        scheduled before set_result
        first callback: sees 'ready'
        second callback: sees 'ready'
        scheduled after set_result
        main resumes
        """
      And the program completes normally

    Scenario: A callback added to a finished future is scheduled, not called
      Given the program:
        """python
        import asyncio

        def on_done(name):
            def callback(future):
                print(f"{name}: sees {future.result()!r}")
            return callback

        async def main():
            future = loop.create_future()
            future.set_result("ready")
            loop.call_soon(print, "scheduled earlier")
            future.add_done_callback(on_done("late callback"))
            print("add_done_callback returned")
            await asyncio.sleep(0)
            print("main resumes")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        add_done_callback returned
        scheduled earlier
        late callback: sees 'ready'
        main resumes
        """
      And the program completes normally

  @rule-future.callbacks.remove @required
  Rule: remove_done_callback removes every registration of a callback and returns their number; a removed callback never runs, but removal after the future finished returns 0 and does not stop it.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.remove_done_callback
    All registrations of the callback are removed and the count is returned; the
    removed callback never runs. Once the future has finished its callbacks are
    already scheduled: removing one then returns 0 and does not stop it.

    Scenario: A removed callback never runs; removing after the future finished is too late
      Given the program:
        """python
        import asyncio

        def on_done(name):
            def callback(future):
                print(f"{name}: sees {future.result()!r}")
            return callback

        async def main():
            future = loop.create_future()
            unwanted = on_done("unwanted")
            future.add_done_callback(unwanted)
            future.add_done_callback(on_done("kept"))
            future.add_done_callback(unwanted)
            print(f"removed: {future.remove_done_callback(unwanted)}")
            print(f"removed again: {future.remove_done_callback(unwanted)}")
            future.set_result(1)
            await asyncio.sleep(0)

            other = loop.create_future()
            scheduled = on_done("already scheduled")
            other.add_done_callback(scheduled)
            other.set_result(2)
            print(f"removed after set_result: {other.remove_done_callback(scheduled)}")
            await asyncio.sleep(0)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        removed: 2
        removed again: 0
        kept: sees 1
        removed after set_result: 0
        already scheduled: sees 2
        """
      And the program completes normally

  @rule-future.callbacks.extra-arguments @required
  Rule: A done callback is called with the future alone; extra arguments are bound by a lambda or wrapper function.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.add_done_callback
    add_done_callback has no parameter for extra arguments: a callback that needs
    more than the future gets them from a lambda, a closure or functools.partial
    that calls it with the future added.

    Scenario Outline: A callback with an extra argument, bound by <how>
      Given the program:
        """python
        import asyncio

        def report(label, future):
            print(f"{label}: result {future.result()}")

        def bound(label):
            def callback(future):
                report(label, future)
            return callback

        async def main():
            future = loop.create_future()
            future.add_done_callback(<callback>)
            future.set_result(42)
            print("set_result returned")
            await asyncio.sleep(0)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        set_result returned
        <label>: result 42
        """
      And the program completes normally

      Examples:
        | how             | callback                          | label       |
        | a lambda        | lambda f: report("via lambda", f) | via lambda  |
        | a plain wrapper | bound("via wrapper")              | via wrapper |

  @rule-future.await.done-no-yield @required
  Rule: Awaiting a finished future returns its result at once without yielding to the event loop; only a pending future suspends the awaiting task.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future
    A future that is already done gives its result to await immediately: the
    awaiting task keeps running and no other task gets a turn. Only a pending
    future suspends the awaiting task.

    Scenario: Other tasks run only when the awaited future is still pending
      Given the program:
        """python
        import asyncio

        async def other():
            print("other task runs")

        async def main():
            task = loop.create_task(other())
            done = loop.create_future()
            done.set_result("at once")
            value = await done
            print(f"main: got {value!r}")
            value = await done
            print(f"main: got {value!r} again, still without yielding")
            pending = loop.create_future()
            loop.call_soon(pending.set_result, "later")
            value = await pending
            print(f"main: got {value!r}")
            await task

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: got 'at once'
        main: got 'at once' again, still without yielding
        other task runs
        main: got 'later'
        """
      And the program completes normally

  @rule-future.await.exception-raised @required
  Rule: Awaiting a future that receives an exception raises that same exception object in the awaiting coroutine.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.set_exception
    The awaiting task is resumed with the very exception object that was passed
    to set_exception; if it does not catch it, the exception escapes like any other.

    Scenario: The awaiter catches the same exception object
      Given the program:
        """python
        import asyncio

        def fail(future, error):
            print("callback: setting the exception")
            future.set_exception(error)

        async def main():
            future = loop.create_future()
            error = ValueError("boom")
            loop.call_soon(fail, future, error)
            try:
                await future
            except ValueError as e:
                print(f"main: caught {e}, same object: {e is error}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        callback: setting the exception
        main: caught boom, same object: True
        """
      And the program completes normally

    Scenario: An uncaught exception from an awaited future ends the program
      Given the program:
        """python
        import asyncio

        async def main():
            future = loop.create_future()
            loop.call_soon(future.set_exception, LookupError("missing"))
            print("main: awaiting")
            await future
            print("main: unreachable")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: awaiting
        """
      And the program raises LookupError

  @rule-future.set-exception.class-instantiated @required
  Rule: set_exception given an exception class stores a new instance of that class created without arguments.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.set_exception
    Like raise, set_exception accepts an exception class and instantiates it
    without arguments; exception() and await then see that instance.

    Scenario: set_exception(KeyError) stores a KeyError instance
      Given the program:
        """python
        import asyncio

        async def main():
            future = loop.create_future()
            future.set_exception(KeyError)
            stored = future.exception()
            print(f"stored is the class: {stored is KeyError}")
            print(f"stored is an instance: {isinstance(stored, KeyError)}")
            print(f"arguments: {stored.args}")
            await future

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        stored is the class: False
        stored is an instance: True
        arguments: ()
        """
      And the program raises KeyError
