@combinators
Feature: as_completed at its edges: awaiting out of order, duplicates, bad arguments and async for
  as_completed(aws) hands out one awaitable per distinct input; each delivers the
  outcome of the next input to complete, whichever awaitable is awaited. From
  3.13 the iterator is also an asynchronous iterator whose items are the inputs
  themselves (the very tasks given), and an iteration left early can be
  resumed.

  @rule-as-completed.next-completion @required
  Rule: Whichever awaitable from as_completed is awaited first receives the first completion; the awaitables can also be awaited concurrently.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.as_completed
    The awaitables are not tied to particular inputs: each takes the next
    completion when it is awaited.

    Scenario: Awaiting the second awaitable first gives the first completion
      Given the program:
        """python
        import asyncio

        async def work(name, steps):
            for i in range(steps):
                await asyncio.sleep(0)
            return name

        async def main():
            awaitables = list(asyncio.as_completed([work("slow", 4), work("fast", 1)]))
            second = await awaitables[1]
            first = await awaitables[0]
            print(f"awaitables[1] gave {second!r}, then awaitables[0] gave {first!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        awaitables[1] gave 'fast', then awaitables[0] gave 'slow'
        """
      And the program completes normally

    Scenario: The awaitables wrapped in tasks and awaited together deliver every result
      Given the program:
        """python
        import asyncio

        async def work(name, steps):
            for i in range(steps):
                await asyncio.sleep(0)
            return name

        async def main():
            awaitables = list(asyncio.as_completed([work("a", 2), work("b", 1)]))
            tasks = [asyncio.ensure_future(aw) for aw in awaitables]
            done, pending = await asyncio.wait(tasks)
            print(f"results: {sorted([t.result() for t in done])}, pending: {len(pending)}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        results: ['a', 'b'], pending: 0
        """
      And the program completes normally

  @rule-as-completed.duplicates.once @required
  Rule: An awaitable given to as_completed more than once is run once and hands out one result.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.as_completed
    as_completed makes a set of its inputs: one awaitable per distinct input.

    Scenario: The same coroutine twice and another one
      Given the program:
        """python
        import asyncio

        async def work(name, steps):
            for i in range(steps):
                await asyncio.sleep(0)
            print(f"{name}: ran")
            return name

        async def main():
            coro = work("ham", 1)
            results = []
            for aw in asyncio.as_completed([coro, coro, work("spam", 2)]):
                value = await aw
                results.append(value)
            print(f"results: {results}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        ham: ran
        spam: ran
        results: ['ham', 'spam']
        """
      And the program completes normally

  @rule-as-completed.single-awaitable.type-error @required
  Rule: as_completed given a single future or coroutine instead of an iterable raises TypeError, at the latest when its iteration starts.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.as_completed
    The argument is an iterable of awaitables; a future or a coroutine on its
    own is refused, not iterated.

    Scenario Outline: as_completed(<what>)
      Given the program:
        """python
        import asyncio

        async def work():
            return "work"

        async def main():
            fut = asyncio.get_event_loop().create_future()
            coro = work()
            try:
                next(iter(asyncio.as_completed(<argument>)))
                print("as_completed accepted it")
            except TypeError:
                print("as_completed(<what>): TypeError")
            coro.close()
            fut.cancel()

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        as_completed(<what>): TypeError
        """
      And the program completes normally

      Examples:
        | what        | argument |
        | a future    | fut      |
        | a coroutine | coro     |

  @rule-as-completed.async-for.inputs @required
  Rule: From 3.13 `async for` over as_completed yields the completed inputs themselves, in completion order: the very task or future given, and a task for a coroutine input.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.as_completed
    As an asynchronous iterator as_completed yields "the original Task or
    Future object" of each input as it completes, so the caller can tell which
    one finished; awaiting it gives its result.

    @since-3.13
    Scenario: Two tasks and a coroutine, finishing in the order second, first, third
      Given the program:
        """python
        import asyncio

        async def work(name, delay):
            await asyncio.sleep(delay)
            return name

        async def main():
            first = asyncio.create_task(work("first", 2))
            second = asyncio.create_task(work("second", 1))
            coro = work("third", 3)
            async for aw in asyncio.as_completed([first, coro, second]):
                value = await aw
                which = "the first task given" if aw is first else "the second task given" if aw is second else "a new task"
                print(f"{value}: {which}, a Task: {isinstance(aw, asyncio.Task)}, the coroutine: {aw is coro}")

        asyncio.run(main())
        """
      Then the output is:
        """
        second: the second task given, a Task: True, the coroutine: False
        first: the first task given, a Task: True, the coroutine: False
        third: a new task, a Task: True, the coroutine: False
        """
      And the program completes normally

  @rule-as-completed.resume @required
  Rule: An as_completed iterator left with break can be iterated again and hands out the remaining completions; from 3.13 this holds for async for too.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.as_completed
    break leaves the iterator as it is (a generator before 3.13, an object
    with its own count of completions from 3.13): a second loop over the same
    iterator continues where the first stopped.

    Scenario: Two results, break, then the other two
      Given the program:
        """python
        import asyncio

        async def work(i):
            await asyncio.sleep(i)
            return i

        async def main():
            iterator = asyncio.as_completed([work(0), work(1), work(2), work(3)])
            collected = []
            for aw in iterator:
                collected.append(await aw)
                if len(collected) == 2:
                    break
            print(f"before the break: {collected}")
            for aw in iterator:
                collected.append(await aw)
            print(f"after resuming: {collected}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        before the break: [0, 1]
        after resuming: [0, 1, 2, 3]
        """
      And the program completes normally

    @since-3.13
    Scenario: An async for left with break is resumed by another async for
      Given the program:
        """python
        import asyncio

        async def work(i):
            await asyncio.sleep(i)
            return i

        async def main():
            iterator = asyncio.as_completed([work(0), work(1), work(2)])
            collected = []
            async for aw in iterator:
                collected.append(await aw)
                break
            async for aw in iterator:
                collected.append(await aw)
            print(f"collected: {collected}")

        asyncio.run(main())
        """
      Then the output is:
        """
        collected: [0, 1, 2]
        """
      And the program completes normally

  @rule-as-completed.empty @required
  Rule: as_completed() of an empty collection hands out nothing: the loop over it ends at once, with or without a timeout; from 3.13 async for over it ends at once too.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.as_completed
    Unlike wait(), which raises ValueError for an empty collection, as_completed
    simply has no completions to hand out.

    Scenario: for over as_completed([]) and as_completed(set(), timeout=1)
      Given the program:
        """python
        import asyncio

        async def main():
            count = 0
            for aw in asyncio.as_completed([]):
                count += 1
            print(f"as_completed([]) hands out {count} awaitables")
            count = 0
            for aw in asyncio.as_completed(set(), timeout=1):
                count += 1
            print(f"as_completed(set(), timeout=1) hands out {count} awaitables")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        as_completed([]) hands out 0 awaitables
        as_completed(set(), timeout=1) hands out 0 awaitables
        """
      And the program completes normally

    @since-3.13
    Scenario: async for over as_completed([])
      Given the program:
        """python
        import asyncio

        async def main():
            count = 0
            async for aw in asyncio.as_completed([]):
                count += 1
            print(f"async for over as_completed([]) yields {count} inputs")

        asyncio.run(main())
        """
      Then the output is:
        """
        async for over as_completed([]) yields 0 inputs
        """
      And the program completes normally
