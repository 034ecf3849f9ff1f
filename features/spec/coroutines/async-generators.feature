@coroutines
Feature: Asynchronous generators on the event loop
  An asynchronous generator (an async def function that contains yield) is
  iterated with async for or by awaiting its __anext__(). Its own awaits
  suspend whichever task iterates it, like any await in that task.

  A generator that is not run to its end is still suspended at a yield, with
  its finally blocks pending. The event loop takes care of such generators: while
  it runs, it installs the interpreter's asyncgen hooks, so every asynchronous
  generator first iterated during the run is registered with the loop.
  loop.shutdown_asyncgens() closes the registered generators that are still
  open, running each aclose() as a task so that their finally blocks may still
  await; asyncio.run() calls it on its way out, after cancelling the tasks left
  over and before closing the loop.

  @rule-asyncgen.await.suspends-the-iterating-task @required
  Rule: An await inside an asynchronous generator suspends the task that iterates it, and a cancellation of that task is raised at that await inside the generator.
    Link: https://docs.python.org/3/reference/expressions.html#asynchronous-generator-functions
    The generator runs as part of the awaiting task: while it waits, other tasks
    run, and cancelling the task throws CancelledError into the generator where it
    waits, so its except and finally blocks run before the error leaves async for.

    Scenario: Another task runs while the generator awaits between its items
      Given the program:
        """python
        import asyncio

        async def ticks(n):
            for i in range(n):
                await asyncio.sleep(0)
                yield i

        async def other():
            for i in range(3):
                print(f"other: turn {i}")
                await asyncio.sleep(0)

        async def main():
            task = asyncio.ensure_future(other())
            async for i in ticks(3):
                print(f"main: got {i}")
            await task

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        other: turn 0
        main: got 0
        other: turn 1
        main: got 1
        other: turn 2
        main: got 2
        """
      And the program completes normally

    Scenario: Cancelling the iterating task raises CancelledError inside the generator
      Given the program:
        """python
        import asyncio

        async def slow_numbers():
            try:
                yield 1
                await asyncio.sleep(10)
                yield 2
            except asyncio.CancelledError:
                print("generator: CancelledError at its await")
                raise
            finally:
                print("generator: finally")

        async def consumer():
            try:
                async for x in slow_numbers():
                    print(f"consumer: got {x}")
            except asyncio.CancelledError:
                print("consumer: CancelledError came out of async for")
                raise

        async def main():
            task = asyncio.ensure_future(consumer())
            await asyncio.sleep(0.05)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print(f"main: task cancelled: {task.cancelled()}")

        loop = asyncio.new_event_loop()

        asyncio.set_event_loop(loop)

        loop.run_until_complete(main())
        """
      Then the output is:
        """
        consumer: got 1
        generator: CancelledError at its await
        generator: finally
        consumer: CancelledError came out of async for
        main: task cancelled: True
        """
      And the program completes normally

  @rule-asyncgen.run.closes-open-generators @required
  Rule: asyncio.run closes the asynchronous generators left open, after cancelling the tasks left over and before closing the loop, so their finally blocks run and may still await.
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.run
    asyncio.run finalizes asynchronous generators: on its way out it runs
    loop.shutdown_asyncgens(), which throws GeneratorExit into each generator still
    suspended at a yield. This happens also when the main coroutine raised.

    # asyncio.run is new in Python 3.7.
    @since-3.7
    Scenario: A generator left suspended by main is closed on the loop, and its finally can await
      Given the program:
        """python
        import asyncio

        async def ticker():
            try:
                yield 1
                yield 2
            finally:
                print("ticker: finally runs")
                await asyncio.sleep(0)
                print("ticker: awaited inside finally")

        async def main():
            global gen
            gen = ticker()
            first = await gen.__anext__()
            print(f"main: got {first}")
            print("main: returns, the generator still suspended")

        asyncio.run(main())
        print("after asyncio.run")
        """
      Then the output is:
        """
        main: got 1
        main: returns, the generator still suspended
        ticker: finally runs
        ticker: awaited inside finally
        after asyncio.run
        """
      And the program completes normally

    # asyncio.run is new in Python 3.7.
    @since-3.7
    Scenario: The leftover task is cancelled first, then the generator is closed, also when main raises
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: {type(context['exception']).__name__}")

        class FancyExit(Exception):
            pass

        async def ticker():
            try:
                yield 1
                yield 2
            finally:
                print("ticker: finally (the generator is closed)")

        async def spin():
            global gen
            gen = ticker()
            first = await gen.__anext__()
            print(f"spin: got {first}, the generator stays suspended")
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("spin: cancelled, raising ZeroDivisionError")
                1 / 0

        async def main():
            asyncio.get_running_loop().set_exception_handler(handler)
            asyncio.ensure_future(spin())
            await asyncio.sleep(0)
            raise FancyExit

        try:
            asyncio.run(main())
        except FancyExit:
            print("asyncio.run raised FancyExit")
        """
      Then the output is:
        """
        spin: got 1, the generator stays suspended
        spin: cancelled, raising ZeroDivisionError
        handler: ZeroDivisionError
        ticker: finally (the generator is closed)
        asyncio.run raised FancyExit
        """
      And the program completes normally

  @rule-asyncgen.shutdown.closes-the-loops-generators @required
  Rule: loop.shutdown_asyncgens() closes every asynchronous generator first iterated while that loop ran and still open, and no other.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
    A generator is the loop's when the loop's firstiter hook saw its first
    iteration. One first iterated while another loop ran belongs to that loop; one
    first iterated while no loop ran belongs to none, even if a loop iterates it
    later.

    Scenario: A generator left by break out of async for is closed by shutdown_asyncgens
      Given the program:
        """python
        import asyncio

        async def ticker():
            try:
                yield 1
                yield 2
            finally:
                print("ticker: finally runs")

        async def main():
            global gen
            gen = ticker()
            async for x in gen:
                print(f"main: got {x}")
                break
            print("main: left the loop")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        print("main finished")
        loop.run_until_complete(loop.shutdown_asyncgens())
        print("after shutdown_asyncgens")
        loop.close()
        """
      Then the output is:
        """
        main: got 1
        main: left the loop
        main finished
        ticker: finally runs
        after shutdown_asyncgens
        """
      And the program completes normally

    Scenario: Each loop closes only the generators first iterated on it
      Given the program:
        """python
        import asyncio

        async def numbers(label):
            try:
                yield 1
                yield 2
            finally:
                print(f"{label}: finally")

        async def take_one(gen):
            async for x in gen:
                print(f"got {x}")
                break

        loop_a = asyncio.new_event_loop()
        loop_b = asyncio.new_event_loop()
        gen_a = numbers("iterated on loop A")
        gen_b = numbers("iterated on loop B")
        loop_a.run_until_complete(take_one(gen_a))
        loop_b.run_until_complete(take_one(gen_b))
        print("loop B shuts down its generators")
        loop_b.run_until_complete(loop_b.shutdown_asyncgens())
        print("loop A shuts down its generators")
        loop_a.run_until_complete(loop_a.shutdown_asyncgens())
        print("done")
        loop_a.close()
        loop_b.close()
        """
      Then the output is:
        """
        got 1
        got 1
        loop B shuts down its generators
        iterated on loop B: finally
        loop A shuts down its generators
        iterated on loop A: finally
        done
        """
      And the program completes normally

    Scenario: A generator first iterated while no loop ran is not the loop's
      Given the program:
        """python
        import asyncio

        async def numbers(label):
            try:
                yield 1
                yield 2
            finally:
                print(f"{label}: finally")

        outside = numbers("first iterated outside the loop")
        try:
            outside.__anext__().send(None)
        except StopIteration as e:
            print(f"driven by hand, outside any loop: {e.value}")

        async def main():
            global inside
            inside = numbers("first iterated inside the loop")
            value = await inside.__anext__()
            print(f"inside the loop: {value}")
            value = await outside.__anext__()
            print(f"the other one inside the loop: {value}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        print("shutdown_asyncgens")
        loop.run_until_complete(loop.shutdown_asyncgens())
        print("closing the other one by hand")
        try:
            outside.aclose().send(None)
        except StopIteration:
            print("closed")
        loop.close()
        """
      Then the output is:
        """
        driven by hand, outside any loop: 1
        inside the loop: 1
        the other one inside the loop: 2
        shutdown_asyncgens
        first iterated inside the loop: finally
        closing the other one by hand
        first iterated outside the loop: finally
        closed
        """
      And the program completes normally

  @rule-asyncgen.shutdown.closes-concurrently @required
  Rule: loop.shutdown_asyncgens() closes the generators concurrently, each aclose() in a task of its own, and returns when all have ended.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
    The closes are gathered, so a finally block that waits for another
    generator's finally block does not block the shutdown. The order in which the
    closes start is not specified.

    Scenario: Two finally blocks that wait for each other both finish
      Given the program:
        """python
        import asyncio

        async def closer(name, arrived, both, finished):
            try:
                yield 1
            finally:
                arrived.append(name)
                if len(arrived) == 2:
                    both.set()
                await both.wait()
                finished.append(name)

        async def main():
            global first, second
            arrived = []
            both = asyncio.Event()
            first = closer("first", arrived, both, finished)
            second = closer("second", arrived, both, finished)
            await first.__anext__()
            await second.__anext__()

        finished = []
        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.run_until_complete(loop.shutdown_asyncgens())
        print(f"both closed: {sorted(finished)}")
        loop.close()
        """
      Then the output is:
        """
        both closed: ['first', 'second']
        """
      And the program completes normally

  @rule-asyncgen.shutdown.reports-close-errors @required
  Rule: An exception raised while loop.shutdown_asyncgens() closes a generator goes to the loop's exception handler with the generator, and shutdown_asyncgens itself returns normally.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
    The handler's context holds a message, the exception and the generator under
    "asyncgen". A generator that yields again when asked to close fails with
    RuntimeError. The texts of the message and of that RuntimeError are
    CPython's (asyncgen.shutdown.reports-close-errors.wording).

    Scenario: A finally block that raises is reported with its generator
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            exc = context["exception"]
            print("handler: message is a str: {}".format(isinstance(context["message"], str)))
            print("handler: {}: {}, the generator given: {}".format(type(exc).__name__, exc, context["asyncgen"] is gen))

        async def broken():
            try:
                yield 1
            finally:
                raise ValueError("cleanup failed")

        async def main():
            global gen
            gen = broken()
            first = await gen.__anext__()
            print(f"main: got {first}")

        loop = asyncio.new_event_loop()
        loop.set_exception_handler(handler)
        loop.run_until_complete(main())
        loop.run_until_complete(loop.shutdown_asyncgens())
        print("shutdown_asyncgens returned normally")
        loop.close()
        """
      Then the output is:
        """
        main: got 1
        handler: message is a str: True
        handler: ValueError: cleanup failed, the generator given: True
        shutdown_asyncgens returned normally
        """
      And the program completes normally

    Scenario: A generator that yields instead of closing is reported with RuntimeError
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            exc = context["exception"]
            print(f"handler: {type(exc).__name__}, the generator given: {context['asyncgen'] is gen}")

        async def stubborn():
            try:
                yield 1
            finally:
                print("stubborn: finally, yields again")
                yield 2

        async def main():
            global gen
            gen = stubborn()
            first = await gen.__anext__()
            print(f"main: got {first}")

        loop = asyncio.new_event_loop()
        loop.set_exception_handler(handler)
        loop.run_until_complete(main())
        loop.run_until_complete(loop.shutdown_asyncgens())
        print("shutdown_asyncgens returned normally")
        loop.close()
        """
      Then the output is:
        """
        main: got 1
        stubborn: finally, yields again
        handler: RuntimeError, the generator given: True
        shutdown_asyncgens returned normally
        """
      And the program completes normally

  @rule-asyncgen.shutdown.reports-close-errors.wording @detail
  Rule: CPython's texts for an error while shutdown_asyncgens() closes a generator: the message 'an error occurred during closing of asynchronous generator' and the generator's repr, and 'async generator ignored GeneratorExit' for one that yields again.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
    Detail: message text: the handler's message is asyncio's, the RuntimeError's text the interpreter's (GraalPy's says 'generator ignored GeneratorExit')
    What is reported, and with which exception type, is the rule
    (asyncgen.shutdown.reports-close-errors); the texts are CPython's.

    Scenario: The message names the generator's closing
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            exc = context["exception"]
            print("handler: " + context["message"].split(" <")[0])
            print("handler: {}: {}, the generator given: {}".format(type(exc).__name__, exc, context["asyncgen"] is gen))

        async def broken():
            try:
                yield 1
            finally:
                raise ValueError("cleanup failed")

        async def main():
            global gen
            gen = broken()
            first = await gen.__anext__()
            print(f"main: got {first}")

        loop = asyncio.new_event_loop()
        loop.set_exception_handler(handler)
        loop.run_until_complete(main())
        loop.run_until_complete(loop.shutdown_asyncgens())
        print("shutdown_asyncgens returned normally")
        loop.close()
        """
      Then the output is:
        """
        main: got 1
        handler: an error occurred during closing of asynchronous generator
        handler: ValueError: cleanup failed, the generator given: True
        shutdown_asyncgens returned normally
        """
      And the program completes normally

    Scenario: The RuntimeError of a generator that yields instead of closing
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            exc = context["exception"]
            print(f"handler: {type(exc).__name__}: {exc}")

        async def stubborn():
            try:
                yield 1
            finally:
                print("stubborn: finally, yields again")
                yield 2

        async def main():
            global gen
            gen = stubborn()
            first = await gen.__anext__()
            print(f"main: got {first}")

        loop = asyncio.new_event_loop()
        loop.set_exception_handler(handler)
        loop.run_until_complete(main())
        loop.run_until_complete(loop.shutdown_asyncgens())
        print("shutdown_asyncgens returned normally")
        loop.close()
        """
      Then the output is:
        """
        main: got 1
        stubborn: finally, yields again
        handler: RuntimeError: async generator ignored GeneratorExit
        shutdown_asyncgens returned normally
        """
      And the program completes normally

  @rule-asyncgen.hooks.installed-while-running @required
  Rule: While an event loop runs, its own asyncgen hooks replace the thread's, and the previous hooks are back when it stops.
    Link: https://docs.python.org/3/library/sys.html#sys.set_asyncgen_hooks
    sys.get_asyncgen_hooks() gives both hooks; asyncio's loop sets them when it
    starts running and restores the pair it found when it stops, so hooks a program
    set itself see only the generators first iterated while no loop ran.

    Scenario: The hooks are set only while the loop runs
      Given the program:
        """python
        import asyncio
        import sys

        def show(where):
            firstiter, finalizer = sys.get_asyncgen_hooks()
            print(f"{where}: firstiter set: {firstiter is not None}, finalizer set: {finalizer is not None}")

        async def main():
            show("while the loop runs")

        show("before the loop runs")
        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        show("after run_until_complete")
        loop.close()
        """
      Then the output is:
        """
        before the loop runs: firstiter set: False, finalizer set: False
        while the loop runs: firstiter set: True, finalizer set: True
        after run_until_complete: firstiter set: False, finalizer set: False
        """
      And the program completes normally

    Scenario: The program's own hooks are replaced during the run and restored after it
      Given the program:
        """python
        import asyncio
        import sys

        def my_firstiter(agen):
            print("my_firstiter: called")

        async def numbers():
            yield 1

        async def main():
            gen = numbers()
            await gen.__anext__()
            firstiter, finalizer = sys.get_asyncgen_hooks()
            print(f"main: the loop's hook is installed: {firstiter is not my_firstiter}")

        sys.set_asyncgen_hooks(firstiter=my_firstiter)
        outside = numbers()
        try:
            outside.__anext__().send(None)
        except StopIteration as e:
            print(f"iterated outside the loop: {e.value}")
        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        firstiter, finalizer = sys.get_asyncgen_hooks()
        print(f"after the run, my hook is back: {firstiter is my_firstiter}")
        loop.close()
        """
      Then the output is:
        """
        my_firstiter: called
        iterated outside the loop: 1
        main: the loop's hook is installed: True
        after the run, my hook is back: True
        """
      And the program completes normally

  @rule-asyncgen.hooks.finalizer-schedules-aclose @required
  Rule: The loop's finalizer hook schedules the generator's aclose() as a task of the loop, through call_soon_threadsafe.
    Link: https://docs.python.org/3/library/sys.html#sys.set_asyncgen_hooks
    The interpreter calls the finalizer hook when it collects a generator that did
    not finish; the loop's hook then creates a task for aclose() in its next
    iteration, and that task runs in the iteration after.

    Scenario: Calling the loop's finalizer hook closes the generator two iterations later
      Given the program:
        """python
        import asyncio
        import sys

        async def numbers():
            try:
                yield 1
                yield 2
            finally:
                print("generator: finally, closed by the task the finalizer scheduled")

        async def main():
            gen = numbers()
            first = await gen.__anext__()
            print(f"main: got {first}")
            firstiter, finalizer = sys.get_asyncgen_hooks()
            finalizer(gen)
            print("main: called the loop's finalizer hook")
            await asyncio.sleep(0)
            print("main: one iteration later")
            await asyncio.sleep(0)
            print("main: two iterations later")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        main: got 1
        main: called the loop's finalizer hook
        main: one iteration later
        generator: finally, closed by the task the finalizer scheduled
        main: two iterations later
        """
      And the program completes normally
