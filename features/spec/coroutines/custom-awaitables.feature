@coroutines
Feature: Custom awaitables: objects with __await__
  Any object whose __await__ method returns an iterator can be awaited. What the
  iterator yields goes straight to the task that runs the awaiting coroutine,
  which is how such objects cooperate with the event loop: a bare yield gives the
  loop one iteration (what asyncio.sleep(0) does), and yield from a future waits
  until the future is done and gives its result. The task throws anything else
  back in as RuntimeError.

  Where asyncio takes awaitables (ensure_future, gather, wait_for, shield,
  run_until_complete) such an object is wrapped in a task, not rejected: the task
  awaits it, and its result is the awaitable's value.

  @rule-awaitable.await.bare-yield-one-iteration @required
  Rule: A bare yield in __await__ suspends the awaiting task for exactly one loop iteration.
    Link: https://docs.python.org/3/reference/datamodel.html#object.__await__
    The task sees None and schedules its next step with call_soon, so every
    callback and task step already scheduled runs first, as with
    asyncio.sleep(0).

    Scenario: Another task runs while the custom awaitable is suspended
      Given the program:
        """python
        import asyncio

        class Pause:
            def __await__(self):
                print("pause: yields to the loop")
                yield
                print("pause: resumed")
                return "paused once"

        async def other():
            print("other: runs while main is paused")

        async def main():
            asyncio.ensure_future(other())
            value = await Pause()
            print(f"main: {value}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        pause: yields to the loop
        other: runs while main is paused
        pause: resumed
        main: paused once
        """
      And the program completes normally

    Scenario: Each bare yield is one turn, interleaved with another task's sleep(0)
      Given the program:
        """python
        import asyncio

        class Steps:
            def __init__(self, name, steps):
                self.name = name
                self.steps = steps

            def __await__(self):
                for i in range(self.steps):
                    print(f"{self.name}: step {i}")
                    yield
                return self.name

        async def other():
            for i in range(3):
                print(f"other: turn {i}")
                await asyncio.sleep(0)

        async def main():
            task = asyncio.ensure_future(other())
            await asyncio.sleep(0)
            value = await Steps("custom", 2)
            print(f"main: {value}")
            await task

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        other: turn 0
        custom: step 0
        other: turn 1
        custom: step 1
        other: turn 2
        main: custom
        """
      And the program completes normally

  @rule-awaitable.await.yield-from-future @required
  Rule: yield from a future inside __await__ suspends the awaiting task until the future is done and evaluates to its result.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future
    A Future's __await__ (also its __iter__) yields the future itself while it is
    pending; the task then waits for it and resumes the iterator once it is done.

    Scenario: A custom awaitable waits for a future set later by a timer
      Given the program:
        """python
        import asyncio

        class WaitFor:
            def __init__(self, fut):
                self.fut = fut

            def __await__(self):
                print("custom: waits for the future")
                value = yield from self.fut
                print(f"custom: the future gave {value!r}")
                return value * 2

        async def main():
            loop = asyncio.get_event_loop()
            fut = loop.create_future()
            loop.call_later(0.05, fut.set_result, 21)
            value = await WaitFor(fut)
            print(f"main: {value}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        custom: waits for the future
        custom: the future gave 21
        main: 42
        """
      And the program completes normally

    Scenario: A future's iterator yields the future while pending and returns its result once done
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        fut = loop.create_future()
        it = fut.__await__()
        yielded = it.send(None)
        print(f"a pending future's iterator yields the future itself: {yielded is fut}")
        fut.set_result((1, 2))
        try:
            it.send(None)
        except StopIteration as e:
            print(f"once done, StopIteration carries the result whole: value={e.value} args={e.args}")
        done = loop.create_future()
        done.set_result("ready")
        try:
            next(iter(done))
        except StopIteration as e:
            print(f"a done future's iterator returns at once: {e.value}")
        loop.close()
        """
      Then the output is:
        """
        a pending future's iterator yields the future itself: True
        once done, StopIteration carries the result whole: value=(1, 2) args=((1, 2),)
        a done future's iterator returns at once: ready
        """
      And the program completes normally

  @rule-awaitable.task.rejects-other-yields @required
  Rule: A task throws RuntimeError back into its coroutine at a yield of anything but None or a future awaited with yield from.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task
    The error is raised at the yield itself, in the task's next step, so the
    awaitable can catch it and go on. Yielding a future directly (yield instead of
    yield from) is refused too: the future was not awaited through its own
    iterator.

    Scenario: A value yielded to the task comes back as RuntimeError at the yield
      Given the program:
        """python
        import asyncio

        class BadYield:
            def __await__(self):
                try:
                    yield 42
                except RuntimeError as e:
                    print(f"custom: {type(e).__name__} thrown in at the yield")
                return "recovered"

        async def main():
            value = await BadYield()
            print(f"main: {value}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        custom: RuntimeError thrown in at the yield
        main: recovered
        """
      And the program completes normally

    Scenario: A future yielded without yield from is refused and never awaited
      Given the program:
        """python
        import asyncio

        class PlainYield:
            def __init__(self, fut):
                self.fut = fut

            def __await__(self):
                try:
                    yield self.fut
                except RuntimeError as e:
                    print(f"custom: {type(e).__name__} thrown in at the yield")
                return "gave up"

        async def main():
            fut = asyncio.get_event_loop().create_future()
            value = await PlainYield(fut)
            print(f"main: {value}, future done: {fut.done()}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        custom: RuntimeError thrown in at the yield
        main: gave up, future done: False
        """
      And the program completes normally

  @rule-awaitable.task.bad-yield-message @detail
  Rule: The RuntimeError for a refused yield says "Task got bad yield" with the value's repr, or "yield was used instead of yield from" for a future.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task
    Detail: message text: the RuntimeError's text is asyncio's, with the value's repr
    CPython's wording; the documentation promises none.

    Scenario: The messages of the two refusals
      Given the program:
        """python
        import asyncio

        class Yields:
            def __init__(self, value):
                self.value = value

            def __await__(self):
                try:
                    yield self.value
                except RuntimeError as e:
                    print(str(e).split(" in task ")[0])

        async def main():
            await Yields(42)
            await Yields("text")
            await Yields(asyncio.get_event_loop().create_future())

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        Task got bad yield: 42
        Task got bad yield: 'text'
        yield was used instead of yield from
        """
      And the program completes normally

  @rule-awaitable.ensure-future.wraps-in-a-task @required
  Rule: ensure_future and run_until_complete wrap an object with __await__ in a new task whose result is the awaitable's value.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.ensure_future
    The other half of "TypeError otherwise": an awaitable that is neither a
    future nor a coroutine is accepted. Like a coroutine's task, the wrapping task
    starts at the next loop iteration.

    Scenario: ensure_future gives a pending Task; run_until_complete accepts the awaitable too
      Given the program:
        """python
        import asyncio

        class Answer:
            def __await__(self):
                yield
                return 42

        async def main():
            task = asyncio.ensure_future(Answer())
            print(f"a Task: {isinstance(task, asyncio.Task)}")
            print(f"done at first: {task.done()}")
            result = await task
            print(f"result: {result}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        print(f"run_until_complete of an awaitable: {loop.run_until_complete(Answer())}")
        loop.close()
        """
      Then the output is:
        """
        a Task: True
        done at first: False
        result: 42
        run_until_complete of an awaitable: 42
        """
      And the program completes normally

    Scenario: An awaitable that delegates to a coroutine's __await__ is wrapped too
      Given the program:
        """python
        import asyncio

        class Aw:
            def __init__(self, coro):
                self.coro = coro

            def __await__(self):
                return self.coro.__await__()

        async def coro():
            print("coro: runs in the wrapping task")
            return "ok"

        loop = asyncio.new_event_loop()
        task = asyncio.ensure_future(Aw(coro()), loop=loop)
        print(f"a Task: {isinstance(task, asyncio.Task)}, a Future: {isinstance(task, asyncio.Future)}")
        print(f"result: {loop.run_until_complete(task)!r}")
        loop.close()
        """
      Then the output is:
        """
        a Task: True, a Future: True
        coro: runs in the wrapping task
        result: 'ok'
        """
      And the program completes normally

  @rule-awaitable.ensure-future.wrapping-coroutine-type @detail
  Rule: From 3.12 the task that wraps an awaitable runs a native coroutine; before, a generator-based one.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.ensure_future
    Detail: internals: the kind of coroutine asyncio's wrapper is (an implementation function of asyncio, changed in 3.12)
    asyncio's _wrap_awaitable became an async def function in 3.12; the task's
    get_coro() (3.8+) shows it.

    @since-3.12
    Scenario: The wrapping task's coroutine is a coroutine
      Given the program:
        """python
        import asyncio

        class Answer:
            def __await__(self):
                yield
                return 42

        loop = asyncio.new_event_loop()
        task = asyncio.ensure_future(Answer(), loop=loop)
        print(f"get_coro(): {type(task.get_coro()).__name__}")
        print(f"result: {loop.run_until_complete(task)}")
        loop.close()
        """
      Then the output is:
        """
        get_coro(): coroutine
        result: 42
        """
      And the program completes normally

    @since-3.8 @before-3.12
    Scenario: The wrapping task's coroutine is a generator
      Given the program:
        """python
        import asyncio

        class Answer:
            def __await__(self):
                yield
                return 42

        loop = asyncio.new_event_loop()
        task = asyncio.ensure_future(Answer(), loop=loop)
        print(f"get_coro(): {type(task.get_coro()).__name__}")
        print(f"result: {loop.run_until_complete(task)}")
        loop.close()
        """
      Then the output is:
        """
        get_coro(): generator
        result: 42
        """
      And the program completes normally

  @rule-awaitable.combinators.wrap-awaitables @required
  Rule: gather, wait_for and shield accept objects with __await__, each wrapped in a task that runs it concurrently.
    Link: https://docs.python.org/3/library/asyncio-task.html#awaitables
    The wrapping task behaves like a coroutine's task: gather's results come in
    argument order, wait_for cancels it at the timeout (raising CancelledError at
    the awaitable's yield), and shield lets it run on when the shielding future is
    cancelled.

    # Python 3.6's gather wraps its arguments in the order of a set, so "b" may start first there.
    @since-3.7
    Scenario: gather, wait_for and shield return the awaitables' values
      Given the program:
        """python
        import asyncio

        class Steps:
            def __init__(self, name, steps):
                self.name = name
                self.steps = steps

            def __await__(self):
                for i in range(self.steps):
                    print(f"{self.name}: step {i}")
                    yield
                return self.name

        async def main():
            results = await asyncio.gather(Steps("a", 2), Steps("b", 3))
            print(f"gather: {results}")
            value = await asyncio.wait_for(Steps("c", 1), 10)
            print(f"wait_for: {value}")
            value = await asyncio.shield(Steps("d", 1))
            print(f"shield: {value}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        a: step 0
        b: step 0
        a: step 1
        b: step 1
        b: step 2
        gather: ['a', 'b']
        c: step 0
        wait_for: c
        d: step 0
        shield: d
        """
      And the program completes normally

    # Python 3.6's wait_for raises TimeoutError before the cancelled task has run its except block.
    @since-3.7
    Scenario: wait_for's timeout cancels the wrapping task at the awaitable's yield
      Given the program:
        """python
        import asyncio

        class Never:
            def __await__(self):
                fut = asyncio.get_event_loop().create_future()
                try:
                    print("never: waits for a future nobody sets")
                    yield from fut
                except asyncio.CancelledError:
                    print("never: CancelledError thrown in at the yield")
                    raise
                finally:
                    print("never: finally")

        async def main():
            try:
                await asyncio.wait_for(Never(), 0.05)
            except asyncio.TimeoutError:
                print("main: TimeoutError")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        never: waits for a future nobody sets
        never: CancelledError thrown in at the yield
        never: finally
        main: TimeoutError
        """
      And the program completes normally

    Scenario: The shielded awaitable runs on after the waiter is cancelled
      Given the program:
        """python
        import asyncio

        class Slow:
            def __await__(self):
                print("slow: starts")
                fut = asyncio.get_event_loop().create_future()
                asyncio.get_event_loop().call_later(0.05, fut.set_result, None)
                yield from fut
                print("slow: finished anyway")
                return "slow result"

        async def waiter(shielded):
            try:
                await shielded
            except asyncio.CancelledError:
                print("waiter: cancelled")

        async def main():
            shielded = asyncio.shield(Slow())
            task = asyncio.ensure_future(waiter(shielded))
            await asyncio.sleep(0)
            task.cancel()
            await asyncio.sleep(0.2)
            print(f"shield cancelled: {shielded.cancelled()}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        slow: starts
        waiter: cancelled
        slow: finished anyway
        shield cancelled: True
        """
      And the program completes normally
