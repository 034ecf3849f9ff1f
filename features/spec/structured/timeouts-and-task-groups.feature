@structured
Feature: Timeouts and task groups are built on cancellation
  Python 3.11 added two structured-concurrency tools to asyncio. asyncio.timeout()
  and asyncio.timeout_at() are asynchronous context managers that cancel the
  current task when their deadline passes: the await that is pending inside the
  block receives CancelledError, and at the end of the block the context manager
  turns that cancellation into TimeoutError. asyncio.TaskGroup is an
  asynchronous context manager that owns the tasks created through it: leaving
  the block waits for all of them, and the first child that fails cancels the
  others and the block's own task, after which the group raises an
  ExceptionGroup of the children's errors.

  Both count on the cancellation machinery (cancelling() and uncancel()) to tell
  their own cancellations from requests coming from elsewhere, which pass through
  them untouched.

  @rule-structured.timeout.expires @required
  Rule: When a timeout's delay passes, the await pending in the block receives CancelledError and the block raises TimeoutError (the built-in, also asyncio.TimeoutError), caught outside the block.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    When the delay passes, the await pending inside the block receives
    CancelledError; when that error reaches the end of the block it is replaced
    by TimeoutError, which is therefore caught outside the block, not inside.
    From 3.11 asyncio.TimeoutError is the built-in TimeoutError.

    @since-3.11
    Scenario: The inner await gets CancelledError, the code around the block gets TimeoutError
      Given the program:
        """python
        import asyncio

        async def main():
            print(f"asyncio.TimeoutError is TimeoutError: {asyncio.TimeoutError is TimeoutError}")
            try:
                async with asyncio.timeout(0.01) as cm:
                    try:
                        await asyncio.sleep(1)
                        print("unreachable")
                    except TimeoutError:
                        print("inside the block: TimeoutError")
                    except asyncio.CancelledError:
                        print("inside the block: CancelledError")
                        raise
                    print("unreachable")
            except TimeoutError as e:
                print(f"outside the block: {type(e).__name__}, expired()={cm.expired()}")
                print(f"its cause: {type(e.__cause__).__name__}")
            print(f"cancelling()={asyncio.current_task().cancelling()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        asyncio.TimeoutError is TimeoutError: True
        inside the block: CancelledError
        outside the block: TimeoutError, expired()=True
        its cause: CancelledError
        cancelling()=0
        """
      And the program completes normally

  @rule-structured.timeout.in-time @required
  Rule: A timeout block that finishes before its deadline is left normally; expired() is False and the deadline no longer applies.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    Leaving the block in time removes the deadline: expired() stays False and later
    awaits of the task run normally.

    @since-3.11
    Scenario: The deadline is dropped when the block ends in time
      Given the program:
        """python
        import asyncio

        async def main():
            async with asyncio.timeout(1.2) as cm:
                await asyncio.sleep(0.01)
                print("body: finished in time")
            print(f"expired()={cm.expired()}")
            await asyncio.sleep(1.3)
            print("a later await is not cancelled")

        asyncio.run(main())
        """
      Then the output is:
        """
        body: finished in time
        expired()=False
        a later await is not cancelled
        """
      And the program completes normally

  @rule-structured.timeout.none @required
  Rule: timeout(None) and timeout_at(None) have no deadline: when() is None and the block is never cancelled.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    With None as the delay the context manager has no deadline: when() returns
    None and the block runs as long as it needs.

    @since-3.11
    Scenario: A block under timeout(None) is never cancelled
      Given the program:
        """python
        import asyncio

        async def main():
            async with asyncio.timeout(None) as cm:
                print(f"when()={cm.when()}")
                await asyncio.sleep(0.05)
                print("body: finished")
            print(f"expired()={cm.expired()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        when()=None
        body: finished
        expired()=False
        """
      And the program completes normally

    @since-3.11
    Scenario: A block under timeout_at(None) is never cancelled
      Given the program:
        """python
        import asyncio

        async def main():
            async with asyncio.timeout_at(None) as cm:
                print(f"when()={cm.when()}")
                await asyncio.sleep(0.1)
                print("body: finished")
            print(f"when()={cm.when()} expired()={cm.expired()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        when()=None
        body: finished
        when()=None expired()=False
        """
      And the program completes normally

  @rule-structured.timeout.reschedule @required
  Rule: Inside its block reschedule() moves, sets or (with None) removes a timeout's deadline; after the block it raises RuntimeError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Timeout.reschedule
    Inside the block, reschedule(when) replaces the deadline with the loop time
    `when`, or removes it with None. Once the block has been left the timeout
    cannot be rescheduled: reschedule() raises RuntimeError.

    @since-3.11
    Scenario: Extending, arming and disarming a timeout from inside its block
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            async with asyncio.timeout(0.01) as cm:
                cm.reschedule(loop.time() + 1)
                await asyncio.sleep(0.05)
                print("extended: body finished")
            print(f"extended: expired()={cm.expired()}")
            try:
                cm.reschedule(None)
            except RuntimeError:
                print("reschedule() after the block: RuntimeError")
            try:
                async with asyncio.timeout(None) as cm:
                    cm.reschedule(loop.time() + 0.01)
                    await asyncio.sleep(1)
            except TimeoutError:
                print(f"armed: TimeoutError, expired()={cm.expired()}")
            async with asyncio.timeout(0.01) as cm:
                cm.reschedule(None)
                await asyncio.sleep(0.05)
                print(f"disarmed: body finished, when()={cm.when()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        extended: body finished
        extended: expired()=False
        reschedule() after the block: RuntimeError
        armed: TimeoutError, expired()=True
        disarmed: body finished, when()=None
        """
      And the program completes normally

    @since-3.11
    Scenario: Rescheduled into the past, the timeout fires at the block's first await
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            try:
                async with asyncio.timeout(10) as cm:
                    cm.reschedule(loop.time() - 1)
                    print(f"rescheduled into the past: expired()={cm.expired()}")
                    await asyncio.sleep(10)
                    print("unreachable")
            except TimeoutError:
                print(f"TimeoutError at the first await, expired()={cm.expired()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        rescheduled into the past: expired()=False
        TimeoutError at the first await, expired()=True
        """
      And the program completes normally

  @rule-structured.timeout.timeout-at @required
  Rule: timeout_at(when) is a timeout with an absolute deadline on the loop.time() clock, returned unchanged by when().
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout_at
    timeout_at(when) behaves like timeout() but its deadline is a point on the
    loop.time() clock, which when() returns unchanged.

    @since-3.11
    Scenario: A deadline of loop.time() plus a delay
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 0.01
            try:
                async with asyncio.timeout_at(deadline) as cm:
                    print(f"when() is the deadline: {cm.when() == deadline}")
                    await asyncio.sleep(1)
            except TimeoutError:
                print(f"TimeoutError, expired()={cm.expired()}")
            async with asyncio.timeout_at(loop.time() + 1) as cm:
                await asyncio.sleep(0.01)
                print("body: finished before the deadline")
            print(f"expired()={cm.expired()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        when() is the deadline: True
        TimeoutError, expired()=True
        body: finished before the deadline
        expired()=False
        """
      And the program completes normally

  @rule-structured.timeout.nested @required
  Rule: Of nested timeouts only the one whose deadline passed raises TimeoutError; the other leaves the CancelledError or the normal flow unchanged.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    When the inner deadline passes first, the inner block raises TimeoutError and
    the outer block carries on. When the outer deadline passes first, the inner
    timeout lets the CancelledError through unchanged and the outer one converts it.

    @since-3.11
    Scenario: The earlier deadline fires, whether it belongs to the inner or the outer block
      Given the program:
        """python
        import asyncio

        async def main():
            async with asyncio.timeout(3) as outer:
                try:
                    async with asyncio.timeout(0.01) as inner:
                        await asyncio.sleep(1)
                except TimeoutError:
                    print(f"inner first: inner.expired()={inner.expired()} outer.expired()={outer.expired()}")
                await asyncio.sleep(0)
                print("inner first: the outer block carries on")
            print(f"inner first: outer.expired()={outer.expired()}")
            try:
                async with asyncio.timeout(0.01) as outer:
                    try:
                        async with asyncio.timeout(2) as inner:
                            await asyncio.sleep(2)
                    except TimeoutError:
                        print("outer first: unreachable")
                    except asyncio.CancelledError:
                        print(f"outer first: CancelledError left the inner block, inner.expired()={inner.expired()}")
                        raise
            except TimeoutError:
                print(f"outer first: TimeoutError, outer.expired()={outer.expired()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        inner first: inner.expired()=True outer.expired()=False
        inner first: the outer block carries on
        inner first: outer.expired()=False
        outer first: CancelledError left the inner block, inner.expired()=False
        outer first: TimeoutError, outer.expired()=True
        """
      And the program completes normally

    @since-3.11
    Scenario: Nested timeouts with the very same deadline: both expire, only the outer raises TimeoutError
      Given the program:
        """python
        import asyncio

        async def main():
            deadline = asyncio.get_running_loop().time() + 0.1
            try:
                async with asyncio.timeout_at(deadline) as outer:
                    try:
                        async with asyncio.timeout_at(deadline) as inner:
                            await asyncio.sleep(5)
                    except TimeoutError:
                        print("inner block: TimeoutError")
                    except asyncio.CancelledError:
                        print("inner block: CancelledError passes")
                        raise
            except TimeoutError:
                print(f"outer block: TimeoutError, expired: outer={outer.expired()} inner={inner.expired()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        inner block: CancelledError passes
        outer block: TimeoutError, expired: outer=True inner=True
        """
      And the program completes normally

  @rule-structured.timeout.foreign-cancel @required
  Rule: A cancellation of the task that the timeout did not cause leaves its block as CancelledError, not TimeoutError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    If the task is cancelled by someone else while inside the block, the timeout
    does not claim the CancelledError: it leaves the block unchanged and the task
    ends cancelled.

    @since-3.11
    Scenario: Cancelling a task inside a timeout block does not produce TimeoutError
      Given the program:
        """python
        import asyncio

        async def guarded():
            try:
                async with asyncio.timeout(1) as cm:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("guarded: TimeoutError")
            except asyncio.CancelledError:
                print(f"guarded: CancelledError, expired()={cm.expired()}")
                raise

        async def main():
            task = asyncio.create_task(guarded())
            await asyncio.sleep(0.01)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print(f"main: task cancelled()={task.cancelled()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        guarded: CancelledError, expired()=False
        main: task cancelled()=True
        """
      And the program completes normally

  @rule-structured.taskgroup.waits @required
  Rule: Leaving a TaskGroup block waits for all of the group's tasks, including tasks added while it waits.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    The end of the `async with` block waits until every task created in the group
    has finished, including tasks that children add to the group while it waits.

    @since-3.11
    Scenario: The block ends only after every child, also one added late, has finished
      Given the program:
        """python
        import asyncio

        async def work(name, delay):
            await asyncio.sleep(delay)
            print(f"{name}: done")
            return name

        async def spawner(tg):
            await asyncio.sleep(0.1)
            tg.create_task(work("late", 2.0))
            print("spawner: added a task")
            return "spawner"

        async def main():
            async with asyncio.TaskGroup() as tg:
                slow = tg.create_task(work("slow", 1.2))
                first = tg.create_task(spawner(tg))
                print("body: end of the block")
            print(f"after the block: {slow.result()} {first.result()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        body: end of the block
        spawner: added a task
        slow: done
        late: done
        after the block: slow spawner
        """
      And the program completes normally

  @rule-structured.taskgroup.child-failure @required
  Rule: A child failing with an exception other than CancelledError cancels the other children and the body; the group then raises an ExceptionGroup of the errors in the order the children failed.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    The first child that raises an exception other than CancelledError cancels
    the remaining children and the task running the block; once all have
    finished, the group raises an ExceptionGroup holding the children's errors.

    @since-3.11
    Scenario: One failure cancels the sibling and the block, then ExceptionGroup is raised
      Given the program:
        """python
        import asyncio

        async def fail():
            await asyncio.sleep(0.01)
            raise ValueError("bad input")

        async def slow():
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("slow: cancelled")
                raise

        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    sibling = tg.create_task(slow())
                    tg.create_task(fail())
                    try:
                        await asyncio.sleep(1)
                    except asyncio.CancelledError:
                        print("body: cancelled")
                        raise
            except ExceptionGroup as eg:
                print(f"{type(eg).__name__}")
                print(f"sub-exceptions: {eg.exceptions!r}")
            print(f"sibling cancelled()={sibling.cancelled()}")
            print(f"cancelling()={asyncio.current_task().cancelling()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        slow: cancelled
        body: cancelled
        ExceptionGroup
        sub-exceptions: (ValueError('bad input'),)
        sibling cancelled()=True
        cancelling()=0
        """
      And the program completes normally

    @since-3.11
    Scenario: Errors are collected in the order the children failed and are handled with except*
      Given the program:
        """python
        import asyncio

        async def fail(exc):
            raise exc

        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(fail(ValueError("first")))
                    tg.create_task(fail(KeyError("second")))
                    tg.create_task(fail(ValueError("third")))
            except* ValueError as eg:
                print(f"except* ValueError: {eg.exceptions!r}")
            except* KeyError as eg:
                print(f"except* KeyError: {eg.exceptions!r}")
            print("after the handlers")

        asyncio.run(main())
        """
      Then the output is:
        """
        except* ValueError: (ValueError('first'), ValueError('third'))
        except* KeyError: (KeyError('second'),)
        after the handlers
        """
      And the program completes normally

  @rule-structured.taskgroup.child-failure.wording @detail
  Rule: CPython's message of a TaskGroup's ExceptionGroup: 'unhandled errors in a TaskGroup (1 sub-exception)'.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    Detail: message text: the ExceptionGroup's message is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    @since-3.11
    Scenario: One failure cancels the sibling and the block, then ExceptionGroup is raised
      Given the program:
        """python
        import asyncio

        async def fail():
            await asyncio.sleep(0.01)
            raise ValueError("bad input")

        async def slow():
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("slow: cancelled")
                raise

        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    sibling = tg.create_task(slow())
                    tg.create_task(fail())
                    try:
                        await asyncio.sleep(1)
                    except asyncio.CancelledError:
                        print("body: cancelled")
                        raise
            except ExceptionGroup as eg:
                print(f"{type(eg).__name__}: {eg}")
                print(f"sub-exceptions: {eg.exceptions!r}")
            print(f"sibling cancelled()={sibling.cancelled()}")
            print(f"cancelling()={asyncio.current_task().cancelling()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        slow: cancelled
        body: cancelled
        ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
        sub-exceptions: (ValueError('bad input'),)
        sibling cancelled()=True
        cancelling()=0
        """
      And the program completes normally

  @rule-structured.taskgroup.cancelled-child @required
  Rule: A child that ends cancelled does not fail its task group.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    A child that ends cancelled is not an error: its siblings and the block run on
    and the group ends normally.

    @since-3.11
    Scenario: Cancelling one child leaves the others and the group untouched
      Given the program:
        """python
        import asyncio

        async def work(name, delay):
            try:
                await asyncio.sleep(delay)
            except asyncio.CancelledError:
                print(f"{name}: cancelled")
                raise
            print(f"{name}: done")
            return name

        async def main():
            async with asyncio.TaskGroup() as tg:
                doomed = tg.create_task(work("doomed", 5))
                other = tg.create_task(work("other", 0.1))
                await asyncio.sleep(0)
                doomed.cancel()
                await asyncio.sleep(0.5)
                print("body: still running")
            print(f"group ended normally: doomed cancelled()={doomed.cancelled()} other={other.result()!r}")

        asyncio.run(main())
        """
      Then the output is:
        """
        doomed: cancelled
        other: done
        body: still running
        group ended normally: doomed cancelled()=True other='other'
        """
      And the program completes normally

  @rule-structured.taskgroup.finished @required
  Rule: create_task() on a task group whose block has ended raises RuntimeError; from 3.13 it also closes the given coroutine.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup.create_task
    create_task() on a group whose block has ended raises RuntimeError. From
    Python 3.13 it also closes the coroutine it was given, which can then no
    longer be awaited; before, the coroutine stayed untouched.

    @since-3.11
    Scenario Outline: create_task() after the block has ended (<versions>)
      Given the program:
        """python
        import asyncio

        async def late():
            return "late"

        async def main():
            async with asyncio.TaskGroup() as tg:
                tg.create_task(asyncio.sleep(0))
            coro = late()
            try:
                tg.create_task(coro)
            except RuntimeError:
                print("create_task on a finished group: RuntimeError")
            try:
                value = await coro
                fate = f"still runs when awaited and returns {value!r}"
            except RuntimeError:
                fate = "was closed: awaiting it raises RuntimeError"
            print(f"the rejected coroutine {fate}")

        asyncio.run(main())
        """
      Then the output is:
        """
        create_task on a finished group: RuntimeError
        the rejected coroutine <fate>
        """
      And the program completes normally

      @before-3.13
      Examples: Python 3.11 and 3.12
        | versions       | fate                                         |
        | 3.11 and 3.12  | still runs when awaited and returns 'late'   |

      @since-3.13
      Examples: Python 3.13 and later
        | versions       | fate                                         |
        | 3.13 and later | was closed: awaiting it raises RuntimeError  |

  @rule-structured.taskgroup.body-raises @required
  Rule: An exception raised by the body of a TaskGroup block cancels the children and is raised inside an ExceptionGroup.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    If the body of the `async with` block raises, the group cancels its remaining
    children, waits for them and raises an ExceptionGroup containing the body's
    exception.

    @since-3.11
    Scenario: The body's KeyError cancels the child and arrives inside an ExceptionGroup
      Given the program:
        """python
        import asyncio

        async def slow():
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("child: cancelled")
                raise

        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    child = tg.create_task(slow())
                    await asyncio.sleep(0)
                    raise KeyError("from the body")
            except* KeyError as eg:
                print(f"except* KeyError: {type(eg).__name__} {eg.exceptions!r}")
            print(f"child cancelled()={child.cancelled()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        child: cancelled
        except* KeyError: ExceptionGroup (KeyError('from the body'),)
        child cancelled()=True
        """
      And the program completes normally

    @since-3.11
    Scenario: The body raises before the child has started: the child is cancelled without running
      Given the program:
        """python
        import asyncio

        async def child(name):
            print(f"{name}: started")
            await asyncio.sleep(1)

        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    t = tg.create_task(child("child"))
                    raise KeyError("from the body")
            except* KeyError as group:
                print(f"except* KeyError: {group.exceptions!r}")
            print(f"child cancelled()={t.cancelled()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        except* KeyError: (KeyError('from the body'),)
        child cancelled()=True
        """
      And the program completes normally
