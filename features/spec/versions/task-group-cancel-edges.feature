@structured
Feature: TaskGroup.cancel() (3.15) repeated, from a child, and beside failures
  The edges of TaskGroup.cancel() that CPython 3.15's tests check beyond the
  plain cases (task-group.cancel.whole-group): calling it twice, creating a
  task after it, calling it from a child to end a race, and calling it before
  or after a child or the body fails. TaskGroup in 3.11 to 3.14 has no cancel
  method, so every scenario here is for 3.15 on.

  @rule-task-group.cancel.once-and-closed @required
  Rule: From 3.15 a second TaskGroup.cancel() adds nothing (the body is cancelled once, and the task is not left cancelling), and after cancel() the group refuses create_task() with RuntimeError, as a group shutting down does.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup.cancel
    cancel() starts the group's abort: the body is cancelled at its next
    await, and create_task() then finds the group shutting down
    (structured.taskgroup.shutting-down).

    @since-3.15
    Scenario: cancel() twice, then create_task() after cancel()
      Given the program:
        """python
        import asyncio

        async def main():
            steps = []
            async with asyncio.TaskGroup() as tg:
                tg.cancel()
                tg.cancel()
                steps.append("before the first await")
                await asyncio.sleep(0)
                steps.append("never reached")
            print(f"steps: {steps}")
            print(f"cancelling after the group: {asyncio.current_task().cancelling()}")
            await asyncio.sleep(0)
            print("the next await is not cancelled")

            async with asyncio.TaskGroup() as tg:
                tg.cancel()
                coro = asyncio.sleep(1)
                try:
                    tg.create_task(coro)
                except RuntimeError:
                    print("create_task after cancel(): RuntimeError")
                coro.close()

        asyncio.run(main())
        """
      Then the output is:
        """
        steps: ['before the first await']
        cancelling after the group: 0
        the next await is not cancelled
        create_task after cancel(): RuntimeError
        """
      And the program completes normally

  @rule-task-group.cancel.from-a-child @required
  Rule: From 3.15 a child task may cancel its own group: the first child to finish can end a race, its siblings are cancelled at their awaits, and the group exits without error.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup.cancel

    @since-3.15
    Scenario: Three racers; the first to finish cancels the group
      Given the program:
        """python
        import asyncio

        async def race(*fns):
            outcome = None

            async def run(fn):
                nonlocal outcome
                outcome = await fn()
                tg.cancel()

            async with asyncio.TaskGroup() as tg:
                for fn in fns:
                    tg.create_task(run(fn))
            return outcome

        async def main():
            record = []
            event = asyncio.Event()

            async def first():
                record.append("first started")
                await event.wait()
                record.append("first finished")
                return "first"

            async def second():
                record.append("second started")
                await event.wait()
                record.append("second finished")
                return "second"

            async def third():
                record.append("third started")
                event.set()
                await asyncio.sleep(10)
                record.append("third finished")
                return "third"

            print(f"winner: {await race(first, second, third)}")
            print(record)

        asyncio.run(main())
        """
      Then the output is:
        """
        winner: first
        ['first started', 'second started', 'third started', 'first finished']
        """
      And the program completes normally

    # Lazy tasks: the child runs after the body, already one of the group's tasks, so cancel() cancels it too
    # (at its first await) and the sibling before its first step. With the eager task factory the child would
    # run inside create_task, before it joins the group: cancelling it as well is gh-155418, a 3.15 patch after
    # the oracle 3.15.0rc1, which leaves that child running.
    @since-3.15
    Scenario: A child that cancels its group before its first await is cancelled at that await
      Given the program:
        """python
        import asyncio

        async def child(tg, name):
            print(f"{name}: cancels the group before its first await")
            tg.cancel()
            try:
                await asyncio.sleep(10)
                print(f"{name}: sleep ended")
            except asyncio.CancelledError:
                print(f"{name}: cancelled at its first await")
                raise

        async def sibling():
            print("sibling: started")
            await asyncio.sleep(10)
            print("sibling: sleep ended")

        async def main():
            async with asyncio.TaskGroup() as tg:
                task = tg.create_task(child(tg, "child"))
                other = tg.create_task(sibling())
                print("body: ends")
            print(f"after the group: child cancelled: {task.cancelled()}, sibling cancelled: {other.cancelled()}")
            print(f"cancelling(): {asyncio.current_task().cancelling()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        body: ends
        child: cancels the group before its first await
        child: cancelled at its first await
        after the group: child cancelled: True, sibling cancelled: True
        cancelling(): 0
        """
      And the program completes normally

  @rule-task-group.cancel.failure-wins @required
  Rule: From 3.15 TaskGroup.cancel() does not hide a failure: called before or after a child fails, or before or after the body raises, the group still raises the ExceptionGroup of the errors.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup.cancel

    @since-3.15
    Scenario: cancel() beside a failing child and beside a failing body
      Given the program:
        """python
        import asyncio

        async def cancel_then_fail(tg):
            tg.cancel()
            raise ValueError("after cancel()")

        async def fail_then_cancel(tg):
            try:
                raise KeyError("before cancel()")
            finally:
                tg.cancel()

        async def main():
            for child in (cancel_then_fail, fail_then_cancel):
                try:
                    async with asyncio.TaskGroup() as tg:
                        tg.create_task(child(tg))
                        await asyncio.sleep(1)
                except ExceptionGroup as eg:
                    print(f"{child.__name__}: {type(eg).__name__} of {[type(e).__name__ for e in eg.exceptions]}")
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.cancel()
                    raise ValueError("the body")
            except ExceptionGroup as eg:
                print(f"body raises after cancel(): {[type(e).__name__ for e in eg.exceptions]}")
            try:
                async with asyncio.TaskGroup() as tg:
                    try:
                        raise KeyError("the body")
                    finally:
                        tg.cancel()
            except ExceptionGroup as eg:
                print(f"body raises, cancel() in its finally: {[type(e).__name__ for e in eg.exceptions]}")
            print(f"cancelling at the end: {asyncio.current_task().cancelling()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        cancel_then_fail: ExceptionGroup of ['ValueError']
        fail_then_cancel: ExceptionGroup of ['KeyError']
        body raises after cancel(): ['ValueError']
        body raises, cancel() in its finally: ['KeyError']
        cancelling at the end: 0
        """
      And the program completes normally
