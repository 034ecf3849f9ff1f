@tasks
Feature: A new task does not start until its creator yields
  Wrapping a coroutine in a task (asyncio.ensure_future, loop.create_task or
  asyncio.create_task) only schedules the task's first step on the event loop,
  the way loop.call_soon schedules a callback. Nothing of the coroutine runs
  inside the creating call: the creator keeps running until it awaits something
  that suspends it, and only then does the loop get a chance to start the task.

  A consequence that surprises many: a task that is cancelled before the loop
  got around to its first step never runs any of its body. Its try/except and
  try/finally blocks are never entered, so an `except CancelledError` in the
  coroutine cannot observe such a cancellation; the task simply ends cancelled.

  @rule-task.creation.deferred-start @required
  Rule: Creating a task schedules its first step; the creator runs on until it yields to the loop.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task
    Creating a task returns at once without executing any code of the coroutine.
    The task's first step runs only after the creator yields control to the loop.

    Scenario: The creator keeps running until it awaits
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: first line")

        async def main():
            task = asyncio.ensure_future(child())
            print("main: task created")
            print("main: still running")
            await task
            print("main: task awaited")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: task created
        main: still running
        child: first line
        main: task awaited
        """
      And the program completes normally

    Scenario: A freshly created task is not done, even if its coroutine would finish at once
      Given the program:
        """python
        import asyncio

        async def answer():
            print("answer: computing")
            return 42

        async def main():
            task = asyncio.ensure_future(answer())
            print(f"done before awaiting: {task.done()}")
            value = await task
            print(f"done after awaiting: {task.done()}")
            print(f"value: {value}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done before awaiting: False
        answer: computing
        done after awaiting: True
        value: 42
        """
      And the program completes normally

  @rule-task.creation.start-order @required
  Rule: Tasks start in the order in which they were created, as their first steps are scheduled with call_soon.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon
    Each new task's first step is appended to the loop's queue of ready callbacks,
    which runs first in, first out, whichever function created the task.

    Scenario: Three tasks created in a loop start in creation order
      Given the program:
        """python
        import asyncio

        async def worker(name):
            print(f"{name} starts")

        async def main():
            for name in ["first", "second", "third"]:
                asyncio.ensure_future(worker(name))
                print(f"created {name}")
            await asyncio.sleep(0)
            print("main: after one sleep(0)")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        created first
        created second
        created third
        first starts
        second starts
        third starts
        main: after one sleep(0)
        """
      And the program completes normally

    Scenario: Creation order wins over await order and over the creating function
      Given the program:
        """python
        import asyncio

        async def worker(name):
            print(f"{name} starts")
            return name

        async def main():
            loop = asyncio.get_event_loop()
            a = loop.create_task(worker("a"))
            b = asyncio.ensure_future(worker("b"))
            c = loop.create_task(worker("c"))
            print(await c)
            print(await b)
            print(await a)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        a starts
        b starts
        c starts
        c
        b
        a
        """
      And the program completes normally

  @rule-task.cancel.before-start @required
  Rule: A task cancelled before its first step never runs its body: no except, no finally; it ends cancelled.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    cancel() on a task that has not started yet makes its pending first step throw
    CancelledError into the unstarted coroutine, which ends it without executing
    a single line: no print at its top, no except block, no finally block. The task
    ends cancelled and whoever awaits it gets CancelledError.

    # The program from the StackOverflow question: the getter never starts, so its
    # except block cannot run, and the CancelledError escapes run_until_complete.
    # It sets its own loop and makes the queue inside the coroutine: from 3.14
    # get_event_loop() with no current loop raises RuntimeError, and before 3.10 a
    # queue made at module level binds the current loop.
    # (On 3.6/3.7 the escaping class is concurrent.futures.CancelledError.)
    Scenario: A getter cancelled right after ensure_future never reaches its except block
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
            task.cancel()
            await task

        def main():
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            loop.run_until_complete(test())

        main()
        """
      Then the output is empty
      And the program raises CancelledError

    Scenario: Not even the first line, the except block or the finally block runs
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: first line")
            try:
                await asyncio.sleep(0)
                print("child: after sleep")
            except asyncio.CancelledError:
                print("child: except CancelledError")
                raise
            finally:
                print("child: finally")

        async def main():
            task = asyncio.ensure_future(child())
            task.cancel()
            try:
                await task
            except asyncio.CancelledError as e:
                print(f"main: awaiting the task raised {type(e).__name__}")
            print("main: carries on")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: awaiting the task raised CancelledError
        main: carries on
        """
      And the program completes normally

    Scenario: The task is not done right after cancel(), but is cancelled once the loop reaches it
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: first line")
            return "unreachable"

        async def main():
            task = asyncio.ensure_future(child())
            print(f"cancel() returned {task.cancel()}")
            print(f"right after cancel: done={task.done()} cancelled={task.cancelled()}")
            await asyncio.sleep(0)
            print(f"after one sleep(0): done={task.done()} cancelled={task.cancelled()}")
            try:
                task.result()
            except asyncio.CancelledError as e:
                print(f"result() raised {type(e).__name__}")
            print(f"a second cancel() returned {task.cancel()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        cancel() returned True
        right after cancel: done=False cancelled=False
        after one sleep(0): done=True cancelled=True
        result() raised CancelledError
        a second cancel() returned False
        """
      And the program completes normally

    Scenario: Cancelling one of two unstarted tasks skips only that task
      Given the program:
        """python
        import asyncio

        async def worker(name):
            print(f"{name} runs")
            return name

        async def main():
            kept = asyncio.ensure_future(worker("kept"))
            dropped = asyncio.ensure_future(worker("dropped"))
            dropped.cancel()
            value = await kept
            print(f"kept returned {value}")
            try:
                await dropped
            except asyncio.CancelledError:
                print("dropped was cancelled")
            print(f"kept.cancelled()={kept.cancelled()} dropped.cancelled()={dropped.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        kept runs
        kept returned kept
        dropped was cancelled
        kept.cancelled()=False dropped.cancelled()=True
        """
      And the program completes normally

    Scenario Outline: A task made by <spawn> and cancelled at once never runs its body
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
