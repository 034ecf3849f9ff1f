@tasks
Feature: The tasks of a loop that is not running
  asyncio.all_tasks(loop) and asyncio.current_task(loop) take the loop to look
  at. Tasks made with loop.create_task before the loop runs are already its
  pending tasks; no task is current while the loop is not running.

  @rule-task.introspection.tasks-of-a-loop @required
  Rule: all_tasks(loop) (3.7+) lists the pending tasks of a loop that is not running, including tasks not yet started, and drops each once it is done; current_task(loop) is None while that loop is not running.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.all_tasks
    "Return a set of not yet finished Task objects run by the loop. If loop is
    None, get_running_loop() is used for getting current loop."

    @since-3.7
    Scenario: Between runs, the loop's unfinished tasks are listed
      Given the program:
        """python
        import asyncio

        async def job(steps):
            for i in range(steps):
                await asyncio.sleep(0)

        loop = asyncio.new_event_loop()
        short = loop.create_task(job(1))
        long = loop.create_task(job(5))
        pending = asyncio.all_tasks(loop)
        print(f"before the loop runs: {len(pending)} tasks, both listed {short in pending and long in pending}")
        print(f"current_task(loop) while it is not running: {asyncio.current_task(loop)}")
        loop.run_until_complete(short)
        print(f"after short ended: long listed {long in asyncio.all_tasks(loop)}, short listed {short in asyncio.all_tasks(loop)}")
        loop.run_until_complete(long)
        print(f"after both: {len(asyncio.all_tasks(loop))} tasks")
        loop.close()
        """
      Then the output is:
        """
        before the loop runs: 2 tasks, both listed True
        current_task(loop) while it is not running: None
        after short ended: long listed True, short listed False
        after both: 0 tasks
        """
      And the program completes normally
