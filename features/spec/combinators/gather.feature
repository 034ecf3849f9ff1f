@combinators
Feature: gather runs awaitables concurrently and collects their results
  asyncio.gather(*aws) returns a future that completes when all of its children
  have completed. Each coroutine passed in is wrapped in a task, so it is
  scheduled at once and runs whether or not anybody awaits the gather; futures and
  tasks are used as they are. The result is a list in the order of the arguments,
  however the children happen to finish.

  Failure and cancellation are where gather is subtle. Without
  return_exceptions the first exception to occur becomes the gather's exception
  at once, but the remaining children are not cancelled and run to their end. A
  child that is cancelled counts as a child that raised CancelledError: the
  gather future ends with that exception instead of being cancelled itself.
  Cancelling the gather future, in turn, cancels every child that has not
  finished yet.

  The programs order events by loop iterations (`await asyncio.sleep(0)` in a
  loop) and by futures that the main coroutine resolves, never by wall-clock
  delays. On Python 3.6 gather wraps the coroutines in an unspecified order, so
  no program depends on the order in which the children start.

  @rule-gather.result.argument-order @required
  Rule: When all children succeed, gather's result lists their results in the order of the arguments, not of completion.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    When every child succeeds, the gather's result is the list of their results,
    in the order in which the awaitables were passed.

    Scenario: Children finishing in reverse order still give results in argument order
      Given the program:
        """python
        import asyncio

        async def work(name, steps):
            for i in range(steps):
                await asyncio.sleep(0)
            print(f"{name} finished")
            return name

        async def main():
            results = await asyncio.gather(work("slow", 3), work("medium", 2), work("fast", 1))
            print(results)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        fast finished
        medium finished
        slow finished
        ['slow', 'medium', 'fast']
        """
      And the program completes normally

  @rule-gather.children.wrapped-in-tasks @required
  Rule: gather wraps each coroutine in a task that starts when the caller yields and runs to completion even if the gather is never awaited.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    gather schedules each coroutine as a task and returns a pending future at once.
    The tasks start when the caller yields to the loop, and they run to completion
    even if the gather future is never awaited.

    Scenario: A gathered coroutine starts when the caller yields and finishes without the gather being awaited
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: started")
            await asyncio.sleep(0)
            print("child: finished")
            return "child result"

        async def main():
            outer = asyncio.gather(child())
            print(f"main: gather returned, done={outer.done()}")
            for i in range(10):
                await asyncio.sleep(0)
            print(f"main: never awaited the gather, done={outer.done()}")
            print(f"main: result {outer.result()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: gather returned, done=False
        child: started
        child: finished
        main: never awaited the gather, done=True
        main: result ['child result']
        """
      And the program completes normally

  @rule-gather.return-exceptions.in-results @required
  Rule: With return_exceptions=True a child's exception is placed in the result list at that child's position.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    An exception raised by a child is placed in the result list, at that child's
    position, like a successful result; the gather itself succeeds.

    Scenario: A failing child contributes its exception object to the result list
      Given the program:
        """python
        import asyncio

        async def ok(x):
            await asyncio.sleep(0)
            return x

        async def fail(msg):
            raise ValueError(msg)

        async def main():
            results = await asyncio.gather(ok(1), fail("bad"), ok(3), return_exceptions=True)
            for r in results:
                print(f"{type(r).__name__}: {r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        int: 1
        ValueError: bad
        int: 3
        """
      And the program completes normally

  @rule-gather.exception.first-propagates @required
  Rule: Without return_exceptions the first exception in time propagates to the awaiter; the other children are not cancelled and keep running.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    The first exception to occur, in time rather than in argument order, is
    propagated to the task awaiting the gather as soon as it is raised. The other
    children are not cancelled: they go on running and finish later.

    Scenario: The earliest failure reaches the awaiter while the remaining children finish later
      Given the program:
        """python
        import asyncio

        async def worker(name, steps, fails):
            for i in range(steps):
                await asyncio.sleep(0)
            if fails:
                print(f"{name}: raising")
                raise ValueError(name)
            print(f"{name}: finished")
            return name

        async def main():
            try:
                await asyncio.gather(worker("late-failure", 12, True), worker("early-failure", 1, True), worker("steady", 6, False))
            except ValueError as e:
                print(f"main: caught ValueError({e})")
            for i in range(20):
                await asyncio.sleep(0)
            print("main: done")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        early-failure: raising
        main: caught ValueError(early-failure)
        steady: finished
        late-failure: raising
        main: done
        """
      And the program completes normally

  @rule-gather.exception.outer-done @required
  Rule: After a child fails the gather future is done and not cancelled; exception() returns the child's exception and result() raises it.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    Once the first exception has propagated, the gather future is done and not
    cancelled; exception() returns the child's exception object and result()
    raises it, while the other children may still be running.

    Scenario: The gather future is done with the child's exception while another child still waits
      Given the program:
        """python
        import asyncio

        async def slow(gate):
            await gate
            print("slow: finished")
            return "slow"

        async def fail():
            await asyncio.sleep(0)
            raise ValueError("boom")

        async def main():
            gate = asyncio.get_event_loop().create_future()
            outer = asyncio.gather(slow(gate), fail())
            try:
                await outer
            except ValueError:
                pass
            print(f"outer: done={outer.done()} cancelled={outer.cancelled()}")
            exc = outer.exception()
            print(f"outer.exception(): {type(exc).__name__}: {exc}")
            try:
                outer.result()
            except ValueError as e:
                print(f"outer.result() raises ValueError: {e}")
            gate.set_result(None)
            for i in range(3):
                await asyncio.sleep(0)
            print("main: done")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        outer: done=True cancelled=False
        outer.exception(): ValueError: boom
        outer.result() raises ValueError: boom
        slow: finished
        main: done
        """
      And the program completes normally

  @rule-gather.child-cancelled.raises @required
  Rule: A cancelled child counts as raising CancelledError: the gather ends with that exception without being cancelled, or lists it with return_exceptions=True.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    If a child is cancelled, gather treats it as if it had raised CancelledError:
    without return_exceptions the gather future ends with a CancelledError
    exception, yet is not itself cancelled, and the other children keep running;
    with return_exceptions the CancelledError instance takes the child's place in
    the result list.

    Scenario: Cancelling one child makes the gather raise CancelledError without cancelling it
      Given the program:
        """python
        import asyncio

        async def waiter(name, gate):
            value = await gate
            print(f"{name}: finished")
            return value

        async def main():
            loop = asyncio.get_event_loop()
            victim = asyncio.ensure_future(waiter("victim", loop.create_future()))
            other_gate = loop.create_future()
            other = asyncio.ensure_future(waiter("other", other_gate))
            outer = asyncio.gather(victim, other)
            await asyncio.sleep(0)
            victim.cancel()
            try:
                await outer
                print("main: no exception")
            except asyncio.CancelledError:
                print("main: awaiting the gather raised CancelledError")
            print(f"outer: done={outer.done()} cancelled={outer.cancelled()}")
            print(f"outer.exception(): {type(outer.exception()).__name__}")
            print(f"other: done={other.done()}")
            other_gate.set_result("other result")
            value = await other
            print(f"other: {value}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: awaiting the gather raised CancelledError
        outer: done=True cancelled=False
        outer.exception(): CancelledError
        other: done=False
        other: finished
        other: other result
        """
      And the program completes normally

    Scenario: With return_exceptions=True a cancelled child leaves a CancelledError in the list
      Given the program:
        """python
        import asyncio

        async def sleeper(name, steps):
            for i in range(steps):
                await asyncio.sleep(0)
            return name

        async def main():
            victim = asyncio.ensure_future(sleeper("victim", 10))
            outer = asyncio.gather(victim, sleeper("other", 1), return_exceptions=True)
            await asyncio.sleep(0)
            victim.cancel()
            results = await outer
            print([type(r).__name__ for r in results])
            print(f"first is a CancelledError: {isinstance(results[0], asyncio.CancelledError)}")
            print(f"second: {results[1]}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        ['CancelledError', 'str']
        first is a CancelledError: True
        second: other
        """
      And the program completes normally

  @rule-gather.cancel.cancels-children @required
  Rule: Cancelling the gather future cancels every child not yet done, and its awaiter gets CancelledError even with return_exceptions=True.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    gather(...).cancel() cancels the children still pending; children that have
    already finished keep their results. The awaiter then gets CancelledError, also
    with return_exceptions=True, as the gather future ends with a CancelledError
    exception.

    Scenario Outline: Cancelling the gather (return_exceptions=<flag>) cancels the pending children only
      Given the program:
        """python
        import asyncio

        async def child(name, gate):
            try:
                await gate
                print(f"{name} finished")
                return name
            except asyncio.CancelledError:
                print(f"{name} cancelled")
                raise

        async def main():
            loop = asyncio.get_event_loop()
            open_gate = loop.create_future()
            open_gate.set_result(None)
            quick = asyncio.ensure_future(child("quick", open_gate))
            outer = asyncio.gather(quick, child("slow-a", loop.create_future()), child("slow-b", loop.create_future()), return_exceptions=<flag>)
            for i in range(3):
                await asyncio.sleep(0)
            print(f"cancel() returned {outer.cancel()}")
            try:
                await outer
                print("main: no exception")
            except asyncio.CancelledError:
                print("main: awaiting the gather raised CancelledError")
            print(f"quick: cancelled={quick.cancelled()} result={quick.result()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        quick finished
        cancel() returned True
        slow-a cancelled
        slow-b cancelled
        main: awaiting the gather raised CancelledError
        quick: cancelled=False result=quick
        """
      And the program completes normally

      Examples:
        | flag  |
        | False |
        | True  |

  @rule-gather.empty.done-with-empty-list @required
  Rule: gather() without arguments returns an already done future whose result is an empty list.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    Called without arguments, gather returns a future that is already done and
    whose result is an empty list.

    Scenario: An empty gather is done immediately with result []
      Given the program:
        """python
        import asyncio

        async def main():
            empty = asyncio.gather()
            print(f"done={empty.done()} result={empty.result()}")
            print(await asyncio.gather())

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done=True result=[]
        []
        """
      And the program completes normally

  @rule-gather.children-done.reported-at-once @detail
  Rule: gather() of children that are all done already returns a future that is done from 3.12, so awaiting it does not yield; before 3.12 each child's report is scheduled with call_soon and the gather is done one loop step later.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    Detail: order: the documentation does not say when gather's future completes for children that are already done; tasks.py before 3.12 adds _done_callback to each child with add_done_callback (scheduled with call_soon for a done child), from 3.12 it calls it at once for the children in done_futs (added for eager tasks).
    Found by the differential fuzzer (reference@3.8 against cpython-3.8, seed 3080138): a callback
    scheduled right after the gather runs before its awaiter resumes before 3.12, after it from 3.12.

    # The gather's child is a task that has already returned; from 3.12 the gather is complete before
    # gather() returns and `await` of a done future does not yield to the loop.
    @before-3.12
    Scenario: A gather of a done task completes one loop step later, after a callback scheduled meanwhile
      Given the program:
        """python
        import asyncio

        async def child():
            print("child runs")
            return "child"

        async def main():
            loop = asyncio.get_event_loop()
            t = loop.create_task(child())
            await asyncio.sleep(0)
            print("child done:", t.done())
            g = asyncio.gather(t)
            print("gather done when returned:", g.done())
            loop.call_soon(print, "callback scheduled after the gather")
            print("gathered", await g)
            await asyncio.sleep(0)
            print("main ends")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        child runs
        child done: True
        gather done when returned: False
        callback scheduled after the gather
        gathered ['child']
        main ends
        """
      And the program completes normally

    @since-3.12
    Scenario: From 3.12 a gather of a done task is done when returned and its awaiter does not yield
      Given the program:
        """python
        import asyncio

        async def child():
            print("child runs")
            return "child"

        async def main():
            loop = asyncio.get_event_loop()
            t = loop.create_task(child())
            await asyncio.sleep(0)
            print("child done:", t.done())
            g = asyncio.gather(t)
            print("gather done when returned:", g.done())
            loop.call_soon(print, "callback scheduled after the gather")
            print("gathered", await g)
            await asyncio.sleep(0)
            print("main ends")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        child runs
        child done: True
        gather done when returned: True
        gathered ['child']
        callback scheduled after the gather
        main ends
        """
      And the program completes normally

  @rule-gather.duplicates.run-once @required
  Rule: An awaitable passed to gather several times runs once and its result fills each of its positions.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    gather wraps each distinct coroutine object in one task only; a coroutine or
    future that appears several times among the arguments runs once, and its
    result appears at each of its positions.

    Scenario: A coroutine passed three times and a task passed twice each run once
      Given the program:
        """python
        import asyncio

        async def child():
            print("child runs")
            await asyncio.sleep(0)
            return 7

        async def main():
            coro = child()
            print(await asyncio.gather(coro, coro, coro))
            task = asyncio.ensure_future(child())
            print(await asyncio.gather(task, task))

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        child runs
        [7, 7, 7]
        child runs
        [7, 7]
        """
      And the program completes normally
