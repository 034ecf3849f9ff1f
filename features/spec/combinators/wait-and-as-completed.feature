@combinators
Feature: wait and as_completed hand back awaitables as they complete
  asyncio.wait(aws, timeout=None, return_when=ALL_COMPLETED) waits for a
  collection of futures and tasks and returns two sets, done and pending, without
  raising the children's exceptions and without cancelling anything. return_when
  chooses when it returns: at the first completion (FIRST_COMPLETED), at the first
  exception (FIRST_EXCEPTION, or when all are done if none fails) or when
  everything is done (ALL_COMPLETED). A timeout makes it return early with the
  unfinished ones in pending, still running.

  asyncio.as_completed(aws, timeout=None) is iterated to obtain one awaitable per
  input; awaiting them in turn gives the results in the order in which the inputs
  complete. When its timeout expires, each remaining awaitable raises
  TimeoutError, and the inputs themselves are left running.

  wait returns sets, so the programs print their sizes and sorted results, never
  the sets themselves. Completion order is fixed by loop iterations
  (`await asyncio.sleep(0)` in a loop) and by futures that the main coroutine
  resolves, not by wall-clock delays.

  @rule-wait.return-when.done-and-pending @required
  Rule: wait returns (done, pending) when return_when is satisfied: FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED, without raising the children's exceptions.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    FIRST_COMPLETED returns as soon as any awaitable finishes or is cancelled;
    FIRST_EXCEPTION as soon as one finishes by raising, or when all are done;
    ALL_COMPLETED when all are done. Exceptions stay inside the done tasks.

    Scenario Outline: wait with return_when=<when> returns <done> done and <pending> pending
      Given the program:
        """python
        import asyncio

        async def work(x, steps):
            for i in range(steps):
                await asyncio.sleep(0)
            return x

        async def fail(steps):
            for i in range(steps):
                await asyncio.sleep(0)
            raise ValueError("boom")

        async def main():
            tasks = [asyncio.ensure_future(work("slow", 12)), asyncio.ensure_future(fail(6)), asyncio.ensure_future(work("fast", 1))]
            done, pending = await asyncio.wait(tasks, return_when=asyncio.<when>)
            print(f"done={len(done)} pending={len(pending)}")
            print(f"results: {sorted([t.result() for t in done if t.exception() is None])}")
            print(f"errors: {sorted([type(t.exception()).__name__ for t in done if t.exception() is not None])}")
            await asyncio.gather(*tasks, return_exceptions=True)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done=<done> pending=<pending>
        results: <results>
        errors: <errors>
        """
      And the program completes normally

      Examples:
        | when            | done | pending | results          | errors         |
        | FIRST_COMPLETED | 1    | 2       | ['fast']         | []             |
        | FIRST_EXCEPTION | 2    | 1       | ['fast']         | ['ValueError'] |
        | ALL_COMPLETED   | 3    | 0       | ['fast', 'slow'] | ['ValueError'] |

  @rule-wait.timeout.pending-not-cancelled @required
  Rule: When wait's timeout expires the unfinished awaitables are returned in pending, neither cancelled nor raising TimeoutError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    When the timeout expires before return_when is satisfied, wait returns with
    the unfinished awaitables in the pending set. Unlike wait_for, it cancels
    nothing and raises no TimeoutError; the pending tasks go on running.

    Scenario: A task still waiting at the timeout is pending, not cancelled, and finishes later
      Given the program:
        """python
        import asyncio

        async def work(x, gate):
            await gate
            print(f"work {x} finished")
            return x

        async def main():
            loop = asyncio.get_event_loop()
            open_gate = loop.create_future()
            open_gate.set_result(None)
            gate = loop.create_future()
            tasks = [asyncio.ensure_future(work(1, open_gate)), asyncio.ensure_future(work(2, gate))]
            await tasks[0]
            done, pending = await asyncio.wait(tasks, timeout=0.01)
            print(f"done={len(done)} pending={len(pending)}")
            for t in pending:
                print(f"pending task: done={t.done()} cancelled={t.cancelled()}")
            gate.set_result(None)
            print(await asyncio.gather(*tasks))

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        work 1 finished
        done=1 pending=1
        pending task: done=False cancelled=False
        work 2 finished
        [1, 2]
        """
      And the program completes normally

    Scenario: wait(aws, timeout=0) returns with every unfinished task pending and none cancelled
      Given the program:
        """python
        import asyncio

        async def work(gate):
            await gate
            return "late"

        async def main():
            loop = asyncio.get_event_loop()
            gate = loop.create_future()
            tasks = [asyncio.ensure_future(work(gate)), asyncio.ensure_future(work(gate))]
            done, pending = await asyncio.wait(tasks, timeout=0)
            print(f"timeout=0: done={len(done)} pending={len(pending)}")
            print(f"cancelled: {[t.cancelled() for t in tasks]}")
            gate.set_result(None)
            print(await asyncio.gather(*tasks))

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        timeout=0: done=0 pending=2
        cancelled: [False, False]
        ['late', 'late']
        """
      And the program completes normally

  @rule-wait.coroutines.refused @required
  Rule: wait wraps bare coroutines in tasks before 3.11 and raises TypeError for them since 3.11.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    Before 3.11 wait wraps coroutines in tasks, which is deprecated from 3.8 on
    (the warning goes to stderr). Since 3.11 passing a coroutine raises TypeError;
    the awaitables must be futures or tasks.

    Scenario Outline: Bare coroutines passed to wait <outcome>; tasks are accepted
      Given the program:
        """python
        import asyncio

        async def work(x):
            await asyncio.sleep(0)
            return x

        async def main():
            try:
                done, pending = await asyncio.wait([work(1), work(2)])
                print(f"bare coroutines: {sorted([t.result() for t in done])}")
            except TypeError:
                print("bare coroutines: TypeError")
            done, pending = await asyncio.wait([asyncio.ensure_future(work(3)), asyncio.ensure_future(work(4))])
            print(f"tasks: {sorted([t.result() for t in done])}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        bare coroutines: <coroutines>
        tasks: [3, 4]
        """
      And the program completes normally

      @before-3.11
      Examples: Python 3.6 to 3.10
        | outcome         | coroutines |
        | are wrapped     | [1, 2]     |

      @since-3.11
      Examples: Python 3.11 and later
        | outcome         | coroutines |
        | raise TypeError | TypeError  |

  @rule-as-completed.order.completion @required
  Rule: The awaitables from as_completed deliver the inputs' results in the order of completion.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.as_completed
    Each awaitable obtained from as_completed delivers the result of the next
    input to complete, whatever the order of the inputs.

    Scenario: Inputs finishing in the order fast, medium, slow are received in that order
      Given the program:
        """python
        import asyncio

        async def work(name, steps):
            for i in range(steps):
                await asyncio.sleep(0)
            return name

        async def main():
            for fut in asyncio.as_completed([work("slow", 3), work("fast", 1), work("medium", 2)]):
                value = await fut
                print(value)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        fast
        medium
        slow
        """
      And the program completes normally

  @rule-as-completed.timeout.raises @required
  Rule: After as_completed's timeout the remaining awaitables raise TimeoutError; the unfinished inputs are not cancelled.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.as_completed
    Inputs that complete before the timeout are delivered; after it, awaiting the
    next awaitable raises TimeoutError. The inputs that have not finished are not
    cancelled. (In the program the finished input is done before as_completed is
    called, so its result is queued ahead of the timeout on every loop.) With
    async for (3.13+) the loop's next step raises the TimeoutError.

    Scenario: The one finished input is received, then TimeoutError; the unfinished tasks keep running
      Given the program:
        """python
        import asyncio

        async def work(name, gate):
            await gate
            return name

        async def main():
            loop = asyncio.get_event_loop()
            open_gate = loop.create_future()
            open_gate.set_result(None)
            gate = loop.create_future()
            tasks = [asyncio.ensure_future(work("gated-1", gate)), asyncio.ensure_future(work("fast", open_gate)), asyncio.ensure_future(work("gated-2", gate))]
            await tasks[1]
            received = 0
            try:
                for fut in asyncio.as_completed(tasks, timeout=0.01):
                    value = await fut
                    received += 1
                    print(f"received {value}")
            except asyncio.TimeoutError:
                print(f"TimeoutError after {received} result(s)")
            print(f"done: {[t.done() for t in tasks]}")
            print(f"cancelled: {[t.cancelled() for t in tasks]}")
            gate.set_result(None)
            print(await asyncio.gather(*tasks))

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        received fast
        TimeoutError after 1 result(s)
        done: [False, True, False]
        cancelled: [False, False, False]
        ['gated-1', 'fast', 'gated-2']
        """
      And the program completes normally

    @since-3.13
    Scenario: async for over as_completed with a timeout yields the finished input, then raises TimeoutError
      Given the program:
        """python
        import asyncio

        async def work(name, gate):
            await gate
            return name

        async def main():
            loop = asyncio.get_running_loop()
            open_gate = loop.create_future()
            open_gate.set_result(None)
            gate = loop.create_future()
            fast = asyncio.create_task(work("fast", open_gate))
            gated = asyncio.create_task(work("gated", gate))
            await fast
            received = []
            try:
                async for aw in asyncio.as_completed([gated, fast], timeout=0.1):
                    received.append(await aw)
                    print(f"received {received[-1]}, the input itself: {aw is fast}")
            except TimeoutError:
                print(f"TimeoutError after {received}")
            print(f"gated: done={gated.done()} cancelled={gated.cancelled()}")
            gate.set_result(None)
            print(f"gated returns {await gated!r}")

        asyncio.run(main())
        """
      Then the output is:
        """
        received fast, the input itself: True
        TimeoutError after ['fast']
        gated: done=False cancelled=False
        gated returns 'gated'
        """
      And the program completes normally
