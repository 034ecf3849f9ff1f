@coroutines
Feature: What asyncio takes for a coroutine, and what it does not
  PEP 492 made coroutines a type of their own: an async def function returns a
  coroutine object, which asyncio drives through its send, throw and close
  methods. Since Python 3.12 a plain generator is no longer taken for a
  coroutine (before, asyncio still accepted generator-based coroutines), while
  any object that has send, throw, close and __await__ (the
  collections.abc.Coroutine protocol) is one. A coroutine object runs once: it
  cannot be awaited while a task is running it.

  The same PEP brought async with, which asyncio's locks and semaphores support.

  @rule-coroutine.generator.not-a-coroutine @required
  Rule: A generator function is not a coroutine function, and from 3.12 a generator object is not a coroutine: ensure_future rejects it.
    Link: https://docs.python.org/3/library/asyncio-task.html#coroutines
    Before 3.12 asyncio.iscoroutine accepted generator objects, the
    generator-based coroutines of old asyncio; from 3.12 only coroutines count.
    No version lets a generator object follow await.

    @since-3.12
    Scenario: A generator is neither a coroutine function's result nor an awaitable
      Given the program:
        """python
        import asyncio

        def numbers():
            yield 1

        async def native():
            return 1

        async def main():
            print(f"iscoroutinefunction: generator function {asyncio.iscoroutinefunction(numbers)}, async def {asyncio.iscoroutinefunction(native)}")
            gen = numbers()
            print(f"iscoroutine of a generator object: {asyncio.iscoroutine(gen)}")
            try:
                asyncio.ensure_future(gen)
            except TypeError as e:
                print(f"ensure_future: {type(e).__name__}")
            try:
                await gen
            except TypeError as e:
                print(f"await: {type(e).__name__}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        iscoroutinefunction: generator function False, async def True
        iscoroutine of a generator object: False
        ensure_future: TypeError
        await: TypeError
        """
      And the program completes normally

    @before-3.12
    Scenario: Before 3.12 a generator object still counts as a generator-based coroutine
      Given the program:
        """python
        import asyncio

        def numbers():
            yield 1

        async def native():
            return 1

        async def main():
            print(f"iscoroutinefunction: generator function {asyncio.iscoroutinefunction(numbers)}, async def {asyncio.iscoroutinefunction(native)}")
            gen = numbers()
            print(f"iscoroutine of a generator object: {asyncio.iscoroutine(gen)}")
            try:
                await gen
            except TypeError as e:
                print(f"await: {type(e).__name__}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        iscoroutinefunction: generator function False, async def True
        iscoroutine of a generator object: True
        await: TypeError
        """
      And the program completes normally

  @rule-coroutine.generator.not-a-coroutine.wording @detail
  Rule: CPython's messages for a generator where a coroutine is expected: await says "object generator can't be used in 'await' expression" before 3.14 and "'generator' object can't be awaited" from 3.14; ensure_future says "An asyncio.Future, a coroutine or an awaitable is required".
    Link: https://docs.python.org/3/library/asyncio-task.html#coroutines
    The texts of the TypeErrors of the rule above. The await message is the
    interpreter's own (3.14 reworded the messages of objects that cannot be
    awaited); ensure_future's is asyncio's, raised from 3.12, when it stopped
    taking generators for coroutines.

    @before-3.14
    Scenario: Awaiting a generator: "object generator can't be used in 'await' expression"
      Given the program:
        """python
        import asyncio

        def numbers():
            yield 1

        async def main():
            try:
                await numbers()
            except TypeError as e:
                print(f"await: TypeError: {e}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        await: TypeError: object generator can't be used in 'await' expression
        """
      And the program completes normally

    @since-3.14
    Scenario: Awaiting a generator from 3.14: "'generator' object can't be awaited"
      Given the program:
        """python
        import asyncio

        def numbers():
            yield 1

        async def main():
            try:
                await numbers()
            except TypeError as e:
                print(f"await: TypeError: {e}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        await: TypeError: 'generator' object can't be awaited
        """
      And the program completes normally

    # Before 3.12 ensure_future wraps the generator in a task and raises nothing.
    @since-3.12
    Scenario: ensure_future of a generator: "An asyncio.Future, a coroutine or an awaitable is required"
      Given the program:
        """python
        import asyncio

        def numbers():
            yield 1

        async def main():
            gen = numbers()
            try:
                asyncio.ensure_future(gen)
            except TypeError as e:
                print(f"ensure_future: TypeError: {e}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        ensure_future: TypeError: An asyncio.Future, a coroutine or an awaitable is required
        """
      And the program completes normally

  @rule-coroutine.await.while-a-task-runs-it @required
  Rule: Awaiting a coroutine object that a task is running raises RuntimeError, and the task goes on.
    Link: https://docs.python.org/3/library/asyncio-task.html#coroutines
    A coroutine object has one execution: once a task runs it, awaiting the same
    object elsewhere is refused ("coroutine is being awaited already").

    Scenario: The second await of a coroutine run by a task is refused
      Given the program:
        """python
        import asyncio

        async def slow():
            await asyncio.sleep(0.05)
            return "slow"

        async def main():
            coro = slow()
            task = asyncio.ensure_future(coro)
            await asyncio.sleep(0)
            try:
                await coro
            except RuntimeError as e:
                print(f"RuntimeError: {e}")
            result = await task
            print(f"the task still finishes: {result}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        RuntimeError: coroutine is being awaited already
        the task still finishes: slow
        """
      And the program completes normally

  @rule-coroutine.protocol.coroutine-like-object @required
  Rule: An object with send, throw, close and __await__ is a coroutine to asyncio: iscoroutine accepts it and a task drives it through send.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.iscoroutine
    Such an object is a collections.abc.Coroutine. A task calls its send(None) for
    each step: a returned None is a bare yield (one loop iteration), and the value
    of the StopIteration it raises is the task's result.

    Scenario: A task steps a coroutine-like object until it raises StopIteration
      Given the program:
        """python
        import asyncio

        class CoroLike:
            def __init__(self):
                self.sent = []

            def send(self, value):
                self.sent.append(value)
                if len(self.sent) < 3:
                    return None
                raise StopIteration(len(self.sent))

            def throw(self, *exc):
                raise exc[0] if len(exc) == 1 else exc[1]

            def close(self):
                pass

            def __await__(self):
                return self

        async def other():
            for i in range(3):
                print(f"other: turn {i}")
                await asyncio.sleep(0)

        async def main():
            obj = CoroLike()
            print(f"iscoroutine: {asyncio.iscoroutine(obj)}")
            helper = asyncio.ensure_future(other())
            task = asyncio.get_event_loop().create_task(obj)
            print(f"a Task: {isinstance(task, asyncio.Task)}")
            result = await task
            print(f"result: {result}, sent: {obj.sent}")
            await helper

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        iscoroutine: True
        a Task: True
        other: turn 0
        other: turn 1
        other: turn 2
        result: 3, sent: [None, None, None]
        """
      And the program completes normally

  @rule-coroutine.async-with.primitives-bind-none @required
  Rule: async with on a Lock, Condition, Semaphore or BoundedSemaphore binds None and holds the primitive for the block.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock
    __aenter__ acquires and returns None; __aexit__ releases, also after the
    block awaited.

    Scenario: Each primitive is held inside the block and released after it
      Given the program:
        """python
        import asyncio

        async def use(name, primitive):
            async with primitive as bound:
                inside = primitive.locked()
                await asyncio.sleep(0)
                still = primitive.locked()
            print(f"{name}: bound {bound!r}, locked inside {inside} {still}, after {primitive.locked()}")

        async def main():
            for name, make in [("Lock", asyncio.Lock), ("Condition", asyncio.Condition),
                               ("Semaphore", asyncio.Semaphore), ("BoundedSemaphore", asyncio.BoundedSemaphore)]:
                await use(name, make())

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        Lock: bound None, locked inside True True, after False
        Condition: bound None, locked inside True True, after False
        Semaphore: bound None, locked inside True True, after False
        BoundedSemaphore: bound None, locked inside True True, after False
        """
      And the program completes normally

  @rule-coroutine.wait.accepts-a-generator @required
  Rule: From 3.12 asyncio.wait accepts any iterable of tasks, a generator included; before, a generator was refused with TypeError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    Before 3.12 wait() took a generator for a (generator-based) coroutine and
    raised TypeError("expect a list of futures, not generator").

    @since-3.12
    Scenario: wait() of a generator expression over tasks
      Given the program:
        """python
        import asyncio

        async def work(n):
            await asyncio.sleep(0)
            return n

        async def main():
            tasks = [asyncio.ensure_future(work(n)) for n in range(3)]
            done, pending = await asyncio.wait(t for t in tasks)
            print(f"done {len(done)}, pending {len(pending)}")
            print(f"results: {sorted(t.result() for t in done)}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done 3, pending 0
        results: [0, 1, 2]
        """
      And the program completes normally

    @before-3.12
    Scenario: wait() refuses a generator expression
      Given the program:
        """python
        import asyncio

        async def work(n):
            await asyncio.sleep(0)
            return n

        async def main():
            tasks = [asyncio.ensure_future(work(n)) for n in range(3)]
            try:
                await asyncio.wait(t for t in tasks)
            except TypeError as e:
                print(f"TypeError: {e}")
            await asyncio.wait(tasks)
            print(f"results: {[t.result() for t in tasks]}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        TypeError: expect a list of futures, not generator
        results: [0, 1, 2]
        """
      And the program completes normally
