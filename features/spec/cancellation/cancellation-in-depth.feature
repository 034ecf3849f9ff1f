@cancellation
Feature: Cancellation in depth: requests, delivery, messages and counts
  Task.cancel() does not stop a task; it files a request. If the task is
  suspended on a future, that future is cancelled on the spot; otherwise the
  request is remembered, and in either case a single CancelledError is thrown
  into the coroutine on its next step. What the coroutine does with it decides
  how the task ends, and a CancelledError that escapes the coroutine marks the
  task cancelled whoever raised it.

  The details have moved between Python versions: cancel() accepts a message
  from 3.9, that message reaches the awaiting code from 3.11, Python 3.11 also
  counts cancellation requests (cancelling() and uncancel()), and 3.13 lets
  uncancel() withdraw a request that has not been delivered yet. Before 3.8
  CancelledError is an ordinary Exception, which changes how tasks end when code
  catches Exception broadly.

  @rule-cancellation.cancel.return-value @required
  Rule: cancel() returns True for a task that is not done (not started or suspended) and False for a finished or already cancelled task, whose outcome it leaves unchanged.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    A task that has not started or is suspended accepts the request, even though
    cancelled() stays False until the CancelledError has actually ended it. A
    finished task, whether it returned or was already cancelled, refuses the
    request and keeps its outcome.

    Scenario: cancel() on a task that has not started, one that waits, and finished ones
      Given the program:
        """python
        import asyncio

        async def waiter(fut):
            await fut

        async def quick():
            return "finished"

        async def main():
            loop = asyncio.get_event_loop()
            not_started = asyncio.ensure_future(waiter(loop.create_future()))
            print(f"not started: cancel() -> {not_started.cancel()}")
            waiting = asyncio.ensure_future(waiter(loop.create_future()))
            await asyncio.sleep(0)
            print(f"waiting: cancel() -> {waiting.cancel()}")
            print(f"waiting: right after cancel() cancelled()={waiting.cancelled()} done()={waiting.done()}")
            finished = asyncio.ensure_future(quick())
            await finished
            print(f"finished: cancel() -> {finished.cancel()}")
            print(f"finished: cancelled()={finished.cancelled()} result()={finished.result()!r}")
            await asyncio.sleep(0)
            print(f"already cancelled: cancel() -> {waiting.cancel()}, cancelled()={waiting.cancelled()}")
            print(f"not started: cancelled()={not_started.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        not started: cancel() -> True
        waiting: cancel() -> True
        waiting: right after cancel() cancelled()=False done()=False
        finished: cancel() -> False
        finished: cancelled()=False result()='finished'
        already cancelled: cancel() -> False, cancelled()=True
        not started: cancelled()=True
        """
      And the program completes normally

  @rule-cancellation.cancel.single-delivery @required
  Rule: Several cancel() calls before the task resumes each return True but deliver a single CancelledError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    Every call on a task that is not done returns True, but the requests merge:
    the coroutine receives a single CancelledError on its next step, and once it
    has handled that one its later awaits proceed normally.

    Scenario: Two cancel() calls, one CancelledError
      Given the program:
        """python
        import asyncio

        async def worker(queue):
            try:
                await queue.get()
            except asyncio.CancelledError:
                print("worker: first CancelledError, carrying on")
            try:
                await asyncio.sleep(0)
                print("worker: the next await completed normally")
            except asyncio.CancelledError:
                print("worker: a second CancelledError")
            return "done"

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(worker(queue))
            await asyncio.sleep(0)
            print(f"main: first cancel() -> {task.cancel()}")
            print(f"main: second cancel() -> {task.cancel()}")
            value = await task
            print(f"main: task returned {value!r}, cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: first cancel() -> True
        main: second cancel() -> True
        worker: first CancelledError, carrying on
        worker: the next await completed normally
        main: task returned 'done', cancelled=False
        """
      And the program completes normally

  @rule-cancellation.cancel.awaited-future-cancelled @required
  Rule: Cancelling a task suspended on a future cancels that future before cancel() returns, also for other tasks awaiting it; the task itself sees CancelledError on its next step.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    When the task is suspended on a future, cancel() cancels that future before
    it returns, while the event loop has not run; the task itself learns about it
    only on its next step. A future shared with other tasks is cancelled for all
    of them.

    Scenario: The awaited future is cancelled before the loop runs, the task only afterwards
      Given the program:
        """python
        import asyncio

        async def waiter(fut):
            try:
                await fut
            except asyncio.CancelledError:
                print("waiter: CancelledError")
                raise

        async def main():
            loop = asyncio.get_event_loop()
            fut = loop.create_future()
            task = asyncio.ensure_future(waiter(fut))
            await asyncio.sleep(0)
            task.cancel()
            print(f"main: fut.cancelled()={fut.cancelled()} task.done()={task.done()}")
            try:
                await task
            except asyncio.CancelledError:
                print(f"main: task.cancelled()={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: fut.cancelled()=True task.done()=False
        waiter: CancelledError
        main: task.cancelled()=True
        """
      And the program completes normally

    Scenario: Cancelling one task cancels a future that another task awaits too
      Given the program:
        """python
        import asyncio

        async def waiter(name, fut):
            try:
                value = await fut
                print(f"{name}: got {value!r}")
            except asyncio.CancelledError:
                print(f"{name}: CancelledError")

        async def main():
            loop = asyncio.get_event_loop()
            shared = loop.create_future()
            first = asyncio.ensure_future(waiter("first", shared))
            second = asyncio.ensure_future(waiter("second", shared))
            await asyncio.sleep(0)
            first.cancel()
            print(f"main: shared.cancelled()={shared.cancelled()}")
            await asyncio.sleep(0)
            print(f"main: first done={first.done()} second done={second.done()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: shared.cancelled()=True
        first: CancelledError
        second: CancelledError
        main: first done=True second done=True
        """
      And the program completes normally

  @rule-cancellation.cancel.raised-by-coroutine @required
  Rule: A task whose coroutine lets CancelledError escape ends cancelled even if cancel() was never called.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    A task is marked cancelled when its coroutine terminates with CancelledError,
    whether or not anybody called cancel() on it.

    Scenario: A coroutine that raises CancelledError itself ends its task cancelled
      Given the program:
        """python
        import asyncio

        async def worker():
            await asyncio.sleep(0)
            raise asyncio.CancelledError()

        async def main():
            task = asyncio.ensure_future(worker())
            try:
                await task
            except asyncio.CancelledError:
                print("main: awaiting the task raised CancelledError")
            print(f"main: cancelled()={task.cancelled()} done()={task.done()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: awaiting the task raised CancelledError
        main: cancelled()=True done()=True
        """
      And the program completes normally

  @rule-cancellation.cancel.after-result @required
  Rule: cancel() after the awaited future got its result but before the task resumed returns True and the task resumes with CancelledError; the future keeps its result.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    Once the awaited future has its result but before the task has resumed, the
    future can no longer be cancelled; cancel() still returns True and the task
    resumes with CancelledError instead of the result, which stays in the future.

    Scenario: The task gets CancelledError although its future holds a result
      Given the program:
        """python
        import asyncio

        async def worker(fut):
            try:
                value = await fut
                print(f"worker: got {value!r}")
            except asyncio.CancelledError:
                print("worker: CancelledError instead of the result")
                raise

        async def main():
            loop = asyncio.get_event_loop()
            fut = loop.create_future()
            task = asyncio.ensure_future(worker(fut))
            await asyncio.sleep(0)
            fut.set_result("payload")
            print(f"main: cancel() -> {task.cancel()}")
            print(f"main: fut.cancelled()={fut.cancelled()} fut.result()={fut.result()!r}")
            try:
                await task
            except asyncio.CancelledError:
                print(f"main: task.cancelled()={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: cancel() -> True
        main: fut.cancelled()=False fut.result()='payload'
        worker: CancelledError instead of the result
        main: task.cancelled()=True
        """
      And the program completes normally

  @rule-cancellation.cancel.message @required
  Rule: cancel(msg) exists from 3.9 and puts msg in the args of the CancelledError thrown into the coroutine; awaiters see it from 3.11, empty args on 3.9 and 3.10.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    Task.cancel() takes an optional message from Python 3.9; the CancelledError
    thrown into the cancelled coroutine carries it in its args. On 3.9 and 3.10
    whoever awaits the cancelled task receives a new CancelledError without
    arguments; from 3.11 the awaiter receives the task's CancelledError and so
    sees the message.

    Scenario Outline: cancel(msg) is accepted from Python 3.9 (<versions>)
      Given the program:
        """python
        import asyncio

        async def worker(queue):
            await queue.get()

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(worker(queue))
            await asyncio.sleep(0)
            try:
                task.cancel("shutting down")
                print("main: cancel(msg) accepted")
            except TypeError:
                print("main: cancel(msg) raised TypeError")
                task.cancel()
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
        main: cancel(msg) <reaction>
        main: cancelled()=True
        """
      And the program completes normally

      @before-3.9
      Examples: Python 3.6 to 3.8
        | versions      | reaction         |
        | 3.6 to 3.8    | raised TypeError |

      @since-3.9
      Examples: Python 3.9 and later
        | versions      | reaction         |
        | 3.9 and later | accepted         |

    # The cancelled coroutine sees the message on every version that accepts it;
    # the awaiting tasks see it only from 3.11 (empty args on 3.9 and 3.10).
    Scenario Outline: The message along a chain of awaiting tasks (<versions>)
      Given the program:
        """python
        import asyncio

        async def inner(queue):
            try:
                await queue.get()
            except asyncio.CancelledError as e:
                print(f"inner: args={e.args!r}")
                raise

        async def outer(queue):
            child = asyncio.ensure_future(inner(queue))
            try:
                await child
            except asyncio.CancelledError as e:
                print(f"outer: args={e.args!r}")
                raise

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(outer(queue))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            task.cancel("deadline passed")
            try:
                await task
            except asyncio.CancelledError as e:
                print(f"main: args={e.args!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        inner: args=('deadline passed',)
        outer: args=<awaiter_args>
        main: args=<awaiter_args>
        """
      And the program completes normally

      @since-3.9 @before-3.11
      Examples: Python 3.9 and 3.10
        | versions       | awaiter_args         |
        | 3.9 and 3.10   | ()                   |

      @since-3.11
      Examples: Python 3.11 and later
        | versions       | awaiter_args         |
        | 3.11 and later | ('deadline passed',) |

  @rule-cancellation.cancelling.counts @required
  Rule: From 3.11 cancelling() counts cancel() requests on a task that is not done; uncancel() decrements it, never below zero, and returns the new count.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancelling
    From Python 3.11 each cancel() on a task that is not done adds one to the
    count returned by cancelling(); catching the CancelledError does not reset
    it. uncancel() subtracts one, never going below zero, and returns the new count.

    @since-3.11
    Scenario: Two requests are counted, delivered once and taken back one by one
      Given the program:
        """python
        import asyncio

        async def worker(queue):
            task = asyncio.current_task()
            try:
                await queue.get()
            except asyncio.CancelledError:
                print(f"worker: caught, cancelling()={task.cancelling()}")
                print(f"worker: uncancel() -> {task.uncancel()}")
                print(f"worker: uncancel() -> {task.uncancel()}")
                print(f"worker: uncancel() -> {task.uncancel()}")
            return "recovered"

        async def main():
            queue = asyncio.Queue()
            task = asyncio.create_task(worker(queue))
            print(f"main: cancelling()={task.cancelling()}")
            await asyncio.sleep(0)
            task.cancel()
            print(f"main: cancelling()={task.cancelling()}")
            task.cancel()
            print(f"main: cancelling()={task.cancelling()}")
            value = await task
            print(f"main: {value!r} cancelled()={task.cancelled()} cancelling()={task.cancelling()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        main: cancelling()=0
        main: cancelling()=1
        main: cancelling()=2
        worker: caught, cancelling()=2
        worker: uncancel() -> 1
        worker: uncancel() -> 0
        worker: uncancel() -> 0
        main: 'recovered' cancelled()=False cancelling()=0
        """
      And the program completes normally

  @rule-cancellation.uncancel.pending-request @required
  Rule: From 3.13 uncancel() reaching zero drops a request not yet delivered to the coroutine (3.11 and 3.12 still deliver it); a request already passed to the awaited future is never withdrawn.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.uncancel
    On 3.13 a pending request that has not reached the coroutine is dropped when
    uncancel() brings the count to zero; on 3.11 and 3.12 the count drops but the
    CancelledError is still thrown. On every version a request that has already
    cancelled the awaited future cannot be withdrawn.

    # A task suspended in sleep(0) awaits no future, so the request stays pending
    # inside the task until its next step. On 3.13 see the next scenario.
    @since-3.11 @before-3.13
    Scenario: On 3.11 and 3.12 the pending request is still delivered after uncancel()
      Given the program:
        """python
        import asyncio

        async def worker():
            try:
                await asyncio.sleep(0)
                print("worker: the await completed normally")
            except asyncio.CancelledError:
                print("worker: CancelledError at the await")
            return "finished"

        async def main():
            task = asyncio.create_task(worker())
            await asyncio.sleep(0)
            task.cancel()
            print(f"main: cancelling()={task.cancelling()}")
            print(f"main: uncancel() -> {task.uncancel()}")
            value = await task
            print(f"main: task returned {value!r}, cancelled()={task.cancelled()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        main: cancelling()=1
        main: uncancel() -> 0
        worker: CancelledError at the await
        main: task returned 'finished', cancelled()=False
        """
      And the program completes normally

    # On 3.11 and 3.12 the same program still delivers the CancelledError (previous scenario).
    @since-3.13
    Scenario: Since 3.13 uncancel() to zero drops the pending request
      Given the program:
        """python
        import asyncio

        async def worker():
            try:
                await asyncio.sleep(0)
                print("worker: the await completed normally")
            except asyncio.CancelledError:
                print("worker: CancelledError at the await")
            return "finished"

        async def main():
            task = asyncio.create_task(worker())
            await asyncio.sleep(0)
            task.cancel()
            print(f"main: cancelling()={task.cancelling()}")
            print(f"main: uncancel() -> {task.uncancel()}")
            value = await task
            print(f"main: task returned {value!r}, cancelled()={task.cancelled()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        main: cancelling()=1
        main: uncancel() -> 0
        worker: the await completed normally
        main: task returned 'finished', cancelled()=False
        """
      And the program completes normally

    @since-3.11
    Scenario: uncancel() cannot withdraw a cancellation already passed to the awaited future
      Given the program:
        """python
        import asyncio

        async def worker(queue):
            try:
                item = await queue.get()
                print(f"worker: got {item!r}")
            except asyncio.CancelledError:
                print("worker: CancelledError at the await")
            return "finished"

        async def main():
            queue = asyncio.Queue()
            task = asyncio.create_task(worker(queue))
            await asyncio.sleep(0)
            task.cancel()
            print(f"main: uncancel() -> {task.uncancel()}")
            queue.put_nowait("item")
            value = await task
            print(f"main: task returned {value!r}, cancelled()={task.cancelled()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        main: uncancel() -> 0
        worker: CancelledError at the await
        main: task returned 'finished', cancelled()=False
        """
      And the program completes normally

  @rule-cancellation.exception-hierarchy.awaiting-task @required
  Rule: A task awaiting a cancelled task catches its CancelledError with except Exception before 3.8 and ends normally; from 3.8 the error passes through and the awaiting task ends cancelled.
    Link: https://docs.python.org/3/library/asyncio-exceptions.html#asyncio.CancelledError
    A task awaiting another task that gets cancelled receives that CancelledError.
    On 3.6 and 3.7 a broad `except Exception` catches it, so the awaiting task
    ends normally; from 3.8 it passes through and the awaiting task ends
    cancelled, although nobody cancelled it.

    # On 3.8+ the supervisor ends cancelled (next scenario).
    @before-3.8
    Scenario: Before 3.8 the supervisor handles the cancelled child and returns
      Given the program:
        """python
        import asyncio

        async def child(queue):
            await queue.get()

        async def supervisor(child_task):
            try:
                await child_task
                return "child finished"
            except Exception as e:
                print(f"supervisor: except Exception caught {type(e).__name__}")
                return "handled"

        async def main():
            queue = asyncio.Queue()
            child_task = asyncio.ensure_future(child(queue))
            sup = asyncio.ensure_future(supervisor(child_task))
            await asyncio.sleep(0)
            child_task.cancel()
            try:
                value = await sup
                print(f"main: supervisor returned {value!r}")
            except asyncio.CancelledError:
                print("main: supervisor ended with CancelledError")
            print(f"main: child cancelled={child_task.cancelled()} supervisor cancelled={sup.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        supervisor: except Exception caught CancelledError
        main: supervisor returned 'handled'
        main: child cancelled=True supervisor cancelled=False
        """
      And the program completes normally

    # On 3.6/3.7 the supervisor handles the child's CancelledError (previous scenario).
    @since-3.8
    Scenario: Since 3.8 the child's cancellation passes through and cancels the supervisor
      Given the program:
        """python
        import asyncio

        async def child(queue):
            await queue.get()

        async def supervisor(child_task):
            try:
                await child_task
                return "child finished"
            except Exception as e:
                print(f"supervisor: except Exception caught {type(e).__name__}")
                return "handled"

        async def main():
            queue = asyncio.Queue()
            child_task = asyncio.ensure_future(child(queue))
            sup = asyncio.ensure_future(supervisor(child_task))
            await asyncio.sleep(0)
            child_task.cancel()
            try:
                value = await sup
                print(f"main: supervisor returned {value!r}")
            except asyncio.CancelledError:
                print("main: supervisor ended with CancelledError")
            print(f"main: child cancelled={child_task.cancelled()} supervisor cancelled={sup.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: supervisor ended with CancelledError
        main: child cancelled=True supervisor cancelled=True
        """
      And the program completes normally
