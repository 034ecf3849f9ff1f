@structured
Feature: A TaskGroup under cancellation: from outside, by its children, and nested
  A TaskGroup cancels the task running its block when a child fails, and later
  takes that cancellation back with uncancel(). A cancellation that comes from
  outside the group is different: the group must pass it on. These rules pin
  how the two meet: a task running a group that is cancelled from outside ends
  cancelled; errors raised while the group shuts down win over CancelledError;
  nested groups put the inner group's ExceptionGroup into the outer one's.

  Children are kept in a set, so the order in which several children see their
  cancellation is not specified: the programs count them or print sorted lists.

  @rule-structured.taskgroup.outer-cancel @required
  Rule: Cancelling the task that runs a TaskGroup block cancels the body and every child; the task then ends cancelled, not with an ExceptionGroup.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    The CancelledError raised in the body (or in the group's wait at the end of
    the block) makes the group cancel its children; once they are done the group
    lets the CancelledError through, and the task running it ends cancelled.

    @since-3.11
    Scenario Outline: The task running a group with <children> children is cancelled while the body <body>
      Given the program:
        """python
        import asyncio

        async def child(name, log):
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                log.append(name)
                raise

        async def runner(log, children, body_waits):
            async with asyncio.TaskGroup() as tg:
                for i in range(children):
                    tg.create_task(child(f"child{i}", log))
                if body_waits:
                    try:
                        await asyncio.sleep(5)
                    except asyncio.CancelledError:
                        print("body: CancelledError")
                        raise
                print("body: reached the end of the block")
            print("runner: unreachable")

        async def main():
            log = []
            task = asyncio.create_task(runner(log, <children>, <body_waits>))
            await asyncio.sleep(0.1)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print(f"main: CancelledError, cancelled()={task.cancelled()}")
            print(f"children cancelled: {sorted(log)}")

        asyncio.run(main())
        """
      Then the output is:
        """
        <first line>
        main: CancelledError, cancelled()=True
        children cancelled: <cancelled>
        """
      And the program completes normally

      Examples:
        | children | body                          | body_waits | first line                         | cancelled                          |
        | 3        | waits at the end of the block | False      | body: reached the end of the block | ['child0', 'child1', 'child2']     |
        | 3        | awaits inside the block       | True       | body: CancelledError               | ['child0', 'child1', 'child2']     |
        | 0        | awaits inside the block       | True       | body: CancelledError               | []                                 |

  @rule-structured.taskgroup.outer-cancel.errors-win @required
  Rule: Errors raised by the children or the body while a TaskGroup handles a cancellation from outside win: the group raises an ExceptionGroup of them instead of CancelledError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    When the task running the group is cancelled, the group cancels its
    children; a child that raises another exception while being cancelled, or a
    body whose CancelledError handler raises, or a child that fails while the
    body still handles the cancellation, turns the outcome into an
    ExceptionGroup of those errors.

    @since-3.11
    Scenario: Two children raise ZeroDivisionError while being cancelled
      Given the program:
        """python
        import asyncio

        async def failing_on_cancel():
            try:
                await asyncio.sleep(5)
            finally:
                raise ZeroDivisionError("in finally")

        async def runner():
            async with asyncio.TaskGroup() as tg:
                tg.create_task(failing_on_cancel())
                tg.create_task(failing_on_cancel())
                await asyncio.sleep(5)

        async def main():
            task = asyncio.create_task(runner())
            await asyncio.sleep(0.1)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print("main: CancelledError")
            except ExceptionGroup as eg:
                print(f"main: {type(eg).__name__} {eg.exceptions!r}")
            print(f"task cancelled()={task.cancelled()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        main: ExceptionGroup (ZeroDivisionError('in finally'), ZeroDivisionError('in finally'))
        task cancelled()=False
        """
      And the program completes normally

    @since-3.11
    Scenario: A child fails while the body's handler of the outside cancellation still awaits
      Given the program:
        """python
        import asyncio

        async def crash_soon():
            await asyncio.sleep(1.1)
            raise ZeroDivisionError("crash")

        async def runner():
            async with asyncio.TaskGroup() as tg:
                tg.create_task(crash_soon())
                try:
                    await asyncio.sleep(5)
                except asyncio.CancelledError:
                    print("body: CancelledError, cleaning up")
                    await asyncio.sleep(2.2)
                    raise

        async def main():
            task = asyncio.create_task(runner())
            await asyncio.sleep(0.1)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print("main: CancelledError")
            except ExceptionGroup as eg:
                print(f"main: {type(eg).__name__} {eg.exceptions!r}")

        asyncio.run(main())
        """
      Then the output is:
        """
        body: CancelledError, cleaning up
        main: ExceptionGroup (ZeroDivisionError('crash'),)
        """
      And the program completes normally

    @since-3.11
    Scenario: The group runs in a task awaited by the cancelled task, and a child fails during the cleanup
      Given the program:
        """python
        import asyncio

        async def crash_soon():
            await asyncio.sleep(1.1)
            raise ZeroDivisionError("crash")

        async def runner():
            async with asyncio.TaskGroup() as tg:
                tg.create_task(crash_soon())
                try:
                    await asyncio.sleep(5)
                except asyncio.CancelledError:
                    print("body: CancelledError, cleaning up")
                    await asyncio.sleep(2.2)
                    raise

        async def outer():
            await asyncio.create_task(runner())

        async def main():
            task = asyncio.create_task(outer())
            await asyncio.sleep(0.1)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print("main: CancelledError")
            except ExceptionGroup as eg:
                print(f"main: {type(eg).__name__} {eg.exceptions!r}")

        asyncio.run(main())
        """
      Then the output is:
        """
        body: CancelledError, cleaning up
        main: ExceptionGroup (ZeroDivisionError('crash'),)
        """
      And the program completes normally

    @since-3.11
    Scenario: The body's handler of the outside cancellation raises KeyError
      Given the program:
        """python
        import asyncio

        async def runner():
            async with asyncio.TaskGroup():
                try:
                    await asyncio.sleep(5)
                except asyncio.CancelledError:
                    raise KeyError("from the handler")

        async def main():
            task = asyncio.create_task(runner())
            await asyncio.sleep(0.1)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print("main: CancelledError")
            except ExceptionGroup as eg:
                print(f"main: {type(eg).__name__} {eg.exceptions!r}")

        asyncio.run(main())
        """
      Then the output is:
        """
        main: ExceptionGroup (KeyError('from the handler'),)
        """
      And the program completes normally

  @rule-structured.taskgroup.outer-cancel.survives-child-failure @required
  Rule: From 3.13 a cancellation from outside that arrives while a TaskGroup handles a child's failure survives the group: after the ExceptionGroup is handled, the task's next await raises CancelledError; 3.11 and 3.12 lose it.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    A failing child makes the group cancel its parent task and later uncancel
    it. If the task is also cancelled from outside meanwhile, that second
    request must not be swallowed: from Python 3.13 the group re-cancels the
    task when it raises the ExceptionGroup, so the task is cancelled at its next
    await. Python 3.11 and 3.12 lose the outside cancellation.

    # 3.11 and 3.12 drop the outside cancellation: the task runs on to its end.
    Scenario Outline: After except* the outside cancellation <fate> (<versions>)
      Given the program:
        """python
        import asyncio

        async def main():
            started = asyncio.Event()

            async def raise_error():
                started.set()
                await asyncio.sleep(0)
                raise RuntimeError("child failed")

            async def inner():
                try:
                    async with asyncio.TaskGroup() as tg:
                        tg.create_task(raise_error())
                        await asyncio.sleep(5)
                        print("inner: unreachable")
                except* RuntimeError:
                    print(f"inner: except* RuntimeError, cancelling()={asyncio.current_task().cancelling()}")
                try:
                    await asyncio.sleep(0.1)
                    print("inner: the outside cancellation was lost")
                except asyncio.CancelledError:
                    print("inner: the next await raises CancelledError")
                    raise

            task = asyncio.create_task(inner())
            await started.wait()
            task.cancel()
            print(f"main: cancelled the task, cancelling()={task.cancelling()}")
            await asyncio.wait([task])
            print(f"main: task cancelled()={task.cancelled()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        main: cancelled the task, cancelling()=1
        inner: except* RuntimeError, cancelling()=1
        inner: <next await>
        main: task cancelled()=<cancelled>
        """
      And the program completes normally

      @since-3.13
      Examples: 3.13 and later
        | fate                   | versions       | next await                           | cancelled |
        | reaches the next await | 3.13 and later | the next await raises CancelledError | True      |

      @since-3.11 @before-3.13
      Examples: 3.11 and 3.12
        | fate                   | versions       | next await                           | cancelled |
        | is lost                | 3.11 and 3.12  | the outside cancellation was lost    | False     |

  @rule-structured.taskgroup.nested @required
  Rule: A nested TaskGroup's ExceptionGroup is an error of the enclosing group, which wraps it in its own ExceptionGroup; a nested group that was only cancelled adds nothing.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    The inner group's block is part of the outer group's body: when the inner
    group raises an ExceptionGroup, the outer group collects it as the body's
    error. When the outer group's child fails first, the inner group is merely
    cancelled and the outer group reports only its own child's error.

    @since-3.11
    Scenario Outline: Nested groups, <case>
      Given the program:
        """python
        import asyncio

        def shape(e):
            if isinstance(e, BaseExceptionGroup):
                return f"{type(e).__name__}[{', '.join([shape(x) for x in e.exceptions])}]"
            return repr(e)

        async def crash_after(delay, exc):
            await asyncio.sleep(delay)
            raise exc

        async def main():
            try:
                async with asyncio.TaskGroup() as outer:
                    outer.create_task(crash_after(<outer delay>, ValueError("outer child")))
                    async with asyncio.TaskGroup() as inner:
                        inner.create_task(crash_after(<inner delay>, ValueError("inner child")))
            except BaseException as e:
                print(shape(e))

        asyncio.run(main())
        """
      Then the output is:
        """
        <shape>
        """
      And the program completes normally

      Examples:
        | case                           | outer delay | inner delay | shape                                                    |
        | the outer group's child fails  | 0.1         | 5           | ExceptionGroup[ValueError('outer child')]                |
        | the inner group's child fails  | 5           | 0.1         | ExceptionGroup[ExceptionGroup[ValueError('inner child')]] |

    @since-3.11
    Scenario Outline: The task running nested groups is cancelled and the inner child fails in its cleanup (<outer children>)
      Given the program:
        """python
        import asyncio

        def shape(e):
            if isinstance(e, BaseExceptionGroup):
                return f"{type(e).__name__}[{', '.join([shape(x) for x in e.exceptions])}]"
            return repr(e)

        async def failing_on_cancel():
            try:
                await asyncio.sleep(5)
            finally:
                raise ZeroDivisionError("in finally")

        async def runner(outer_child):
            async with asyncio.TaskGroup() as outer:
                if outer_child:
                    outer.create_task(asyncio.sleep(5))
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(failing_on_cancel())
                    await asyncio.sleep(5)

        async def main():
            task = asyncio.create_task(runner(<outer child>))
            await asyncio.sleep(0.1)
            task.cancel()
            try:
                await task
            except BaseException as e:
                print(shape(e))

        asyncio.run(main())
        """
      Then the output is:
        """
        ExceptionGroup[ExceptionGroup[ZeroDivisionError('in finally')]]
        """
      And the program completes normally

      Examples:
        | outer children                 | outer child |
        | no child in the outer group    | False       |
        | a sleeping child in the outer  | True        |

  @rule-structured.taskgroup.nested.both-fail @required
  Rule: When children of an inner and an outer TaskGroup fail in the same step, each group reports its own child's error; from 3.13 the outer group's cancellation reaches the next await after the inner group and is taken back when the outer group ends.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    Both groups cancel the same parent task. From Python 3.13 each group takes
    back only its own request: after the inner group the task is still being
    cancelled once (for the outer group), its next await raises CancelledError,
    and after the outer group cancelling() is 0 again. Python 3.11 and 3.12
    leak one request: the next await runs through and cancelling() stays 1.

    # 3.11 and 3.12 count one cancellation too many: the await after the inner group is not interrupted.
    Scenario Outline: Inner and outer children fail in the same step (<versions>)
      Given the program:
        """python
        import asyncio

        def shape(e):
            if isinstance(e, BaseExceptionGroup):
                return f"{type(e).__name__}[{', '.join([shape(x) for x in e.exceptions])}]"
            return repr(e)

        async def raise_soon(exc):
            await asyncio.sleep(0)
            raise exc

        async def main():
            task = asyncio.current_task()
            ran_through = False
            try:
                async with asyncio.TaskGroup() as outer:
                    try:
                        async with asyncio.TaskGroup() as inner:
                            inner.create_task(raise_soon(RuntimeError("inner")))
                            outer.create_task(raise_soon(ValueError("outer")))
                    except* RuntimeError as eg:
                        print(f"inner group: {shape(eg)}")
                    print(f"after the inner group: cancelling()={task.cancelling()}")
                    await asyncio.sleep(0)
                    ran_through = True
            except* ValueError as eg:
                print(f"outer group: {shape(eg)}")
            print(f"the await after the inner group ran through: {ran_through}")
            print(f"after both: cancelling()={task.cancelling()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        inner group: ExceptionGroup[RuntimeError('inner')]
        after the inner group: cancelling()=<between>
        outer group: ExceptionGroup[ValueError('outer')]
        the await after the inner group ran through: <ran through>
        after both: cancelling()=<after>
        """
      And the program completes normally

      @since-3.13
      Examples: 3.13 and later
        | versions       | between | ran through | after |
        | 3.13 and later | 1       | False       | 0     |

      @since-3.11 @before-3.13
      Examples: 3.11 and 3.12
        | versions       | between | ran through | after |
        | 3.11 and 3.12  | 2       | True        | 1     |

  @rule-structured.taskgroup.failure-leaves-parent-uncancelled @required
  Rule: From 3.13, after a TaskGroup ends with a child's error, the task that ran it is no longer being cancelled: cancelling() is 0 and its next await runs.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.uncancel
    The group cancels the task running it when a child fails and takes that
    request back with uncancel() when it ends, so nothing of it leaks to the code
    after the group (CPython's test_cancellation_does_not_leak_out_of_tg). Python
    3.11 and 3.12 left one request behind when the body had ended before the
    child failed; this rule starts at 3.13.

    @since-3.13
    Scenario: A child that fails after an empty body leaves nothing to cancel
      Given the program:
        """python
        import asyncio

        class MyError(Exception):
            pass

        async def throw_error():
            raise MyError("boom")

        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(throw_error())
            except* MyError:
                print("the group raised MyError")
            print(f"cancelling() after the group: {asyncio.current_task().cancelling()}")
            await asyncio.sleep(0)
            print("the next await ran")

        asyncio.run(main())
        """
      Then the output is:
        """
        the group raised MyError
        cancelling() after the group: 0
        the next await ran
        """
      And the program completes normally

  @rule-structured.taskgroup.eager-failure-leaves-parent-uncancelled @optional @needs-eager-task-factory
  Rule: From 3.13, a child that fails eagerly inside create_task under the eager task factory also leaves the task that ran the group not cancelling afterwards, and its next await runs.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.eager_task_factory
    The same as the rule above when the child's whole run happens inside
    create_task (CPython runs test_cancellation_does_not_leak_out_of_tg with
    eager tasks too).

    @since-3.13
    Scenario: An eager child that fails inside create_task leaves nothing to cancel
      Given the program:
        """python
        import asyncio

        class MyError(Exception):
            pass

        async def throw_error():
            raise MyError("boom")

        async def main():
            asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
            try:
                async with asyncio.TaskGroup() as tg:
                    child = tg.create_task(throw_error())
                    print(f"the child is done inside create_task: {child.done()}")
            except* MyError:
                print("the group raised MyError")
            print(f"cancelling() after the group: {asyncio.current_task().cancelling()}")
            await asyncio.sleep(0)
            print("the next await ran")

        asyncio.run(main())
        """
      Then the output is:
        """
        the child is done inside create_task: True
        the group raised MyError
        cancelling() after the group: 0
        the next await ran
        """
      And the program completes normally
