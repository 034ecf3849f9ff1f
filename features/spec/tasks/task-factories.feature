@tasks
Feature: Task factories decide what create_task makes
  loop.set_task_factory(factory) makes loop.create_task, and everything built on
  it (asyncio.ensure_future and asyncio.create_task for coroutines), call
  factory(loop, coro) and return what it returns. get_task_factory gives the
  factory back; None restores plain tasks.

  @rule-loop.task-factory.used-by-create-task @required
  Rule: With a task factory set, create_task and ensure_future return what factory(loop, coro) makes, named as requested; get_task_factory returns it, None restores plain tasks, a non-callable is refused with TypeError.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_task_factory
    With a factory set, loop.create_task and ensure_future call it with the
    loop and the coroutine; get_task_factory returns it (None by default);
    set_task_factory(None) restores plain tasks, and a value that cannot be
    called is refused with TypeError. The factory is called before anything
    looks at the coroutine; only a closed loop refuses earlier.

    Scenario: The factory makes every task until it is removed
      Given the program:
        """python
        import asyncio

        made = []

        def factory(loop, coro, **kwargs):
            made.append(coro.__name__)
            return asyncio.Task(coro, loop=loop, **kwargs)

        async def job(label):
            print(f"job {label}: runs")
            return label

        async def main():
            first = loop.create_task(job("via loop.create_task"))
            second = asyncio.ensure_future(job("via ensure_future"))
            print(f"made by the factory so far: {made}")
            print(await first)
            print(await second)

        loop = asyncio.new_event_loop()
        print(f"default factory: {loop.get_task_factory()}")
        loop.set_task_factory(factory)
        print(f"get_task_factory returns it: {loop.get_task_factory() is factory}")
        loop.run_until_complete(main())
        print(f"made by the factory in all: {made}")
        loop.set_task_factory(None)
        print(f"after set_task_factory(None): {loop.get_task_factory()}")
        loop.run_until_complete(job("plain task"))
        print(f"made by the factory in all: {made}")
        try:
            loop.set_task_factory("not callable")
        except TypeError as e:
            print(f"set_task_factory refused a string: {type(e).__name__}")
        """
      Then the output is:
        """
        default factory: None
        get_task_factory returns it: True
        made by the factory so far: ['main', 'job', 'job']
        job via loop.create_task: runs
        job via ensure_future: runs
        via loop.create_task
        via ensure_future
        made by the factory in all: ['main', 'job', 'job']
        after set_task_factory(None): None
        job plain task: runs
        made by the factory in all: ['main', 'job', 'job']
        set_task_factory refused a string: TypeError
        """
      And the program completes normally

    # Task names exist from 3.8 on. The factory takes **kwargs and passes them
    # on, so it works whether or not the loop hands it the name.
    @since-3.8
    Scenario: A task made by the factory gets the name passed to create_task
      Given the program:
        """python
        import asyncio

        def factory(loop, coro, **kwargs):
            print(f"factory: called for {coro.__name__}")
            return asyncio.Task(coro, loop=loop, **kwargs)

        async def job():
            return asyncio.current_task().get_name()

        async def main():
            named = loop.create_task(job(), name="named")
            print(f"name after create_task: {named.get_name()}")
            print(f"name seen inside: {await named}")
            other = asyncio.create_task(job(), name="other")
            print(f"asyncio.create_task: {await other}")

        loop = asyncio.new_event_loop()
        loop.set_task_factory(factory)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        factory: called for main
        factory: called for job
        name after create_task: named
        name seen inside: named
        factory: called for job
        asyncio.create_task: other
        """
      And the program completes normally

    # 3.6's Task accepted the string without a TypeError.
    @since-3.7
    Scenario: The factory gets whatever create_task was given, but a closed loop refuses first
      Given the program:
        """python
        import asyncio

        def factory(loop, coro, **kwargs):
            print(f"factory: called with a {type(coro).__name__}")
            return asyncio.Task(coro, loop=loop, **kwargs)

        loop = asyncio.new_event_loop()
        loop.set_task_factory(factory)
        try:
            loop.create_task("not a coroutine")
        except TypeError as e:
            print(f"{type(e).__name__}")
        loop.close()
        try:
            loop.create_task("not a coroutine")
        except RuntimeError as e:
            print(f"closed loop: {type(e).__name__}")
        """
      Then the output is:
        """
        factory: called with a str
        TypeError
        closed loop: RuntimeError
        """
      And the program completes normally

  @rule-loop.task-factory.used-by-create-task.wording @detail
  Rule: CPython's messages for a bad task factory: 'task factory must be a callable or None', and a factory's own errors as Task raises them.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_task_factory
    Detail: message text: the TypeError's texts are asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    Scenario: The factory makes every task until it is removed
      Given the program:
        """python
        import asyncio

        made = []

        def factory(loop, coro, **kwargs):
            made.append(coro.__name__)
            return asyncio.Task(coro, loop=loop, **kwargs)

        async def job(label):
            print(f"job {label}: runs")
            return label

        async def main():
            first = loop.create_task(job("via loop.create_task"))
            second = asyncio.ensure_future(job("via ensure_future"))
            print(f"made by the factory so far: {made}")
            print(await first)
            print(await second)

        loop = asyncio.new_event_loop()
        print(f"default factory: {loop.get_task_factory()}")
        loop.set_task_factory(factory)
        print(f"get_task_factory returns it: {loop.get_task_factory() is factory}")
        loop.run_until_complete(main())
        print(f"made by the factory in all: {made}")
        loop.set_task_factory(None)
        print(f"after set_task_factory(None): {loop.get_task_factory()}")
        loop.run_until_complete(job("plain task"))
        print(f"made by the factory in all: {made}")
        try:
            loop.set_task_factory("not callable")
        except TypeError as e:
            print(f"set_task_factory refused a string: {e}")
        """
      Then the output is:
        """
        default factory: None
        get_task_factory returns it: True
        made by the factory so far: ['main', 'job', 'job']
        job via loop.create_task: runs
        job via ensure_future: runs
        via loop.create_task
        via ensure_future
        made by the factory in all: ['main', 'job', 'job']
        after set_task_factory(None): None
        job plain task: runs
        made by the factory in all: ['main', 'job', 'job']
        set_task_factory refused a string: task factory must be a callable or None
        """
      And the program completes normally

    # 3.6's Task accepted the string without a TypeError.
    @since-3.7
    Scenario: The factory gets whatever create_task was given, but a closed loop refuses first
      Given the program:
        """python
        import asyncio

        def factory(loop, coro, **kwargs):
            print(f"factory: called with a {type(coro).__name__}")
            return asyncio.Task(coro, loop=loop, **kwargs)

        loop = asyncio.new_event_loop()
        loop.set_task_factory(factory)
        try:
            loop.create_task("not a coroutine")
        except TypeError as e:
            print(f"TypeError: {e}")
        loop.close()
        try:
            loop.create_task("not a coroutine")
        except RuntimeError as e:
            print(f"closed loop: {e}")
        """
      Then the output is:
        """
        factory: called with a str
        TypeError: a coroutine was expected, got 'not a coroutine'
        closed loop: Event loop is closed
        """
      And the program completes normally
