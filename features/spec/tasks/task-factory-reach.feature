@tasks
Feature: gather and TaskGroup make their tasks through the loop's task factory
  A task factory installed with loop.set_task_factory is not only used by
  create_task: every task asyncio makes on the loop goes through it, the task
  run_until_complete makes for its coroutine, the tasks gather makes for the
  coroutines it is given, and the tasks TaskGroup.create_task makes. Awaiting a
  coroutine makes no task at all.

  @rule-loop.task-factory.used-by-gather-and-task-group @required
  Rule: run_until_complete, gather (for each coroutine argument) and TaskGroup.create_task (3.11+) make their tasks through the loop's task factory; awaiting a coroutine makes none.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_task_factory
    "If factory is a callable, it should have a signature matching (loop, coro,
    **kwargs), where loop is a reference to the active event loop, and coro is a
    coroutine object. The callable must pass on all kwargs, and return a
    asyncio.Task-compatible object." The counting factories below pass the
    keyword arguments on to asyncio.Task.

    Scenario: A chain of awaits makes one task, nested gathers one per coroutine
      Given the program:
        """python
        import asyncio

        calls = []

        def counting_factory(loop, coro, **kwargs):
            calls.append(1)
            return asyncio.Task(coro, loop=loop, **kwargs)

        async def leaf():
            await asyncio.sleep(0)
            return 1

        async def gathers(depth):
            if depth == 0:
                return await leaf()
            results = await asyncio.gather(*[gathers(depth - 1) for i in range(3)])
            return sum(results)

        async def chain(depth):
            if depth == 0:
                return await leaf()
            return await chain(depth - 1)

        for kind, program in [("a chain of 5 awaits", chain(5)), ("gathers 3 wide and 2 deep", gathers(2))]:
            loop = asyncio.new_event_loop()
            loop.set_task_factory(counting_factory)
            calls.clear()
            leaves = loop.run_until_complete(program)
            print(f"{kind}: {leaves} leaves, the factory made {len(calls)} tasks")
            loop.close()
        """
      Then the output is:
        """
        a chain of 5 awaits: 1 leaves, the factory made 1 tasks
        gathers 3 wide and 2 deep: 9 leaves, the factory made 13 tasks
        """
      And the program completes normally

    @since-3.11
    Scenario: Nested task groups make every child through the factory
      Given the program:
        """python
        import asyncio

        calls = []

        def counting_factory(loop, coro, **kwargs):
            calls.append(1)
            return asyncio.Task(coro, loop=loop, **kwargs)

        async def groups(depth):
            if depth == 0:
                await asyncio.sleep(0)
                return
            async with asyncio.TaskGroup() as group:
                for i in range(3):
                    group.create_task(groups(depth - 1))

        loop = asyncio.new_event_loop()
        loop.set_task_factory(counting_factory)
        loop.run_until_complete(groups(2))
        print(f"task groups 3 wide and 2 deep: the factory made {len(calls)} tasks")
        loop.close()
        """
      Then the output is:
        """
        task groups 3 wide and 2 deep: the factory made 13 tasks
        """
      And the program completes normally
