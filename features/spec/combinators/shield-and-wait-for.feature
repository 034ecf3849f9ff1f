@combinators
Feature: shield protects an awaitable from cancellation; wait_for bounds it with a timeout
  asyncio.shield(aw) returns a future that follows aw but stands between it and
  the code awaiting it: cancelling the awaiting task cancels only that outer
  future, while the shielded task runs on to completion. The protection goes one
  way only: if the inner task is cancelled itself, the shield is cancelled too.

  asyncio.wait_for(aw, timeout) returns aw's result if it arrives in time. When
  the timeout expires it cancels aw and raises TimeoutError. The details have
  changed more than once. Since Python 3.7 wait_for waits until the cancelled
  awaitable has actually finished before raising; since 3.9 it returns the
  awaitable's result when the awaitable suppresses the cancellation and returns
  a value; and since 3.11 asyncio.TimeoutError is the builtin TimeoutError.
  `except asyncio.TimeoutError` catches the timeout on every version.

  @rule-shield.outer-cancel.inner-continues @required
  Rule: Cancelling the task that awaits shield(inner) raises CancelledError in it but leaves inner running to completion.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.shield
    The task awaiting shield(inner) receives CancelledError, but inner is not
    cancelled: it keeps running and its result can still be awaited.

    Scenario: The caller is cancelled, the shielded task finishes and keeps its result
      Given the program:
        """python
        import asyncio

        async def precious(gate):
            await gate
            print("precious: finished")
            return "saved"

        async def caller(inner):
            try:
                await asyncio.shield(inner)
                print("caller: not cancelled")
            except asyncio.CancelledError:
                print("caller: CancelledError")
                raise

        async def main():
            gate = asyncio.get_event_loop().create_future()
            inner = asyncio.ensure_future(precious(gate))
            outer = asyncio.ensure_future(caller(inner))
            await asyncio.sleep(0)
            outer.cancel()
            try:
                await outer
            except asyncio.CancelledError:
                print(f"main: caller cancelled={outer.cancelled()}, inner done={inner.done()}")
            gate.set_result(None)
            value = await inner
            print(f"main: inner returned {value!r}, cancelled={inner.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        caller: CancelledError
        main: caller cancelled=True, inner done=False
        precious: finished
        main: inner returned 'saved', cancelled=False
        """
      And the program completes normally

  @rule-shield.inner-cancel.cancels-shield @required
  Rule: If the shielded task is cancelled itself, the future returned by shield() is cancelled too.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.shield
    shield only protects against cancellation from outside. If the inner task is
    cancelled, the future returned by shield() ends cancelled as well and its
    awaiter gets CancelledError.

    Scenario: A cancelled inner task leaves the shield cancelled
      Given the program:
        """python
        import asyncio

        async def precious(gate):
            await gate
            return "saved"

        async def main():
            inner = asyncio.ensure_future(precious(asyncio.get_event_loop().create_future()))
            shielded = asyncio.shield(inner)
            await asyncio.sleep(0)
            inner.cancel()
            try:
                await shielded
                print("main: no exception")
            except asyncio.CancelledError:
                print("main: awaiting the shield raised CancelledError")
            print(f"inner cancelled={inner.cancelled()} shield cancelled={shielded.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: awaiting the shield raised CancelledError
        inner cancelled=True shield cancelled=True
        """
      And the program completes normally

  @rule-wait-for.result.in-time @required
  Rule: wait_for returns the awaitable's result when it completes before the timeout.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    If the awaitable completes before the timeout, wait_for returns its result.

    Scenario: A coroutine that finishes within the timeout gives wait_for its result
      Given the program:
        """python
        import asyncio

        async def quick():
            await asyncio.sleep(0)
            return "quick result"

        async def main():
            value = await asyncio.wait_for(quick(), timeout=10)
            print(value)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        quick result
        """
      And the program completes normally

  @rule-wait-for.timeout-none.no-limit @required
  Rule: With timeout None, wait_for waits until the awaitable completes.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    With timeout=None, wait_for waits until the awaitable completes, however long
    that takes.

    Scenario Outline: wait_for(aw, <timeout>) waits for the awaitable to complete
      Given the program:
        """python
        import asyncio

        async def slowish():
            await asyncio.sleep(0.05)
            return "finished in its own time"

        async def main():
            value = await asyncio.wait_for(slowish(), <timeout>)
            print(value)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        finished in its own time
        """
      And the program completes normally

      Examples:
        | timeout      |
        | timeout=None |
        | None         |

  @rule-wait-for.timeout.cancels-and-raises @required
  Rule: On timeout wait_for cancels the awaitable and raises TimeoutError; since 3.7 it first waits for the cancelled awaitable to finish.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    When the timeout expires, wait_for cancels the awaitable and raises
    TimeoutError, which `except asyncio.TimeoutError` catches on every version.
    Since Python 3.7 it first waits for the cancelled awaitable to finish, so its
    finally blocks have run when the TimeoutError is caught; on 3.6 it raises at
    once and the cancellation is delivered afterwards.

    # On 3.6 the TimeoutError is caught before the task's finally block runs (next scenario).
    @since-3.7
    Scenario: Since 3.7 the inner finally block runs before the TimeoutError is caught
      Given the program:
        """python
        import asyncio

        async def slow():
            try:
                await asyncio.sleep(10)
            finally:
                print("slow: finally")

        async def main():
            task = asyncio.ensure_future(slow())
            try:
                await asyncio.wait_for(task, timeout=0.01)
            except asyncio.TimeoutError as e:
                print(f"main: caught {type(e).__name__}")
            print(f"main: task cancelled={task.cancelled()}")
            await asyncio.sleep(0)
            print(f"main: task cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        slow: finally
        main: caught TimeoutError
        main: task cancelled=True
        main: task cancelled=True
        """
      And the program completes normally

    # From 3.7 on wait_for waits for the cancelled task (previous scenario).
    @before-3.7
    Scenario: On 3.6 the TimeoutError is caught while the cancelled task has not yet run its finally block
      Given the program:
        """python
        import asyncio

        async def slow():
            try:
                await asyncio.sleep(10)
            finally:
                print("slow: finally")

        async def main():
            task = asyncio.ensure_future(slow())
            try:
                await asyncio.wait_for(task, timeout=0.01)
            except asyncio.TimeoutError as e:
                print(f"main: caught {type(e).__name__}")
            print(f"main: task cancelled={task.cancelled()}")
            await asyncio.sleep(0)
            print(f"main: task cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: caught TimeoutError
        main: task cancelled=False
        slow: finally
        main: task cancelled=True
        """
      And the program completes normally

  @rule-wait-for.timeout-error.builtin-alias @required
  Rule: asyncio.TimeoutError is the builtin TimeoutError since 3.11; before it is a separate class that except TimeoutError does not catch.
    Link: https://docs.python.org/3/library/asyncio-exceptions.html#asyncio.TimeoutError
    Since 3.11 asyncio.TimeoutError is an alias of the builtin TimeoutError, so
    `except TimeoutError` catches a wait_for timeout. Before 3.11 it is a separate
    class, unrelated to the builtin, and only `except asyncio.TimeoutError`
    catches it.

    Scenario Outline: except TimeoutError <verdict> a wait_for timeout
      Given the program:
        """python
        import asyncio

        async def slow():
            await asyncio.sleep(10)

        async def main():
            try:
                try:
                    await asyncio.wait_for(slow(), timeout=0.01)
                except TimeoutError:
                    print("caught by except TimeoutError")
            except asyncio.TimeoutError:
                print("caught only by except asyncio.TimeoutError")
            print(f"asyncio.TimeoutError is TimeoutError: {asyncio.TimeoutError is TimeoutError}")
            print(f"subclass of the builtin: {issubclass(asyncio.TimeoutError, TimeoutError)}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        <caught>
        asyncio.TimeoutError is TimeoutError: <same>
        subclass of the builtin: <same>
        """
      And the program completes normally

      @before-3.11
      Examples: Python 3.6 to 3.10
        | verdict        | caught                                     | same  |
        | does not catch | caught only by except asyncio.TimeoutError | False |

      @since-3.11
      Examples: Python 3.11 and later
        | verdict | caught                        | same |
        | catches | caught by except TimeoutError | True |

  @rule-wait-for.timeout.suppressed-cancellation @required
  Rule: If the awaitable suppresses the timeout's cancellation and returns, wait_for returns its value since 3.9 and raises TimeoutError before.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    If the awaitable catches the CancelledError caused by the timeout and returns
    a value, wait_for returns that value since Python 3.9. Python 3.7 and 3.8 wait
    for the awaitable to finish and raise TimeoutError anyway; Python 3.6 raises
    TimeoutError before the awaitable has even seen the cancellation.

    # 3.6 raises before the task sees the cancellation; 3.7 and 3.8 raise TimeoutError after it.
    @since-3.9
    Scenario: Since 3.9 wait_for returns the value of a task that swallowed the cancellation
      Given the program:
        """python
        import asyncio

        async def stubborn():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("stubborn: swallowing the cancellation")
            return "stubborn result"

        async def main():
            task = asyncio.ensure_future(stubborn())
            try:
                value = await asyncio.wait_for(task, timeout=0.01)
                print(f"main: wait_for returned {value!r}")
            except asyncio.TimeoutError:
                print("main: TimeoutError")
            await asyncio.sleep(0)
            print(f"main: task cancelled={task.cancelled()} result={task.result()!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        stubborn: swallowing the cancellation
        main: wait_for returned 'stubborn result'
        main: task cancelled=False result='stubborn result'
        """
      And the program completes normally

    # 3.9+ returns the task's value; 3.6 raises before the task runs its except block.
    @since-3.7 @before-3.9
    Scenario: On 3.7 and 3.8 wait_for raises TimeoutError after the task swallowed the cancellation
      Given the program:
        """python
        import asyncio

        async def stubborn():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("stubborn: swallowing the cancellation")
            return "stubborn result"

        async def main():
            task = asyncio.ensure_future(stubborn())
            try:
                value = await asyncio.wait_for(task, timeout=0.01)
                print(f"main: wait_for returned {value!r}")
            except asyncio.TimeoutError:
                print("main: TimeoutError")
            await asyncio.sleep(0)
            print(f"main: task cancelled={task.cancelled()} result={task.result()!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        stubborn: swallowing the cancellation
        main: TimeoutError
        main: task cancelled=False result='stubborn result'
        """
      And the program completes normally

    # From 3.7 wait_for waits for the task before deciding what to do.
    @before-3.7
    Scenario: On 3.6 wait_for raises TimeoutError before the task swallows the cancellation
      Given the program:
        """python
        import asyncio

        async def stubborn():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("stubborn: swallowing the cancellation")
            return "stubborn result"

        async def main():
            task = asyncio.ensure_future(stubborn())
            try:
                value = await asyncio.wait_for(task, timeout=0.01)
                print(f"main: wait_for returned {value!r}")
            except asyncio.TimeoutError:
                print("main: TimeoutError")
            await asyncio.sleep(0)
            print(f"main: task cancelled={task.cancelled()} result={task.result()!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: TimeoutError
        stubborn: swallowing the cancellation
        main: task cancelled=False result='stubborn result'
        """
      And the program completes normally

  @rule-wait-for.timeout-zero.done-only @required
  Rule: With timeout 0 wait_for returns the result of an already done future; since 3.7 a coroutine is timed out before it starts.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    With timeout=0, a future that is already done gives its result at once. Since
    Python 3.7 a coroutine, which cannot be done yet, is cancelled before it starts
    and wait_for raises TimeoutError; on 3.6 the zero timeout is scheduled with
    call_later and the coroutine gets to run first.

    # On 3.6 the coroutine runs and returns before the zero timeout fires (next scenario).
    @since-3.7
    Scenario: Since 3.7 timeout=0 returns a done future's result and times out a coroutine before it starts
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: started")
            return "child result"

        async def main():
            ready = asyncio.get_event_loop().create_future()
            ready.set_result("ready")
            value = await asyncio.wait_for(ready, timeout=0)
            print(f"done future: {value}")
            try:
                value = await asyncio.wait_for(child(), timeout=0)
                print(f"coroutine: {value}")
            except asyncio.TimeoutError:
                print("coroutine: TimeoutError")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done future: ready
        coroutine: TimeoutError
        """
      And the program completes normally

    # From 3.7 a zero timeout never lets the coroutine start (previous scenario).
    @before-3.7
    Scenario: On 3.6 timeout=0 returns a done future's result and lets a short coroutine finish first
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: started")
            return "child result"

        async def main():
            ready = asyncio.get_event_loop().create_future()
            ready.set_result("ready")
            value = await asyncio.wait_for(ready, timeout=0)
            print(f"done future: {value}")
            try:
                value = await asyncio.wait_for(child(), timeout=0)
                print(f"coroutine: {value}")
            except asyncio.TimeoutError:
                print("coroutine: TimeoutError")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done future: ready
        child: started
        coroutine: child result
        """
      And the program completes normally

  @rule-wait-for.exception.propagates @required
  Rule: When the awaitable raises before the timeout, wait_for raises that exception, with or without a timeout.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    wait_for returns the awaitable's result or, if it fails, raises its
    exception; TimeoutError is raised only when the timeout passes first.

    Scenario: The awaited coroutine raises ValueError under timeout None and 10
      Given the program:
        """python
        import asyncio

        async def fail():
            await asyncio.sleep(0)
            raise ValueError("from the awaitable")

        async def main():
            for timeout in [None, 10]:
                try:
                    await asyncio.wait_for(fail(), timeout)
                except ValueError as e:
                    print(f"timeout={timeout}: ValueError({e})")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        timeout=None: ValueError(from the awaitable)
        timeout=10: ValueError(from the awaitable)
        """
      And the program completes normally
