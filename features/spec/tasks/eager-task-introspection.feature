@tasks
Feature: What an eager task looks like from the outside
  An eager task (asyncio.eager_task_factory, 3.12+) runs its first step inside
  create_task. Introspection follows: during that step the task is the current
  task and is listed by all_tasks(); if the step finishes the coroutine, the task
  is done when create_task returns and behaves as any finished task from then on,
  and from 3.13 it drops its coroutine. Eager tasks are optional: an
  implementation that does not declare the eager-task-factory capability finds
  these scenarios not applicable.

  @rule-task.eager-factory.all-tasks @optional @needs-eager-task-factory
  Rule: An eager task is listed by all_tasks() during its eager first step and while it is suspended afterwards, and not once it is done, whether it finished eagerly or on the loop.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.all_tasks
    all_tasks() returns the tasks of the loop that are not done yet; a task
    running its eager step counts among them.

    @since-3.12
    Scenario: all_tasks() during and after the eager step
      Given the program:
        """python
        import asyncio

        seen = []

        async def quick():
            seen.append(asyncio.current_task() in asyncio.all_tasks())
            return "quick"

        async def blocking(gate):
            seen.append(asyncio.current_task() in asyncio.all_tasks())
            await gate
            return "blocking"

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(asyncio.eager_task_factory)
            q = asyncio.create_task(quick())
            print(f"quick: listed during its eager step {seen[0]}, once done {q in asyncio.all_tasks()}")
            gate = loop.create_future()
            b = asyncio.create_task(blocking(gate))
            print(f"blocking: listed during its eager step {seen[1]}, while suspended {b in asyncio.all_tasks()}")
            gate.set_result(None)
            await b
            print(f"blocking: listed once done {b in asyncio.all_tasks()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        quick: listed during its eager step True, once done False
        blocking: listed during its eager step True, while suspended True
        blocking: listed once done False
        """
      And the program completes normally

  @rule-task.eager-factory.finished-like-any-task @optional @needs-eager-task-factory
  Rule: A task that finished in its eager step behaves as any finished task: awaiting it returns its result without yielding, and a done callback added afterwards is scheduled, not called inline.
    Link: https://docs.python.org/3/library/asyncio-task.html#eager-task-factory
    Nothing distinguishes the eagerly finished task from one that finished on
    the loop: its callbacks go through call_soon like every future's.

    @since-3.12
    Scenario: Awaiting and a done callback on an eagerly finished task
      Given the program:
        """python
        import asyncio

        async def quick():
            return "quick"

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(asyncio.eager_task_factory)
            q = asyncio.create_task(quick())
            q.add_done_callback(lambda t: print(f"callback: {t.result()}"))
            print("main: callback added to the eagerly finished task")
            value = await q
            print(f"main: await gives {value!r}")
            print("main: still before the callback")
            await asyncio.sleep(0)
            print("main: after sleep(0)")

        asyncio.run(main())
        """
      Then the output is:
        """
        main: callback added to the eagerly finished task
        main: await gives 'quick'
        main: still before the callback
        callback: quick
        main: after sleep(0)
        """
      And the program completes normally

  @rule-task.eager-factory.get-coro-cleared @optional @needs-eager-task-factory
  Rule: From 3.13 get_coro() of a task that finished in its eager step returns None; a task that suspended keeps its coroutine, also after finishing on the loop.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.get_coro
    "This will return None for Tasks which have already completed eagerly."

    # 3.12.1 crashes (segfault) on get_coro() of an eagerly finished task, so the
    # scenario starts at 3.13.
    @since-3.13
    Scenario: get_coro() after an eager completion and after a suspension
      Given the program:
        """python
        import asyncio

        async def quick():
            return "quick"

        async def blocking(gate):
            await gate
            return "blocking"

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(asyncio.eager_task_factory)
            q = asyncio.create_task(quick())
            gate = loop.create_future()
            b = asyncio.create_task(blocking(gate))
            print(f"get_coro() of the task that finished eagerly: {q.get_coro()}")
            print(f"get_coro() of the task that suspended: {type(b.get_coro()).__name__}")
            gate.set_result(None)
            await b
            print(f"get_coro() after it finished on the loop: {type(b.get_coro()).__name__}")

        asyncio.run(main())
        """
      Then the output is:
        """
        get_coro() of the task that finished eagerly: None
        get_coro() of the task that suspended: coroutine
        get_coro() after it finished on the loop: coroutine
        """
      And the program completes normally
