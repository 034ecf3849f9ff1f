@structured
Feature: What a TaskGroup raises, and how it refuses misuse
  A TaskGroup collects the errors of its children and of its body into one
  exception group. Its class follows the errors: ExceptionGroup when all are
  Exceptions, BaseExceptionGroup as soon as one is a BaseException. Two base
  exceptions are special: KeyboardInterrupt and SystemExit are re-raised on
  their own, after the group has cancelled and awaited the other tasks.

  A group is entered once, hands out tasks only while it is active, and must
  run inside a task; each misuse raises RuntimeError.

  @rule-structured.taskgroup.base-exception-group @required
  Rule: When one of the errors collected by a TaskGroup is a BaseException other than KeyboardInterrupt or SystemExit, the group raises a BaseExceptionGroup of all errors instead of an ExceptionGroup.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    The exception group holds the child's error and the error the cancelled
    body raised from its finally block. If every error is an Exception it is an
    ExceptionGroup; one BaseException subclass makes it a BaseExceptionGroup.

    @since-3.11
    Scenario Outline: A child raises <child>, the cancelled body raises <body>
      Given the program:
        """python
        import asyncio

        class MyBaseExc(BaseException):
            pass

        async def crash_soon(exc):
            await asyncio.sleep(0.1)
            raise exc

        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(crash_soon(<child>("from the child")))
                    try:
                        await asyncio.sleep(5)
                    finally:
                        raise <body>("from the body")
            except BaseException as e:
                names = sorted([type(x).__name__ for x in e.exceptions])
                print(f"{type(e).__name__} of {names}")

        asyncio.run(main())
        """
      Then the output is:
        """
        <group> of <names>
        """
      And the program completes normally

      Examples:
        | child             | body      | group              | names                              |
        | ZeroDivisionError | KeyError  | ExceptionGroup     | ['KeyError', 'ZeroDivisionError']  |
        | ZeroDivisionError | MyBaseExc | BaseExceptionGroup | ['MyBaseExc', 'ZeroDivisionError'] |
        | MyBaseExc         | TypeError | BaseExceptionGroup | ['MyBaseExc', 'TypeError']         |

  @rule-structured.taskgroup.keyboard-interrupt-system-exit @required
  Rule: KeyboardInterrupt or SystemExit raised by the body or by a child of a TaskGroup makes the group cancel and await the other tasks and then re-raise that exception itself, not in an exception group.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    The other errors are dropped. A child's KeyboardInterrupt or SystemExit
    also stops the event loop at once, as it does for any task: asyncio.run()
    then cancels the task running the group, which cancels the remaining
    children and re-raises the child's exception.

    @since-3.11
    Scenario Outline: The body raises <exc> while a child's failure cancels it
      Given the program:
        """python
        import asyncio

        async def crash_soon():
            await asyncio.sleep(0.1)
            raise ZeroDivisionError("from the child")

        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(crash_soon())
                    try:
                        await asyncio.sleep(5)
                    finally:
                        raise <exc>(7)
            except BaseException as e:
                print(f"the group raised {type(e).__name__} {e.args}")
            print("main: carries on")

        asyncio.run(main())
        """
      Then the output is:
        """
        the group raised <exc> (7,)
        main: carries on
        """
      And the program completes normally

      Examples:
        | exc               |
        | KeyboardInterrupt |
        | SystemExit        |

    @since-3.11
    Scenario Outline: A child raises <exc>: the loop stops, the group cancels the others and re-raises it
      Given the program:
        """python
        import asyncio

        log = []

        async def child():
            await asyncio.sleep(0.1)
            raise <exc>(3)

        async def sibling():
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                log.append("sibling: cancelled")
                raise

        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(sibling())
                    tg.create_task(child())
                    try:
                        await asyncio.sleep(5)
                    except asyncio.CancelledError:
                        log.append("body: cancelled")
                        raise
            except BaseException as e:
                log.append(f"the group raised {type(e).__name__} {e.args}")
                raise

        try:
            asyncio.run(main())
        except <exc> as e:
            print(f"asyncio.run raised {type(e).__name__} {e.args}")
        for line in sorted(log):
            print(line)
        """
      Then the output is:
        """
        asyncio.run raised <exc> (3,)
        body: cancelled
        sibling: cancelled
        the group raised <exc> (3,)
        """
      And the program completes normally

      Examples:
        | exc               |
        | KeyboardInterrupt |
        | SystemExit        |

  @rule-structured.taskgroup.misuse @required
  Rule: A TaskGroup that was never entered refuses create_task(), and entering a group a second time, while it is active or after it finished, raises RuntimeError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup.create_task
    A group is a one-shot context manager: create_task() needs an active group
    and a second `async with` on the same group raises RuntimeError.

    @since-3.11
    Scenario: create_task() before entering, and entering an active or finished group
      Given the program:
        """python
        import asyncio

        async def main():
            tg = asyncio.TaskGroup()
            coro = asyncio.sleep(0)
            try:
                tg.create_task(coro)
                print("create_task before entering: accepted")
            except RuntimeError:
                print("create_task before entering: RuntimeError")
            coro.close()
            async with tg:
                try:
                    async with tg:
                        print("entered twice")
                except RuntimeError:
                    print("entering an active group: RuntimeError")
            try:
                async with tg:
                    print("entered again")
            except RuntimeError:
                print("entering a finished group: RuntimeError")

        asyncio.run(main())
        """
      Then the output is:
        """
        create_task before entering: RuntimeError
        entering an active group: RuntimeError
        entering a finished group: RuntimeError
        """
      And the program completes normally

  @rule-structured.taskgroup.shutting-down @required
  Rule: Once a child has failed, create_task() on the group raises RuntimeError: a group that is shutting down accepts no new tasks.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup.create_task
    After the first failure the group cancels its tasks; a cancelled sibling
    that tries to add a task while it handles its CancelledError is refused.

    @since-3.11
    Scenario: A sibling cancelled by the failure cannot add a task
      Given the program:
        """python
        import asyncio

        async def fail():
            await asyncio.sleep(0.1)
            1 / 0

        async def sibling(tg):
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                coro = asyncio.sleep(0)
                try:
                    tg.create_task(coro)
                    print("sibling: create_task accepted")
                except RuntimeError:
                    print("sibling: create_task raised RuntimeError")
                coro.close()
                raise

        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(fail())
                    tg.create_task(sibling(tg))
            except* ZeroDivisionError as eg:
                print(f"the group raised {len(eg.exceptions)} ZeroDivisionError")

        asyncio.run(main())
        """
      Then the output is:
        """
        sibling: create_task raised RuntimeError
        the group raised 1 ZeroDivisionError
        """
      And the program completes normally

    @since-3.11
    Scenario: Children that keep adding children do not keep a failing group alive
      Given the program:
        """python
        import asyncio

        heads = 0

        async def hydra(tg):
            global heads
            heads += 1
            await asyncio.sleep(0.2)
            tg.create_task(hydra(tg))
            tg.create_task(hydra(tg))

        async def hercules():
            await asyncio.sleep(1.3)
            1 / 0

        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(hydra(tg))
                    tg.create_task(hercules())
            except* ZeroDivisionError as eg:
                print(f"ended by {[type(e).__name__ for e in eg.exceptions]}")
            print(f"at least three heads grew: {heads >= 3}")

        asyncio.run(main())
        """
      Then the output is:
        """
        ended by ['ZeroDivisionError']
        at least three heads grew: True
        """
      And the program completes normally

  @rule-structured.taskgroup.needs-task @required
  Rule: Entering a TaskGroup outside a task raises RuntimeError: the group cannot determine its parent task.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    The group cancels its parent task when a child fails, so it must be
    entered from a coroutine running in a task. Driving its __aenter__ from a
    plain callback fails.

    @since-3.11
    Scenario: __aenter__ driven from a call_soon callback
      Given the program:
        """python
        import asyncio

        def callback(tg):
            coro = tg.__aenter__()
            try:
                coro.send(None)
                print("entered")
            except RuntimeError:
                print("__aenter__ outside a task: RuntimeError")
            except StopIteration:
                print("entered")

        async def main():
            asyncio.get_running_loop().call_soon(callback, asyncio.TaskGroup())
            await asyncio.sleep(0)
            await asyncio.sleep(0)

        asyncio.run(main())
        """
      Then the output is:
        """
        __aenter__ outside a task: RuntimeError
        """
      And the program completes normally

  @rule-structured.taskgroup.misuse.messages @detail
  Rule: CPython's RuntimeError messages for TaskGroup misuse name the group's repr and say "has not been entered", "has already been entered", "is shutting down" or "cannot determine the parent task".
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    Detail: message text: the RuntimeError's texts are asyncio's, with the group's repr
    The wording and the repr are CPython's; the documentation promises neither.

    @since-3.11
    Scenario: The messages of the misuse errors
      Given the program:
        """python
        import asyncio

        def callback(tg):
            coro = tg.__aenter__()
            try:
                coro.send(None)
            except RuntimeError as e:
                print(f"outside a task: {e}")

        async def fail():
            await asyncio.sleep(0.1)
            1 / 0

        async def sibling(tg):
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                coro = asyncio.sleep(0)
                try:
                    tg.create_task(coro)
                except RuntimeError as e:
                    print(f"shutting down: {e}")
                coro.close()
                raise

        async def main():
            tg = asyncio.TaskGroup()
            coro = asyncio.sleep(0)
            try:
                tg.create_task(coro)
            except RuntimeError as e:
                print(f"not entered: {e}")
            coro.close()
            async with tg:
                try:
                    async with tg:
                        pass
                except RuntimeError as e:
                    print(f"entered twice: {e}")
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(fail())
                    tg.create_task(sibling(tg))
            except* ZeroDivisionError:
                pass
            asyncio.get_running_loop().call_soon(callback, asyncio.TaskGroup())
            await asyncio.sleep(0)

        asyncio.run(main())
        """
      Then the output is:
        """
        not entered: TaskGroup <TaskGroup> has not been entered
        entered twice: TaskGroup <TaskGroup entered> has already been entered
        shutting down: TaskGroup <TaskGroup tasks=1 errors=1 cancelling> is shutting down
        outside a task: TaskGroup <TaskGroup> cannot determine the parent task
        """
      And the program completes normally

  @rule-structured.taskgroup.task-name @required
  Rule: TaskGroup.create_task() accepts name= like asyncio.create_task() and gives the task that name.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup.create_task
    The group's create_task has the signature of asyncio.create_task(): the
    name given becomes the task's name.

    @since-3.11
    Scenario: A child created with name="yolo"
      Given the program:
        """python
        import asyncio

        async def child():
            return asyncio.current_task().get_name()

        async def main():
            async with asyncio.TaskGroup() as tg:
                task = tg.create_task(child(), name="yolo")
                print(f"get_name(): {task.get_name()}")
            print(f"the child saw its name: {task.result()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        get_name(): yolo
        the child saw its name: yolo
        """
      And the program completes normally

  @rule-structured.taskgroup.cancelled-body-raises @required
  Rule: When the body, cancelled because a child failed, raises an error of its own instead of CancelledError, the group raises an ExceptionGroup of both errors and takes back its cancellation of the task: cancelling() is 0 in the handler.
    Link: https://docs.python.org/3/library/asyncio-task.html#task-groups
    Here the body's error comes from an asynchronous context manager whose
    __aexit__ raises while the group's cancellation unwinds the body. The group
    counts it as an error of the body, not as the end of its cancellation, and
    uncancels the task it cancelled.

    @since-3.11
    Scenario: An async context manager in the body raises in __aexit__ while the child's failure cancels it
      Given the program:
        """python
        import asyncio

        class CustomError(Exception):
            pass

        class Database:
            async def __aenter__(self):
                return self

            async def __aexit__(self, exc_type, exc, tb):
                print(f"__aexit__ sees {exc_type.__name__}")
                raise CustomError("from __aexit__")

        async def fail():
            raise CustomError("from the child")

        async def main():
            task = asyncio.current_task()
            try:
                async with asyncio.TaskGroup() as tg:
                    async with Database():
                        tg.create_task(fail())
                        await asyncio.sleep(5)
            except* CustomError as group:
                print(f"except*: {sorted([str(e) for e in group.exceptions])}")
                print(f"cancelling() in the handler: {task.cancelling()}")
            print(f"cancelling() after: {task.cancelling()}")
            await asyncio.sleep(0)
            print("the next await runs through")

        asyncio.run(main())
        """
      Then the output is:
        """
        __aexit__ sees CancelledError
        except*: ['from __aexit__', 'from the child']
        cancelling() in the handler: 0
        cancelling() after: 0
        the next await runs through
        """
      And the program completes normally
