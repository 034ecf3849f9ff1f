@loop
Feature: asyncio.Runner and the options of asyncio.run
  asyncio.run(main) is a Runner used once. asyncio.Runner (3.11+) keeps its event loop between runs: each
  run(coro) runs one coroutine as a task until it is done, and close() (or leaving the with block) finalises
  the loop once: the tasks still pending are cancelled and awaited, async generators and the default executor
  are shut down, and the loop is closed. Both take debug= (the loop's debug mode) and a loop factory (Runner
  from 3.11, asyncio.run from 3.12).

  The runs of one Runner share one contextvars context, copied when the runner starts: a variable one run sets
  is seen by the next, while the code that drives the runner keeps its own values.

  @rule-loop.runner.repeated-runs @required
  Rule: Runner.run runs a coroutine to completion on the runner's loop and returns its result; every run of one runner uses the same loop, so tasks one run leaves pending go on in the next, and the loop is closed when the with block ends (3.11+).
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.Runner

    @since-3.11
    Scenario: Two runs on one loop, closed by the with block
      Given the program:
        """python
        import asyncio

        async def answer(value):
            await asyncio.sleep(0)
            return value

        async def loop_of_this_run():
            return asyncio.get_running_loop()

        with asyncio.Runner() as runner:
            print(f"first run returns: {runner.run(answer(1))}")
            print(f"second run returns: {runner.run(answer(2))}")
            loop = runner.get_loop()
            print(f"both ran on get_loop()'s loop: {runner.run(loop_of_this_run()) is loop}")
            print(f"between runs the loop is not running: {loop.is_running()}")
        print(f"leaving the with block closes the loop: {loop.is_closed()}")
        """
      Then the output is:
        """
        first run returns: 1
        second run returns: 2
        both ran on get_loop()'s loop: True
        between runs the loop is not running: False
        leaving the with block closes the loop: True
        """
      And the program completes normally

    @since-3.11
    Scenario: A task left pending by one run goes on in the next
      Given the program:
        """python
        import asyncio

        async def background(steps):
            for n in range(3):
                steps.append(n)
                await asyncio.sleep(0)
            steps.append("done")

        async def start(steps):
            return asyncio.ensure_future(background(steps))

        async def idle():
            for _ in range(5):
                await asyncio.sleep(0)

        with asyncio.Runner() as runner:
            steps = []
            task = runner.run(start(steps))
            print(f"after the first run: {steps}, task done: {task.done()}")
            runner.run(idle())
            print(f"the second run let it finish: {steps}, task done: {task.done()}")
        """
      Then the output is:
        """
        after the first run: [0], task done: False
        the second run let it finish: [0, 1, 2, 'done'], task done: True
        """
      And the program completes normally

  @rule-loop.runner.shared-context @required
  Rule: The runs of one Runner share the context copied when it started, unless run() is given context=; asyncio.run's coroutine runs in a copy of the caller's context (3.11+).
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.Runner.run
    "An optional keyword-only context argument allows specifying a custom contextvars.Context for the coro to
    run in. The runner's default context is used if None."

    @since-3.11
    Scenario: A value set in one run is seen by the next, not by the caller
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="unset")

        async def set_it(value):
            before = cvar.get()
            cvar.set(value)
            return before

        cvar.set("top level")
        with asyncio.Runner() as runner:
            print(f"first run saw: {runner.run(set_it('first'))}")
            print(f"second run saw: {runner.run(set_it('second'))}")
            ctx = contextvars.copy_context()
            print(f"run with context= saw: {runner.run(set_it('third'), context=ctx)}")
            print(f"that context holds: {ctx[cvar]}")
            print(f"fourth run saw: {runner.run(set_it('fourth'))}")
        print(f"top level sees: {cvar.get()}")
        print(f"asyncio.run saw: {asyncio.run(set_it('by asyncio.run'))}")
        print(f"top level still sees: {cvar.get()}")
        """
      Then the output is:
        """
        first run saw: top level
        second run saw: first
        run with context= saw: top level
        that context holds: third
        fourth run saw: second
        top level sees: top level
        asyncio.run saw: top level
        top level still sees: top level
        """
      And the program completes normally

  @rule-loop.runner.close @required
  Rule: Runner.close cancels the tasks still pending and closes the loop; a second close does nothing, and a closed runner refuses get_loop, run and a new with block with RuntimeError (3.11+).
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.Runner.close

    @since-3.11
    Scenario: A leftover task is cancelled by close, and the closed runner refuses everything
      Given the program:
        """python
        import asyncio

        async def leftover():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("leftover: cancelled when the runner closes")
                raise

        async def start_leftover():
            asyncio.ensure_future(leftover())
            await asyncio.sleep(0)
            return "main done"

        runner = asyncio.Runner()
        print(runner.run(start_leftover()))
        loop = runner.get_loop()
        runner.close()
        print(f"closed: {loop.is_closed()}")
        runner.close()
        print("a second close() does nothing")
        for attempt in ["get_loop()", "run()", "with"]:
            try:
                if attempt == "get_loop()":
                    runner.get_loop()
                elif attempt == "run()":
                    coro = asyncio.sleep(0)
                    try:
                        runner.run(coro)
                    finally:
                        coro.close()
                else:
                    with runner:
                        print("never")
            except RuntimeError:
                print(f"{attempt} on a closed runner: RuntimeError")
        """
      Then the output is:
        """
        main done
        leftover: cancelled when the runner closes
        closed: True
        a second close() does nothing
        get_loop() on a closed runner: RuntimeError
        run() on a closed runner: RuntimeError
        with on a closed runner: RuntimeError
        """
      And the program completes normally

  @rule-loop.runner.refuses @required
  Rule: Runner.run raises RuntimeError when called from a running event loop (3.11+); it raises ValueError for anything but a coroutine, a future included (3.11-3.13), and from 3.14 awaits any awaitable and raises TypeError for anything else.
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.Runner.run

    # 3.14 accepts any awaitable and raises TypeError otherwise (see the next scenario).
    @since-3.11 @before-3.14
    Scenario: A nested run, an int and a future are refused
      Given the program:
        """python
        import asyncio

        async def nested(runner):
            coro = asyncio.sleep(0)
            try:
                runner.run(coro)
            except RuntimeError:
                print("run() inside a running loop: RuntimeError")
            finally:
                coro.close()

        async def make_future():
            return asyncio.get_running_loop().create_future()

        with asyncio.Runner() as runner:
            runner.run(nested(runner))
            for what in [123, runner.run(make_future())]:
                try:
                    runner.run(what)
                except ValueError:
                    print(f"run() of a {type(what).__name__}: ValueError")
        """
      Then the output is:
        """
        run() inside a running loop: RuntimeError
        run() of a int: ValueError
        run() of a Future: ValueError
        """
      And the program completes normally

    @since-3.14
    Scenario: A nested run and an int are refused, a future is awaited
      Given the program:
        """python
        import asyncio

        async def nested(runner):
            coro = asyncio.sleep(0)
            try:
                runner.run(coro)
            except RuntimeError:
                print("run() inside a running loop: RuntimeError")
            finally:
                coro.close()

        async def make_future():
            future = asyncio.get_running_loop().create_future()
            asyncio.get_running_loop().call_soon(future.set_result, "the future's result")
            return future

        with asyncio.Runner() as runner:
            runner.run(nested(runner))
            try:
                runner.run(123)
            except TypeError:
                print("run() of an int: TypeError")
            print(f"run() of a future awaits it: {runner.run(runner.run(make_future()))}")
        """
      Then the output is:
        """
        run() inside a running loop: RuntimeError
        run() of an int: TypeError
        run() of a future awaits it: the future's result
        """
      And the program completes normally

  @rule-loop.runner.options @required
  Rule: Runner(debug=...) sets the loop's debug mode, and Runner(loop_factory=f) runs on the loop f returns, called once and closed with the runner (3.11+).
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.Runner

    @since-3.11
    Scenario: debug= and loop_factory=
      Given the program:
        """python
        import asyncio

        made = []

        def factory():
            loop = asyncio.new_event_loop()
            made.append(loop)
            return loop

        async def debug_flag():
            return asyncio.get_running_loop().get_debug()

        with asyncio.Runner(debug=True) as runner:
            print(f"Runner(debug=True): get_debug() {runner.run(debug_flag())}")
        with asyncio.Runner(debug=False) as runner:
            print(f"Runner(debug=False): get_debug() {runner.run(debug_flag())}")
        with asyncio.Runner(loop_factory=factory) as runner:
            print(f"Runner(loop_factory=...): get_loop() is the factory's loop: {runner.get_loop() is made[0]}")
        print(f"the factory was called once, its loop is closed: {len(made)} {made[0].is_closed()}")
        """
      Then the output is:
        """
        Runner(debug=True): get_debug() True
        Runner(debug=False): get_debug() False
        Runner(loop_factory=...): get_loop() is the factory's loop: True
        the factory was called once, its loop is closed: 1 True
        """
      And the program completes normally

  @rule-loop.asyncio-run.options @required
  Rule: asyncio.run(main, debug=...) runs the loop in that debug mode, refuses anything but a coroutine with ValueError (3.7-3.13; TypeError from 3.14), and with loop_factory=f runs on the loop f returns (3.12+).
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.run

    # From 3.14 asyncio.run hands its argument to Runner.run, which raises TypeError (next scenario).
    @since-3.7 @before-3.14
    Scenario: debug= and arguments that are not coroutines
      Given the program:
        """python
        import asyncio

        async def debug_flag():
            return asyncio.get_event_loop().get_debug()

        print(f"asyncio.run(debug=True): get_debug() {asyncio.run(debug_flag(), debug=True)}")
        print(f"asyncio.run(debug=False): get_debug() {asyncio.run(debug_flag(), debug=False)}")
        for what in [1, debug_flag]:
            try:
                asyncio.run(what)
            except ValueError:
                print(f"asyncio.run() of a {type(what).__name__}: ValueError")
        """
      Then the output is:
        """
        asyncio.run(debug=True): get_debug() True
        asyncio.run(debug=False): get_debug() False
        asyncio.run() of a int: ValueError
        asyncio.run() of a function: ValueError
        """
      And the program completes normally

    @since-3.14
    Scenario: debug=, and TypeError for arguments that are not awaitable
      Given the program:
        """python
        import asyncio

        async def debug_flag():
            return asyncio.get_event_loop().get_debug()

        print(f"asyncio.run(debug=True): get_debug() {asyncio.run(debug_flag(), debug=True)}")
        print(f"asyncio.run(debug=False): get_debug() {asyncio.run(debug_flag(), debug=False)}")
        for what in [1, debug_flag]:
            try:
                asyncio.run(what)
            except TypeError:
                print(f"asyncio.run() of a {type(what).__name__}: TypeError")
        """
      Then the output is:
        """
        asyncio.run(debug=True): get_debug() True
        asyncio.run(debug=False): get_debug() False
        asyncio.run() of a int: TypeError
        asyncio.run() of a function: TypeError
        """
      And the program completes normally

    @since-3.12
    Scenario: loop_factory=
      Given the program:
        """python
        import asyncio

        made = []

        def factory():
            print("factory called")
            loop = asyncio.new_event_loop()
            made.append(loop)
            return loop

        async def main():
            return asyncio.get_running_loop()

        loop = asyncio.run(main(), loop_factory=factory)
        print(f"main ran on the factory's loop: {loop is made[0]}, closed afterwards: {loop.is_closed()}")
        """
      Then the output is:
        """
        factory called
        main ran on the factory's loop: True, closed afterwards: True
        """
      And the program completes normally
