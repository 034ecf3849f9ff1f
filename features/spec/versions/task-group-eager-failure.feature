@structured
Feature: From 3.14 a TaskGroup member that fails eagerly inside create_task cancels the task that created it
  Under the eager task factory, TaskGroup.create_task() runs the new task's first
  step at once. A member that fails in that first step is done before
  create_task() returns. When another member created it, that creator is itself
  still inside its own eager first step, not yet counted among the group's tasks.
  Up to 3.13.0 the group handled the failure at once (taskgroups.py create_task
  called _on_task_done for a task already done), so its abort missed the creator,
  which ran on to its end. From 3.14 (taskgroups.py create_task, gh-128550, also
  in 3.13.2 and later 3.13 patch releases) the group always schedules the done
  callback: by the time it runs, the creator has joined the group and is
  cancelled at its first await like every other member. CPython's
  test_cancels_task_if_created_during_creation, which runs the same program with
  lazy tasks too (there the creator is cancelled one await later, the group's
  ordinary abort).

  @rule-structured.taskgroup.eager-failure-cancels-creator @optional @needs-eager-task-factory
  Rule: From 3.14, when a TaskGroup member running eagerly creates another member that fails eagerly inside create_task, the creator is cancelled at its first await and the group raises the failure; up to 3.13.0 the creator was not cancelled.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup
    The documentation of TaskGroup: the first task that fails with an exception
    other than CancelledError cancels the remaining tasks in the group. CPython
    3.12.1 and 3.13.0 (this project's oracles) miss the creator (both of its
    sleep(0) calls return and it ends normally), so the scenario starts at 3.14.
    Lazy tasks show the ordinary order: the failing member runs after its
    creator's first sleep(0), and the creator is cancelled at its second.

    @since-3.14
    Scenario: A member that fails inside create_task cancels the eager member that created it
      Given the program:
        """python
        import asyncio

        class MyError(Exception):
            pass

        async def run_group(label):
            tasks = {}
            try:
                async with asyncio.TaskGroup() as tg:
                    async def failing():
                        raise MyError("failing member")

                    async def creator():
                        tasks["failing"] = tg.create_task(failing())
                        print(f"{label}: failing member done when create_task returned: {tasks['failing'].done()}")
                        try:
                            await asyncio.sleep(0)
                            print(f"{label}: creator's first sleep(0) returned")
                            await asyncio.sleep(0)
                            print(f"{label}: creator's second sleep(0) returned")
                        except asyncio.CancelledError:
                            print(f"{label}: creator cancelled")
                            raise

                    tasks["creator"] = tg.create_task(creator())
                    print(f"{label}: body ends")
            except* MyError as group:
                print(f"{label}: the group raised {[type(e).__name__ for e in group.exceptions]}")
            print(f"{label}: creator cancelled: {tasks['creator'].cancelled()}")

        async def main():
            await run_group("lazy")
            asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
            await run_group("eager")

        asyncio.run(main())
        """
      Then the output is:
        """
        lazy: body ends
        lazy: failing member done when create_task returned: False
        lazy: creator's first sleep(0) returned
        lazy: creator cancelled
        lazy: the group raised ['MyError']
        lazy: creator cancelled: True
        eager: failing member done when create_task returned: True
        eager: body ends
        eager: creator cancelled
        eager: the group raised ['MyError']
        eager: creator cancelled: True
        """
      And the program completes normally
