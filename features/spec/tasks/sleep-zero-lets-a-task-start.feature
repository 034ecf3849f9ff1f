@tasks
Feature: await asyncio.sleep(0) lets a new task take its first step
  `await asyncio.sleep(0)` suspends the current task for exactly one pass of the
  event loop: every task that was ready before it runs one step (up to its next
  suspending await), and then the sleeper resumes. It is the usual way to give a
  task that was just created the chance to start.

  Once a task has started and is suspended in an await, cancel() no longer
  discards it silently: the CancelledError is thrown into the coroutine at that
  await on the task's next step, so its except and finally blocks run and the
  coroutine decides how the task ends.

  @rule-task.sleep-zero.one-step @required
  Rule: sleep(0) suspends the caller for exactly one loop iteration, letting every ready task run one step.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.sleep
    With a delay of 0 the caller yields to the loop without a timer; each other
    ready task runs until its next await, then the caller continues.

    Scenario: One sleep(0) runs a new task up to its first await, not further
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: step 1")
            await asyncio.sleep(0)
            print("child: step 2")
            await asyncio.sleep(0)
            print("child: step 3")

        async def main():
            task = asyncio.ensure_future(child())
            print("main: created the task")
            await asyncio.sleep(0)
            print("main: after one sleep(0)")
            await asyncio.sleep(0)
            print("main: after two sleep(0)")
            await task
            print("main: task finished")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: created the task
        child: step 1
        main: after one sleep(0)
        child: step 2
        main: after two sleep(0)
        child: step 3
        main: task finished
        """
      And the program completes normally

    Scenario: Two tasks that sleep(0) in a loop take turns step by step
      Given the program:
        """python
        import asyncio

        async def player(name, turns):
            for i in range(turns):
                print(f"{name} {i}")
                await asyncio.sleep(0)
            print(f"{name} finished")

        async def main():
            ping = asyncio.ensure_future(player("ping", 3))
            pong = asyncio.ensure_future(player("pong", 3))
            await ping
            await pong

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        ping 0
        pong 0
        ping 1
        pong 1
        ping 2
        pong 2
        ping finished
        pong finished
        """
      And the program completes normally

    Scenario: A coroutine without suspending awaits completes in the single step that sleep(0) grants
      Given the program:
        """python
        import asyncio

        async def quick():
            print("quick: runs to completion")
            return "quick result"

        async def main():
            task = asyncio.ensure_future(quick())
            await asyncio.sleep(0)
            print(f"done={task.done()} result={task.result()!r}")
            print(f"cancel() returned {task.cancel()}")
            print(f"cancelled={task.cancelled()} result={task.result()!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        quick: runs to completion
        done=True result='quick result'
        cancel() returned False
        cancelled=False result='quick result'
        """
      And the program completes normally

  @rule-task.cancel.after-start @required
  Rule: A started task that is cancelled receives CancelledError at the await where it is suspended, on its next step.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    cancel() arranges for CancelledError to be thrown into the suspended coroutine on
    the next cycle of the loop; the coroutine can clean up, re-raise or suppress it.

    # The StackOverflow program with the suggested fix: one sleep(0) before cancel().
    # It sets its own loop and makes its queue inside the coroutine, which 3.14 needs.
    Scenario: After one sleep(0) the getter blocked on an empty queue sees the CancelledError
      Given the program:
        """python
        import asyncio

        async def getter(queue):
            try:
                item = await queue.get()
                print(f"getter got {item}")
            except asyncio.CancelledError:
                print("getter cancelled")

        async def test():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(getter(queue))
            await asyncio.sleep(0)
            task.cancel()
            await task

        def main():
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            loop.run_until_complete(test())

        main()
        """
      Then the output is:
        """
        getter cancelled
        """
      And the program completes normally

    Scenario: The CancelledError arrives on the task's next step, after cancel() has returned
      Given the program:
        """python
        import asyncio

        async def getter(queue):
            print("getter: waiting for an item")
            try:
                item = await queue.get()
                print(f"getter: got {item}")
            except asyncio.CancelledError:
                print("getter: cancelled while waiting")
            return "gave up"

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(getter(queue))
            await asyncio.sleep(0)
            print(f"main: cancel() returned {task.cancel()}")
            print(f"main: done={task.done()}")
            value = await task
            print(f"main: task returned {value!r}, cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        getter: waiting for an item
        main: cancel() returned True
        main: done=False
        getter: cancelled while waiting
        main: task returned 'gave up', cancelled=False
        """
      And the program completes normally

    Scenario: A getter that re-raises ends cancelled and its awaiter gets CancelledError
      Given the program:
        """python
        import asyncio

        async def getter(queue):
            try:
                await queue.get()
            except asyncio.CancelledError:
                print("getter: cleaning up")
                raise
            finally:
                print("getter: finally")

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(getter(queue))
            await asyncio.sleep(0)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError as e:
                print(f"main: caught {type(e).__name__}")
            print(f"main: cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        getter: cleaning up
        getter: finally
        main: caught CancelledError
        main: cancelled=True
        """
      And the program completes normally

    Scenario: A task that needs two steps to reach its try block is still cancelled outside it
      Given the program:
        """python
        import asyncio

        async def child(queue):
            print("child: step 1")
            await asyncio.sleep(0)
            print("child: step 2")
            try:
                await queue.get()
            except asyncio.CancelledError:
                print("child: except CancelledError")

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(child(queue))
            await asyncio.sleep(0)
            task.cancel()
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
        child: step 1
        main: the task ended cancelled
        """
      And the program completes normally

    Scenario: Two sleep(0) calls let the same task reach its try block
      Given the program:
        """python
        import asyncio

        async def child(queue):
            print("child: step 1")
            await asyncio.sleep(0)
            print("child: step 2")
            try:
                await queue.get()
            except asyncio.CancelledError:
                print("child: except CancelledError")

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(child(queue))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            task.cancel()
            await task
            print(f"main: the task ended with cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        child: step 1
        child: step 2
        child: except CancelledError
        main: the task ended with cancelled=False
        """
      And the program completes normally

    Scenario Outline: A task made by <spawn> that got one step sees the cancellation
      Given the program:
        """python
        import asyncio

        async def child(queue):
            print("child: first line")
            try:
                await queue.get()
            except asyncio.CancelledError:
                print("child: except CancelledError")
                raise

        async def main():
            queue = asyncio.Queue()
            task = <spawn>(child(queue))
            await asyncio.sleep(0)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print(f"main: cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        child: first line
        child: except CancelledError
        main: cancelled=True
        """
      And the program completes normally

      Examples: available on every version
        | spawn                 |
        | asyncio.ensure_future |
        | loop.create_task      |

      @since-3.7
      Examples: new in Python 3.7
        | spawn               |
        | asyncio.create_task |
