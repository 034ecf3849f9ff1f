@cancellation
Feature: What a cancelled task's result() and exception() raise, and with which message
  A task that ends cancelled has no result and no exception: both result() and
  exception() raise CancelledError. Since Python 3.9 cancel() takes a message.
  The coroutine always sees it in the CancelledError thrown into it; from 3.11
  the message also travels with the task's outcome, so result(), exception() and
  every awaiter get a CancelledError whose args hold it. On 3.9 and 3.10 they get
  a fresh CancelledError without arguments, chained to the one that carried the
  message.

  These programs never await the cancelled task before calling result() or
  exception(): they wait for it with asyncio.wait(), which does not consume the
  task's outcome.

  @rule-cancellation.message.result-and-exception @required
  Rule: result() and exception() of a task that ended cancelled raise CancelledError; from 3.11 its args hold the cancel message, also for a task cancelled before its first step, while on 3.9 and 3.10 its args are empty.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    "Changed in version 3.11: The msg parameter is propagated from cancelled task
    to its awaiter." A cancellation without a message (or with None) gives empty
    args on every version.

    Scenario Outline: A task ended by <call> (<versions>)
      Given the program:
        """python
        import asyncio

        async def sleeper():
            await asyncio.sleep(10)

        def show(label, call):
            try:
                call()
                print(f"{label}: returned")
            except asyncio.CancelledError as e:
                print(f"{label}: CancelledError args={e.args!r}")

        async def cancelled_task(started):
            task = asyncio.ensure_future(sleeper())
            if started:
                await asyncio.sleep(0)
            task.<call>
            await asyncio.wait([task])
            print(f"cancelled={task.cancelled()}")
            return task

        async def main():
            task = await cancelled_task(True)
            show("result()", task.result)
            task = await cancelled_task(True)
            show("exception()", task.exception)
            task = await cancelled_task(False)
            show("cancelled before its first step, exception()", task.exception)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        cancelled=True
        result(): CancelledError args=<args>
        cancelled=True
        exception(): CancelledError args=<args>
        cancelled=True
        cancelled before its first step, exception(): CancelledError args=<args>
        """
      And the program completes normally

      @before-3.9
      Examples: Python 3.6 to 3.8, whose cancel() takes no message
        | call     | versions   | args |
        | cancel() | 3.6 to 3.8 | ()   |

      @since-3.9 @before-3.11
      Examples: Python 3.9 and 3.10 keep the message out of the outcome
        | call                      | versions     | args |
        | cancel()                  | 3.9 and 3.10 | ()   |
        | cancel(None)              | 3.9 and 3.10 | ()   |
        | cancel("shutting down")   | 3.9 and 3.10 | ()   |

      @since-3.11
      Examples: Python 3.11 and later carry the message
        | call                      | versions       | args               |
        | cancel()                  | 3.11 and later | ()                 |
        | cancel(None)              | 3.11 and later | ()                 |
        | cancel("shutting down")   | 3.11 and later | ('shutting down',) |

  @rule-cancellation.message.context-chain @detail
  Rule: On 3.9 and 3.10 the CancelledError that result() or an awaiter gets from a task cancelled with a message is a new one without arguments whose __context__ is the CancelledError carrying the message; from 3.11 it is that CancelledError itself, without __context__.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    Detail: exception chaining: whether result() hands out a fresh CancelledError chained to the original is how CPython builds it (changed in 3.11)
    How CPython builds the exception it raises for a cancelled task
    (Future._make_cancelled_error): before 3.11 it chains the exception that
    ended the coroutine as the context of a fresh one; from 3.11 it hands that
    exception out itself.

    Scenario Outline: The chain behind result() of a task cancelled with a message (<versions>)
      Given the program:
        """python
        import asyncio

        async def sleeper():
            await asyncio.sleep(10)

        async def main():
            task = asyncio.ensure_future(sleeper())
            await asyncio.sleep(0)
            task.cancel("stop")
            await asyncio.wait([task])
            try:
                task.result()
            except asyncio.CancelledError as e:
                print(f"args={e.args!r}")
                print(f"__context__={e.__context__!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        args=<args>
        __context__=<context>
        """
      And the program completes normally

      @since-3.9 @before-3.11
      Examples: Python 3.9 and 3.10
        | versions     | args      | context                |
        | 3.9 and 3.10 | ()        | CancelledError('stop') |

      @since-3.11
      Examples: Python 3.11 and later
        | versions       | args      | context |
        | 3.11 and later | ('stop',) | None    |

    Scenario Outline: An awaiter that raises from the CancelledError it caught (<versions>)
      Given the program:
        """python
        import asyncio

        async def sleeper():
            await asyncio.sleep(10)

        async def main():
            inner = asyncio.ensure_future(sleeper())
            await asyncio.sleep(0)
            asyncio.get_event_loop().call_soon(inner.cancel, "msg")
            try:
                try:
                    await inner
                except asyncio.CancelledError as ex:
                    raise ValueError("cancelled") from ex
            except ValueError as e:
                caught = e.__context__
                print(f"ValueError args={e.args!r}, caused by what it handled: {e.__cause__ is caught}")
                print(f"handled: {type(caught).__name__} args={caught.args!r}")
                print(f"the handled exception's own __context__: {caught.__context__!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        ValueError args=('cancelled',), caused by what it handled: True
        handled: CancelledError args=<args>
        the handled exception's own __context__: <context>
        """
      And the program completes normally

      @since-3.9 @before-3.11
      Examples: Python 3.9 and 3.10
        | versions     | args     | context               |
        | 3.9 and 3.10 | ()       | CancelledError('msg') |

      @since-3.11
      Examples: Python 3.11 and later
        | versions       | args     | context |
        | 3.11 and later | ('msg',) | None    |

  @rule-cancellation.message.plain-future @required
  Rule: From 3.9 Future.cancel(msg) makes result() and exception() of that future raise CancelledError with args (msg,), and a coroutine awaiting it receives that message, on every version that takes one.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.cancel
    "Changed in version 3.9: Added the msg parameter." A plain future has no
    coroutine of its own, so its CancelledError carries the message from 3.9 on,
    and the task that awaited it gets it thrown in.

    @since-3.9
    Scenario: A future cancelled with a message, and a coroutine that awaited it
      Given the program:
        """python
        import asyncio

        async def waiter(fut):
            try:
                await fut
            except asyncio.CancelledError as e:
                print(f"awaiting coroutine: args={e.args!r}")
                raise

        async def main():
            loop = asyncio.get_event_loop()
            fut = loop.create_future()
            fut.cancel("why")
            try:
                fut.result()
            except asyncio.CancelledError as e:
                print(f"result(): args={e.args!r}")
            try:
                fut.exception()
            except asyncio.CancelledError as e:
                print(f"exception(): args={e.args!r}")
            awaited = loop.create_future()
            task = asyncio.ensure_future(waiter(awaited))
            await asyncio.sleep(0)
            awaited.cancel("stop waiting")
            await asyncio.wait([task])
            print(f"main: the awaiting task cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        result(): args=('why',)
        exception(): args=('why',)
        awaiting coroutine: args=('stop waiting',)
        main: the awaiting task cancelled=True
        """
      And the program completes normally

  @rule-cancellation.message.any-object @detail
  Rule: The cancel message is kept as the object given, not turned into a string: cancel(5) gives args (5,) to the cancelled coroutine and a plain future's result() from 3.9, and to a task's result() from 3.11.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    Detail: exception arguments: keeping the message object unconverted in CancelledError's args is CPython's choice, and changed in 3.9 and 3.11
    CPython stores msg as it is and passes it to CancelledError(msg).

    Scenario Outline: cancel(5) (<versions>)
      Given the program:
        """python
        import asyncio

        async def sleeper():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError as e:
                print(f"the coroutine sees args={e.args!r}")
                raise

        async def main():
            fut = asyncio.get_event_loop().create_future()
            fut.cancel(5)
            try:
                fut.result()
            except asyncio.CancelledError as e:
                print(f"a future cancelled with 5, result(): args={e.args!r}")
            task = asyncio.ensure_future(sleeper())
            await asyncio.sleep(0)
            task.cancel(5)
            await asyncio.wait([task])
            try:
                task.result()
            except asyncio.CancelledError as e:
                print(f"a task cancelled with 5, result(): args={e.args!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        a future cancelled with 5, result(): args=(5,)
        the coroutine sees args=(5,)
        a task cancelled with 5, result(): args=<task_args>
        """
      And the program completes normally

      @since-3.9 @before-3.11
      Examples: Python 3.9 and 3.10
        | versions     | task_args |
        | 3.9 and 3.10 | ()        |

      @since-3.11
      Examples: Python 3.11 and later
        | versions       | task_args |
        | 3.11 and later | (5,)      |
