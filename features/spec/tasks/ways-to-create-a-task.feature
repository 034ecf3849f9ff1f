@tasks
Feature: Three ways to turn a coroutine into a task
  loop.create_task(coro) has existed since asyncio began; asyncio.ensure_future(obj)
  accepts a wider range of objects and wraps a coroutine in a task on the current
  loop; asyncio.create_task(coro), added in Python 3.7, is the preferred spelling
  inside a running coroutine. For a coroutine all three produce an asyncio.Task
  whose first step is merely scheduled, with the same start and cancellation
  behaviour.

  They differ at the edges: ensure_future hands back futures and tasks unchanged
  and rejects objects that cannot be awaited, asyncio.create_task insists on a
  running event loop, and on Python 3.6 asyncio.create_task does not exist.

  @rule-task.creation.equivalent-spawners @required
  Rule: loop.create_task, asyncio.ensure_future and asyncio.create_task give equivalent deferred tasks for a coroutine.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task
    Each returns an asyncio.Task that has not started yet and that delivers the
    coroutine's return value to whoever awaits it.

    Scenario Outline: <spawn> returns a Task that starts only when the creator yields
      Given the program:
        """python
        import asyncio

        async def child(x):
            print(f"child: started with {x}")
            return x * 2

        async def main():
            task = <spawn>(child(21))
            print(f"is a Task: {isinstance(task, asyncio.Task)}")
            print(f"done: {task.done()}")
            value = await task
            print(f"value: {value}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        is a Task: True
        done: False
        child: started with 21
        value: 42
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

  @rule-task.ensure-future.passthrough @required
  Rule: ensure_future returns a Future or Task unchanged and wraps each coroutine in a new task.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.ensure_future
    Given an asyncio.Future or Task, ensure_future returns that very object; only
    a coroutine (or another awaitable) gets wrapped in a new task.

    Scenario: ensure_future of a task or of a future is the same object
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: runs")
            return "from the task"

        async def main():
            task = loop.create_task(child())
            print(f"task is returned unchanged: {asyncio.ensure_future(task) is task}")
            future = loop.create_future()
            print(f"future is returned unchanged: {asyncio.ensure_future(future) is future}")
            print(f"future is a Task: {isinstance(asyncio.ensure_future(future), asyncio.Task)}")
            future.set_result("from the future")
            print(await asyncio.ensure_future(task))
            print(await asyncio.ensure_future(future))
            print(f"a finished task is returned unchanged too: {asyncio.ensure_future(task) is task}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        task is returned unchanged: True
        future is returned unchanged: True
        future is a Task: False
        child: runs
        from the task
        from the future
        a finished task is returned unchanged too: True
        """
      And the program completes normally

    Scenario: Each call with a coroutine wraps it in a new task
      Given the program:
        """python
        import asyncio

        async def child(name):
            print(f"{name} runs")

        async def main():
            first = asyncio.ensure_future(child("first"))
            second = asyncio.ensure_future(child("second"))
            print(f"same task: {first is second}")
            await first
            await second

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        same task: False
        first runs
        second runs
        """
      And the program completes normally

  @rule-task.ensure-future.rejects-non-awaitable @required
  Rule: ensure_future raises TypeError for an object that cannot be awaited.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.ensure_future
    Anything that is neither a future, a coroutine nor an awaitable raises TypeError;
    a common mistake is passing the coroutine function instead of calling it.

    Scenario: Numbers, strings and None are rejected with TypeError
      Given the program:
        """python
        import asyncio

        async def main():
            for value in [42, "text", None]:
                try:
                    asyncio.ensure_future(value)
                    print(f"{value!r}: accepted")
                except TypeError as e:
                    print(f"{value!r}: {type(e).__name__}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        42: TypeError
        'text': TypeError
        None: TypeError
        """
      And the program completes normally

    Scenario: Passing the coroutine function instead of a coroutine fails the creator
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: unreachable")

        async def main():
            print("main: before ensure_future")
            asyncio.ensure_future(child)
            print("main: unreachable")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: before ensure_future
        """
      And the program raises TypeError

  @rule-task.ensure-future.rejects-non-awaitable.wording @detail
  Rule: CPython's message for ensure_future of a non-awaitable: 'An asyncio.Future, a coroutine or an awaitable is required'.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.ensure_future
    Detail: message text: the TypeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    Scenario: Numbers, strings and None are rejected with the same message
      Given the program:
        """python
        import asyncio

        async def main():
            for value in [42, "text", None]:
                try:
                    asyncio.ensure_future(value)
                    print(f"{value!r}: accepted")
                except TypeError as e:
                    print(f"{value!r}: {type(e).__name__}: {e}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        42: TypeError: An asyncio.Future, a coroutine or an awaitable is required
        'text': TypeError: An asyncio.Future, a coroutine or an awaitable is required
        None: TypeError: An asyncio.Future, a coroutine or an awaitable is required
        """
      And the program completes normally

  @rule-task.create-task.requires-running-loop @required
  Rule: asyncio.create_task without a running event loop raises RuntimeError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task
    asyncio.create_task schedules the task on the loop returned by get_running_loop()
    and raises RuntimeError when no loop is running in the current thread, while
    loop.create_task can schedule a task before its loop runs.

    # Python 3.6 has no asyncio.create_task: there the call fails with AttributeError.
    @since-3.7
    Scenario: asyncio.create_task outside a running loop raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: unreachable")

        coro = child()
        try:
            asyncio.create_task(coro)
            print("created")
        except RuntimeError as e:
            print(f"{type(e).__name__}")
        """
      Then the output is:
        """
        RuntimeError
        """
      And the program completes normally

    # Python 3.6 has no asyncio.create_task: there the program raises AttributeError.
    @since-3.7
    Scenario: An uncaught RuntimeError from asyncio.create_task ends the program
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: unreachable")

        print("module: before create_task")
        asyncio.create_task(child())
        print("module: unreachable")
        """
      Then the output is:
        """
        module: before create_task
        """
      And the program raises RuntimeError

  @rule-task.create-task.requires-running-loop.wording @detail
  Rule: CPython's message of asyncio.create_task without a running loop: 'no running event loop'.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task
    Detail: message text: the RuntimeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    # Python 3.6 has no asyncio.create_task: there the call fails with AttributeError.
    @since-3.7
    Scenario: asyncio.create_task outside a running loop raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: unreachable")

        coro = child()
        try:
            asyncio.create_task(coro)
            print("created")
        except RuntimeError as e:
            print(f"{type(e).__name__}: {e}")
        """
      Then the output is:
        """
        RuntimeError: no running event loop
        """
      And the program completes normally

  @rule-task.creation.loop-create-task-before-run @required
  Rule: loop.create_task works on a loop that is not running yet; the task starts when the loop runs.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.create_task
    Unlike asyncio.create_task, loop.create_task can schedule a task before its loop
    runs.

    Scenario: loop.create_task schedules a task on a loop that is not running yet
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: runs once the loop runs")
            return "result"

        loop = asyncio.new_event_loop()
        task = loop.create_task(child())
        print(f"created before the loop runs, done={task.done()}")
        value = loop.run_until_complete(task)
        print(f"run_until_complete returned {value!r}")
        """
      Then the output is:
        """
        created before the loop runs, done=False
        child: runs once the loop runs
        run_until_complete returned 'result'
        """
      And the program completes normally

  @rule-task.create-task.availability @required
  Rule: asyncio.create_task exists from Python 3.7; before it only loop.create_task does.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.create_task
    On Python 3.6 the module has no create_task attribute; portable code spawns
    tasks with loop.create_task or asyncio.ensure_future.

    # On 3.7+ asyncio.create_task succeeds, so the AttributeError line is not printed.
    @before-3.7
    Scenario: Python 3.6 has no asyncio.create_task, loop.create_task is the fallback
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: runs")
            return "ok"

        async def main():
            try:
                task = asyncio.create_task(child())
            except AttributeError as e:
                print(f"{type(e).__name__}")
                task = loop.create_task(child())
            value = await task
            print(f"value: {value}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        AttributeError
        child: runs
        value: ok
        """
      And the program completes normally

  @rule-task.create-task.availability.wording @detail
  Rule: Python 3.6's message for the missing asyncio.create_task: "module 'asyncio' has no attribute 'create_task'".
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.create_task
    Detail: message text: the AttributeError's text is the interpreter's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    # On 3.7+ asyncio.create_task succeeds, so the AttributeError line is not printed.
    @before-3.7
    Scenario: Python 3.6 has no asyncio.create_task, loop.create_task is the fallback
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: runs")
            return "ok"

        async def main():
            try:
                task = asyncio.create_task(child())
            except AttributeError as e:
                print(f"AttributeError: {e}")
                task = loop.create_task(child())
            value = await task
            print(f"value: {value}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        AttributeError: module 'asyncio' has no attribute 'create_task'
        child: runs
        value: ok
        """
      And the program completes normally
