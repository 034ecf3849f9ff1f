@tasks
Feature: Telling coroutines from coroutine functions, and a coroutine that is already running
  asyncio.iscoroutinefunction and asyncio.iscoroutine tell an async def function
  and the coroutine object it returns from everything else. A coroutine object
  can be driven by one awaiter at a time: while a task runs it, another await of
  the same object is refused.

  @rule-coroutine.introspection.iscoroutinefunction @required
  Rule: asyncio.iscoroutinefunction() is True for an async def function and a bound async method, and False for plain functions, plain methods, lambdas and coroutine objects.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.iscoroutinefunction
    "Return True if func is a coroutine function."

    Scenario: iscoroutinefunction over functions and methods
      Given the program:
        """python
        import asyncio

        def plain():
            return 1

        async def native():
            return 1

        class Holder:
            async def method(self):
                return 1

            def sync_method(self):
                return 1

        h = Holder()
        for label, f in [("a plain function", plain), ("an async def function", native), ("a lambda", lambda: 1),
                         ("an async method", h.method), ("a plain method", h.sync_method)]:
            print(f"iscoroutinefunction({label}): {asyncio.iscoroutinefunction(f)}")
        c = native()
        print(f"iscoroutinefunction(a coroutine object): {asyncio.iscoroutinefunction(c)}")
        c.close()
        """
      Then the output is:
        """
        iscoroutinefunction(a plain function): False
        iscoroutinefunction(an async def function): True
        iscoroutinefunction(a lambda): False
        iscoroutinefunction(an async method): True
        iscoroutinefunction(a plain method): False
        iscoroutinefunction(a coroutine object): False
        """
      And the program completes normally

  @rule-coroutine.introspection.iscoroutine @required
  Rule: asyncio.iscoroutine() is True for the coroutine object an async def function returns, and False for the function, tasks, futures and other objects.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.iscoroutine
    "Return True if obj is a coroutine object." A task wraps a coroutine but is
    a future, not a coroutine.

    Scenario: iscoroutine over a coroutine object and the things around it
      Given the program:
        """python
        import asyncio

        async def native():
            return 1

        async def main():
            c = native()
            task = asyncio.ensure_future(native())
            fut = asyncio.get_event_loop().create_future()
            for label, obj in [("a coroutine object", c), ("its function", native), ("a task", task),
                               ("a future", fut), ("an int", 1), ("None", None)]:
                print(f"iscoroutine({label}): {asyncio.iscoroutine(obj)}")
            c.close()
            await task

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        iscoroutine(a coroutine object): True
        iscoroutine(its function): False
        iscoroutine(a task): False
        iscoroutine(a future): False
        iscoroutine(an int): False
        iscoroutine(None): False
        """
      And the program completes normally

  @rule-coroutine.await.running-refused @required
  Rule: Awaiting a coroutine object that a task is running raises RuntimeError in the awaiter and leaves the task running.
    Link: https://docs.python.org/3/reference/datamodel.html#coroutine-objects
    A coroutine runs in one place at a time; the second awaiter is refused at
    once, and the task that drives the coroutine finishes it normally.

    Scenario: A second await of the coroutine a task runs is refused
      Given the program:
        """python
        import asyncio

        async def work():
            await asyncio.sleep(0.2)
            return "work done"

        async def main():
            coro = work()
            task = asyncio.ensure_future(coro)
            await asyncio.sleep(0)
            try:
                await coro
                print("the second await went through")
            except RuntimeError:
                print("the second await: RuntimeError")
            print(f"the task is unaffected: done={task.done()}")
            result = await task
            print(f"task result: {result!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        the second await: RuntimeError
        the task is unaffected: done=False
        task result: 'work done'
        """
      And the program completes normally

  @rule-coroutine.await.running-refused-message @detail
  Rule: The RuntimeError for awaiting a coroutine that a task is running reads 'coroutine is being awaited already'.
    Link: https://docs.python.org/3/reference/datamodel.html#coroutine-objects
    Detail: message text: the RuntimeError's text is the interpreter's
    CPython's wording.

    Scenario: The wording of the refusal
      Given the program:
        """python
        import asyncio

        async def work():
            await asyncio.sleep(0.2)

        async def main():
            coro = work()
            task = asyncio.ensure_future(coro)
            await asyncio.sleep(0)
            try:
                await coro
            except RuntimeError as e:
                print(f"RuntimeError: {e}")
            await task

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        RuntimeError: coroutine is being awaited already
        """
      And the program completes normally
