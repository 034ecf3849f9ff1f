@tasks
Feature: A task that cancels itself, and a task that awaits a future of another loop
  A task may call cancel() on itself. The request is delivered the next time
  the task gives control back: at its next await, the awaited future is
  cancelled at once; and if the coroutine returns instead, the task still ends
  cancelled (from Python 3.8), not with the returned value.

  A task only waits for futures of its own loop. Awaiting a future that belongs
  to another loop raises RuntimeError inside the task, which carries on.

  @rule-task.cancel.self @required
  Rule: A task that cancels itself runs on, through awaits that do not suspend, to its first await that yields to the loop, where the awaited future is cancelled and CancelledError raised; if its coroutine returns first it ends cancelled (3.8+, with the message 3.9+).
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    cancel() only records the request: the running coroutine continues, also
    through awaits of coroutines that return without suspending. The next await
    of a pending future cancels that future at once and raises CancelledError in
    the coroutine. A coroutine that returns instead leaves its task cancelled
    (3.8+), with the message given to cancel() (3.9+); on 3.7 the task ended with
    CancelledError as its exception.

    Scenario: A self-cancelled task runs on until its first suspending await
      Given the program:
        """python
        import asyncio

        async def compute():
            return 42

        async def worker():
            print(f"worker: cancel() on myself -> {task.cancel()}")
            value = await compute()
            print(f"worker: a coroutine that does not suspend still returned {value}")
            try:
                await asyncio.sleep(0)
                print("worker: unreachable")
            except asyncio.CancelledError:
                print("worker: CancelledError at the first suspending await")
                raise

        async def main():
            global task
            task = asyncio.ensure_future(worker())
            try:
                await task
            except asyncio.CancelledError:
                print(f"main: cancelled()={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        worker: cancel() on myself -> True
        worker: a coroutine that does not suspend still returned 42
        worker: CancelledError at the first suspending await
        main: cancelled()=True
        """
      And the program completes normally

    # asyncio.current_task exists from 3.7 on.
    @since-3.7
    Scenario: A task cancelled by itself cancels the future it awaits next
      Given the program:
        """python
        import asyncio

        async def stubborn(fut):
            asyncio.current_task().cancel()
            print("stubborn: awaiting a future after cancelling itself")
            try:
                await fut
            except asyncio.CancelledError:
                print("stubborn: cancelled at that await")
                raise

        async def main():
            fut = asyncio.get_event_loop().create_future()
            task = asyncio.ensure_future(stubborn(fut))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print(f"awaited future cancelled: {fut.cancelled()}")
            print(f"stubborn cancelled: {task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        stubborn: awaiting a future after cancelling itself
        stubborn: cancelled at that await
        awaited future cancelled: True
        stubborn cancelled: True
        """
      And the program completes normally

    # 3.7 ended the task with CancelledError as an ordinary exception (next scenario).
    @since-3.8
    Scenario: A task that cancels itself and then returns ends cancelled
      Given the program:
        """python
        import asyncio

        async def quitter():
            asyncio.current_task().cancel()
            print("quitter: returning a value anyway")
            return "value"

        async def main():
            task = asyncio.ensure_future(quitter())
            await asyncio.sleep(0)
            print(f"quitter cancelled: {task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        quitter: returning a value anyway
        quitter cancelled: True
        """
      And the program completes normally

    # 3.7 ended such a task with CancelledError set as an ordinary exception:
    # the task is not cancelled() but holds the error.
    @since-3.7 @before-3.8
    Scenario: On 3.7 a task that cancels itself and then returns holds CancelledError as its exception
      Given the program:
        """python
        import asyncio

        async def quitter():
            asyncio.current_task().cancel()
            print("quitter: returning a value anyway")
            return "value"

        async def main():
            task = asyncio.ensure_future(quitter())
            await asyncio.sleep(0)
            print(f"quitter cancelled: {task.cancelled()}, exception: {type(task.exception()).__name__}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        quitter: returning a value anyway
        quitter cancelled: False, exception: CancelledError
        """
      And the program completes normally

    # cancel(msg) exists from 3.9 on.
    @since-3.9
    Scenario: The message of a task's own cancel() reaches the CancelledError of result()
      Given the program:
        """python
        import asyncio

        async def quitter():
            asyncio.current_task().cancel("changed my mind")
            return "value"

        async def main():
            quitting = asyncio.ensure_future(quitter())
            await asyncio.sleep(0)
            print(f"quitter cancelled: {quitting.cancelled()}")
            try:
                quitting.result()
            except asyncio.CancelledError as e:
                print(f"result() raised CancelledError with args {e.args}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        quitter cancelled: True
        result() raised CancelledError with args ('changed my mind',)
        """
      And the program completes normally

  @rule-task.await.foreign-future @required
  Rule: Awaiting a future of another loop raises RuntimeError in the task, which carries on; the future is left alone.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future
    Awaiting a future of a different loop raises RuntimeError in the task; the
    foreign future is left alone and the task goes on.

    Scenario: Awaiting a future of another loop raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def main():
            other = asyncio.new_event_loop()
            foreign = other.create_future()
            try:
                await foreign
            except RuntimeError as e:
                print(f"awaiting it raised {type(e).__name__}")
            print(f"the foreign future is still pending: {not foreign.done()}")
            other.close()
            return "main carries on"

        loop = asyncio.new_event_loop()
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        awaiting it raised RuntimeError
        the foreign future is still pending: True
        main carries on
        """
      And the program completes normally

  @rule-task.await.foreign-future.wording @detail
  Rule: CPython's message for awaiting a future of another loop: 'Task … got Future … attached to a different loop'.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future
    Detail: message text: the RuntimeError's text is asyncio's, with the reprs of the task and the future
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    # The middle of the message holds reprs with object addresses: only its
    # start and end are compared.
    Scenario: Awaiting a future of another loop raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def main():
            other = asyncio.new_event_loop()
            foreign = other.create_future()
            try:
                await foreign
            except RuntimeError as e:
                message = str(e)
                print(f"starts with 'Task ': {message.startswith('Task ')}")
                print(f"ends with ' attached to a different loop': {message.endswith(' attached to a different loop')}")
            print(f"the foreign future is still pending: {not foreign.done()}")
            other.close()
            return "main carries on"

        loop = asyncio.new_event_loop()
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        starts with 'Task ': True
        ends with ' attached to a different loop': True
        the foreign future is still pending: True
        main carries on
        """
      And the program completes normally
