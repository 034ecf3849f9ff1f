@tasks
Feature: A task's done callbacks and the tasks that await it are woken in one order
  A task is a future: add_done_callback registers a function that is called with
  the task once it is done. A task that awaits another task registers its own
  wake-up the same way, so plain callbacks and awaiters share one list and run
  in the order they were registered, whether the task ends with a result or
  cancelled.

  @rule-task.callbacks.registration-order @required
  Rule: When a task finishes, its done callbacks and the wake-ups of the tasks awaiting it are scheduled in registration order, each callback called with the task; a callback added after it finished is scheduled, not called inline.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.add_done_callback
    "Add a callback to be run when the Task is done." A waiter that started
    awaiting before a callback was added resumes before that callback runs.

    Scenario: Callbacks and an awaiting task run in the order they registered
      Given the program:
        """python
        import asyncio

        async def child():
            await asyncio.sleep(0)
            return "value"

        async def waiter(task):
            result = await task
            print(f"waiter resumed with {result!r}")

        async def main():
            task = asyncio.ensure_future(child())
            task.add_done_callback(lambda t: print(f"callback 1 got the task: {t is task}, result {t.result()!r}"))
            w = asyncio.ensure_future(waiter(task))
            await asyncio.sleep(0)
            task.add_done_callback(lambda t: print("callback 2"))
            await w
            task.add_done_callback(lambda t: print("callback 3, added after the end"))
            print("main: callback 3 added")
            await asyncio.sleep(0)
            print("main: end")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        callback 1 got the task: True, result 'value'
        waiter resumed with 'value'
        callback 2
        main: callback 3 added
        callback 3, added after the end
        main: end
        """
      And the program completes normally

    Scenario: A callback of a cancelled task runs before the awaiter that registered later
      Given the program:
        """python
        import asyncio

        async def child():
            await asyncio.sleep(10)

        async def main():
            task = asyncio.ensure_future(child())
            task.add_done_callback(lambda t: print(f"callback: cancelled={t.cancelled()}"))
            await asyncio.sleep(0)
            task.cancel()
            print("main: cancel() returned")
            try:
                await task
            except asyncio.CancelledError:
                print("main: the task ended cancelled")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: cancel() returned
        callback: cancelled=True
        main: the task ended cancelled
        """
      And the program completes normally

  @rule-task.callbacks.remove @required
  Rule: Task.remove_done_callback removes every registration of the callback and returns how many it removed; the other callbacks still run.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.remove_done_callback
    "Remove callback from the callbacks list." A task keeps its callbacks in the
    same list as a future does.

    Scenario: A callback registered twice is removed twice, once
      Given the program:
        """python
        import asyncio

        def first(task):
            print("first")

        def second(task):
            print("second")

        async def child():
            await asyncio.sleep(0)
            return 1

        async def main():
            task = asyncio.ensure_future(child())
            task.add_done_callback(first)
            task.add_done_callback(second)
            task.add_done_callback(first)
            print(f"removed: {task.remove_done_callback(first)}")
            print(f"removed again: {task.remove_done_callback(first)}")
            await task
            await asyncio.sleep(0)
            print("end")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        removed: 2
        removed again: 0
        second
        end
        """
      And the program completes normally
