@structured
Feature: From 3.15 a TaskGroup can be cancelled as a whole
  Python 3.15 added TaskGroup.cancel(): it cancels the group's tasks that are
  not done and the body of the async with block, and the group then exits
  without raising CancelledError, as if the body had finished. Called before
  the group is entered, it cancels the group as soon as it is entered; called
  after the group has exited, it does nothing. TaskGroup in 3.11 to 3.14 has
  no cancel method (AttributeError).

  @rule-task-group.cancel.whole-group @required
  Rule: From 3.15 TaskGroup.cancel() cancels the unfinished tasks and the body, and the group exits without CancelledError; before entry it takes effect on entry, after exit it does nothing.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup.cancel
    The body is cancelled at its next await (cancel() itself returns); the
    group's own cancellation request is withdrawn when it exits, so the task
    running the body is not left cancelling (taskgroups.py of 3.15).

    @since-3.15
    Scenario: cancel() inside the body ends the tasks and the body; the code after the group runs
      Given the program:
        """python
        import asyncio

        async def forever(name):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print(f"{name} cancelled")
                raise

        async def main():
            async with asyncio.TaskGroup() as tg:
                tg.create_task(forever("child"))
                await asyncio.sleep(0)
                tg.cancel()
                print("cancel() returned; the body goes on to its next await")
                await asyncio.sleep(1)
                print("never printed")
            print(f"after the group, no CancelledError; cancelling={asyncio.current_task().cancelling()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        cancel() returned; the body goes on to its next await
        child cancelled
        after the group, no CancelledError; cancelling=0
        """
      And the program completes normally

    @since-3.15
    Scenario: cancel() before entering cancels the group on entry; after the exit it does nothing
      Given the program:
        """python
        import asyncio

        async def main():
            group = asyncio.TaskGroup()
            group.cancel()
            print("cancelled before entering")
            async with group as tg:
                print("body starts")
                await asyncio.sleep(0)
                print("never printed")
            print("after the group")
            group.cancel()
            print("cancel() after the exit does nothing")

        asyncio.run(main())
        """
      Then the output is:
        """
        cancelled before entering
        body starts
        after the group
        cancel() after the exit does nothing
        """
      And the program completes normally
