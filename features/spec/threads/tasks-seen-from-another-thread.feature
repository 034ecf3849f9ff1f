@threads
Feature: all_tasks(loop) asked from another thread lists the loop's tasks, eager ones included
  asyncio.all_tasks(loop) names its loop, so a thread other than the loop's
  can ask for that loop's tasks (tasks.py copies its registry before filtering
  because "it can be updated from another thread"). It answers as on the
  loop's own thread: every task of the loop that is not done, a task that an
  eager task factory started and that is now suspended among them. From 3.14
  CPython keeps the tasks in per-thread lists; the free-threaded build once
  dropped the eager ones when asked from another thread (gh-152020, tested by
  test_free_threading's test_all_tasks_from_other_thread_includes_eager_tasks).

  The program asks while the loop waits for the asking thread, so that nothing
  changes the loop's tasks meanwhile.

  @rule-threads.all-tasks.from-another-thread @optional @needs-threads @needs-eager-task-factory
  Rule: asyncio.all_tasks(loop) called from a thread other than the loop's returns the loop's tasks that are not done, an eagerly started task that is suspended as well as lazily created ones.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.all_tasks
    all_tasks(loop) returns the not yet finished tasks run by the loop; which
    thread asks does not change the answer.

    # asyncio.eager_task_factory is new in 3.12.
    @since-3.12
    Scenario: A worker thread sees the eager task, the lazy task and the main task of the loop
      Given the program:
        """python
        import asyncio
        import threading

        async def wait_for(gate, label):
            print(f"{label}: first step")
            await gate
            return label

        def worker(loop, tasks, done):
            listed = asyncio.all_tasks(loop)
            for task in tasks:
                print(f"worker: {task.get_name()} listed by all_tasks(loop): {task in listed}")
            print(f"worker: all_tasks(loop) holds {len(listed)} tasks")
            loop.call_soon_threadsafe(done.set_result, None)

        async def main():
            loop = asyncio.get_running_loop()
            asyncio.current_task().set_name("main")
            gate = loop.create_future()
            loop.set_task_factory(asyncio.eager_task_factory)
            eager = loop.create_task(wait_for(gate, "eager"), name="eager")
            loop.set_task_factory(None)
            lazy = loop.create_task(wait_for(gate, "lazy"), name="lazy")
            await asyncio.sleep(0)
            done = loop.create_future()
            thread = threading.Thread(target=worker, args=(loop, [eager, lazy, asyncio.current_task()], done))
            thread.start()
            await done
            thread.join()
            gate.set_result(None)
            print(f"main: {await asyncio.gather(eager, lazy)}")
            print(f"main: all_tasks() now holds {len(asyncio.all_tasks())} task")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        eager: first step
        lazy: first step
        worker: eager listed by all_tasks(loop): True
        worker: lazy listed by all_tasks(loop): True
        worker: main listed by all_tasks(loop): True
        worker: all_tasks(loop) holds 3 tasks
        main: ['eager', 'lazy']
        main: all_tasks() now holds 1 task
        """
      And the program completes normally
