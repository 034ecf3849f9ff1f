@futures
Feature: Futures at their edges: bare cancellations, StopIteration and awaits outside a task
  A CancelledError made by cancel() without a message carries no arguments. A
  future refuses to hold StopIteration, which would end the generator machinery
  that drives coroutines. A future awaited outside a task must be handled by
  whoever drives the coroutine: driving it again while the future is pending
  is an error.

  @rule-future.cancelled-error.no-args @required
  Rule: A future or task cancelled without a message raises CancelledError with empty args.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.cancel
    result() of a future cancelled without a message, and awaiting a task
    cancelled without one, raise CancelledError whose args are ().

    Scenario: A bare cancel() gives a CancelledError with empty args
      Given the program:
        """python
        import asyncio

        async def sleeper():
            await asyncio.sleep(1)

        async def main():
            fut = asyncio.get_event_loop().create_future()
            fut.cancel()
            try:
                fut.result()
            except asyncio.CancelledError as e:
                print(f"future result(): args {e.args}")
            task = asyncio.ensure_future(sleeper())
            await asyncio.sleep(0)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError as e:
                print(f"awaiting the task: args {e.args}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        future result(): args ()
        awaiting the task: args ()
        """
      And the program completes normally

  @rule-future.set-exception.stop-iteration @required
  Rule: A future refuses StopIteration: from 3.13 it stores a RuntimeError caused by it, before 3.13 set_exception raised TypeError.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.set_exception
    From 3.13 set_exception(StopIteration(...)) stores a RuntimeError whose
    __cause__ is the StopIteration; before 3.13 it raised TypeError and left
    the future pending.

    @since-3.13
    Scenario: set_exception(StopIteration) stores a RuntimeError caused by it
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        fut = loop.create_future()
        try:
            fut.set_exception(StopIteration("stop"))
        except TypeError as e:
            print("set_exception raised TypeError")
        print(f"done: {fut.done()}")
        if fut.done():
            error = fut.exception()
            print(f"stored: {type(error).__name__}")
            print(f"cause: {type(error.__cause__).__name__}{error.__cause__.args}")
        """
      Then the output is:
        """
        done: True
        stored: RuntimeError
        cause: StopIteration('stop',)
        """
      And the program completes normally

    @before-3.13
    Scenario: Before 3.13 set_exception(StopIteration) raises TypeError
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        fut = loop.create_future()
        try:
            fut.set_exception(StopIteration("stop"))
        except TypeError as e:
            print("set_exception raised TypeError")
        print(f"done: {fut.done()}")
        if fut.done():
            error = fut.exception()
            print(f"stored: {type(error).__name__}")
            print(f"cause: {type(error.__cause__).__name__}{error.__cause__.args}")
        """
      Then the output is:
        """
        set_exception raised TypeError
        done: False
        """
      And the program completes normally

  @rule-future.set-exception.stop-iteration.wording @detail
  Rule: CPython's message for a StopIteration given to a future: 'StopIteration interacts badly with generators and cannot be raised into a Future'.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.set_exception
    Detail: message text: the TypeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    @since-3.13
    Scenario: set_exception(StopIteration) stores a RuntimeError caused by it
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        fut = loop.create_future()
        try:
            fut.set_exception(StopIteration("stop"))
        except TypeError as e:
            print(f"set_exception raised TypeError: {e}")
        print(f"done: {fut.done()}")
        if fut.done():
            error = fut.exception()
            print(f"stored: {type(error).__name__}: {error}")
            print(f"cause: {type(error.__cause__).__name__}{error.__cause__.args}")
        """
      Then the output is:
        """
        done: True
        stored: RuntimeError: StopIteration interacts badly with generators and cannot be raised into a Future
        cause: StopIteration('stop',)
        """
      And the program completes normally

    @before-3.13
    Scenario: Before 3.13 set_exception(StopIteration) raises TypeError
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        fut = loop.create_future()
        try:
            fut.set_exception(StopIteration("stop"))
        except TypeError as e:
            print(f"set_exception raised TypeError: {e}")
        print(f"done: {fut.done()}")
        if fut.done():
            error = fut.exception()
            print(f"stored: {type(error).__name__}: {error}")
            print(f"cause: {type(error.__cause__).__name__}{error.__cause__.args}")
        """
      Then the output is:
        """
        set_exception raised TypeError: StopIteration interacts badly with generators and cannot be raised into a Future
        done: False
        """
      And the program completes normally

  @rule-future.await.resumed-while-pending @required
  Rule: Resuming a coroutine whose awaited future is still pending raises RuntimeError (3.7+).
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future
    A coroutine driven by hand with send(None) yields the pending future it
    awaits; sending again while that future is still pending raises
    RuntimeError.

    # 3.6 raised AssertionError with another message here.
    @since-3.7
    Scenario: Sending into a coroutine whose future is still pending raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def waiter(fut):
            return await fut

        loop = asyncio.new_event_loop()
        fut = loop.create_future()
        coro = waiter(fut)
        print(f"first send yields the future: {coro.send(None) is fut}")
        try:
            coro.send(None)
        except RuntimeError as e:
            print(f"second send while pending: {type(e).__name__}")
        """
      Then the output is:
        """
        first send yields the future: True
        second send while pending: RuntimeError
        """
      And the program completes normally

  @rule-future.await.resumed-while-pending.wording @detail
  Rule: CPython's message for resuming a coroutine whose awaited future is pending: "await wasn't used with future".
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future
    Detail: message text: the RuntimeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    # 3.6 raised AssertionError with another message here.
    @since-3.7
    Scenario: Sending into a coroutine whose future is still pending raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def waiter(fut):
            return await fut

        loop = asyncio.new_event_loop()
        fut = loop.create_future()
        coro = waiter(fut)
        print(f"first send yields the future: {coro.send(None) is fut}")
        try:
            coro.send(None)
        except RuntimeError as e:
            print(f"second send while pending: {e}")
        """
      Then the output is:
        """
        first send yields the future: True
        second send while pending: await wasn't used with future
        """
      And the program completes normally
