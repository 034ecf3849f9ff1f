@tasks
Feature: Eager tasks run their first step inside create_task
  From Python 3.12, asyncio.eager_task_factory makes tasks that start eagerly:
  with it installed by loop.set_task_factory, create_task runs the coroutine's
  first step at once, synchronously, with the new task as the current task. A
  coroutine that finishes without suspending leaves its task done when
  create_task returns; it is never scheduled on the loop and never listed by
  all_tasks(). A coroutine that suspends goes on like any other task.
  asyncio.Task(coro, eager_start=True) does the same for one task.

  Eager tasks are optional: an implementation that does not declare the
  eager-task-factory capability finds these scenarios not applicable.

  @rule-task.eager-factory.first-step-in-create-task @optional @needs-eager-task-factory
  Rule: With asyncio.eager_task_factory (3.12+), create_task runs the first step at once with the new task current; a task done in it is never scheduled nor in all_tasks().
    Link: https://docs.python.org/3/library/asyncio-task.html#eager-task-factory
    The first step runs inside create_task with the new task as current task;
    afterwards the creator's task is current again. A task that finished in that
    step is done at once and is not in all_tasks(); callbacks queued before it
    still wait for the loop. A task that suspended continues on the loop.

    @since-3.12
    Scenario: Eager tasks finish or start inside create_task, ahead of queued callbacks
      Given the program:
        """python
        import asyncio

        async def quick():
            current = asyncio.current_task()
            print(f"quick: runs inside create_task; current task is a task other than main: {current is not None and current is not main_task}")
            return "quick result"

        async def slow():
            print("slow: first step runs inside create_task")
            await asyncio.sleep(0)
            print("slow: resumed by the loop")
            return "slow result"

        async def failing():
            raise ValueError("failed at once")

        async def main():
            global main_task
            main_task = asyncio.current_task()
            loop = asyncio.get_running_loop()
            loop.set_task_factory(asyncio.eager_task_factory)
            print(f"get_task_factory: {loop.get_task_factory() is asyncio.eager_task_factory}")
            loop.call_soon(print, "callback queued before the tasks")
            print("main: creating quick")
            q = asyncio.create_task(quick())
            print(f"main: quick done: {q.done()}, result: {q.result()}")
            print(f"main: current task is main again: {asyncio.current_task() is main_task}")
            print(f"main: quick among all_tasks: {q in asyncio.all_tasks()}")
            f = loop.create_task(failing())
            print(f"main: failing done: {f.done()}, exception: {f.exception()!r}")
            print("main: creating slow")
            s = asyncio.ensure_future(slow())
            print(f"main: slow done: {s.done()}, among all_tasks: {s in asyncio.all_tasks()}")
            print(await s)

        main_task = None
        asyncio.run(main())
        """
      Then the output is:
        """
        get_task_factory: True
        main: creating quick
        quick: runs inside create_task; current task is a task other than main: True
        main: quick done: True, result: quick result
        main: current task is main again: True
        main: quick among all_tasks: False
        main: failing done: True, exception: ValueError('failed at once')
        main: creating slow
        slow: first step runs inside create_task
        main: slow done: False, among all_tasks: True
        callback queued before the tasks
        slow: resumed by the loop
        slow result
        """
      And the program completes normally

  @rule-task.eager-start.needs-running-loop @optional @needs-eager-task-factory
  Rule: Task(coro, eager_start=True) (3.12+) starts eagerly only on a running loop; otherwise, as with eager_start=False, the first step is scheduled.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task
    asyncio.Task(coro, loop=loop, eager_start=True) runs the first step at once
    when the loop is running; eager_start=False, or a loop that is not running
    yet, schedules the first step as usual, also for tasks that the eager task
    factory makes.

    @since-3.12
    Scenario: eager_start runs the first step at once only while the loop runs
      Given the program:
        """python
        import asyncio

        async def job(label):
            print(f"{label}: first step")
            return label

        async def main():
            loop = asyncio.get_running_loop()
            print("main: creating an eager task")
            eager = asyncio.Task(job("eager"), loop=loop, eager_start=True)
            print(f"main: eager done: {eager.done()}")
            lazy = asyncio.Task(job("lazy"), loop=loop, eager_start=False)
            print(f"main: lazy done: {lazy.done()}")
            await lazy

        loop = asyncio.new_event_loop()
        loop.set_task_factory(asyncio.eager_task_factory)
        early = loop.create_task(job("created before the loop runs"))
        print(f"before running: done: {early.done()}")
        loop.run_until_complete(main())
        print(f"after running: done: {early.done()}")
        """
      Then the output is:
        """
        before running: done: False
        created before the loop runs: first step
        main: creating an eager task
        eager: first step
        main: eager done: True
        main: lazy done: False
        lazy: first step
        after running: done: True
        """
      And the program completes normally
