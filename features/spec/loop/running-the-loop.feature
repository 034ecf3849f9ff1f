@loop
Feature: Starting, stopping and closing an event loop
  A loop does nothing until it is run. loop.run_until_complete(future) runs it
  until one future (or a coroutine, wrapped in a task) is done and hands back its
  outcome; loop.run_forever() runs it until loop.stop() is called. A loop runs
  at most once at a time, and a closed loop cannot run again.

  asyncio.run(coro), added in Python 3.7, packages the whole life cycle: it
  creates a fresh loop, runs the coroutine, cancels whatever tasks are still
  pending, and closes the loop. Inside a running loop, asyncio.get_running_loop()
  returns it, and asyncio.get_event_loop() returns it too.

  @rule-loop.run-until-complete.outcome @required
  Rule: run_until_complete returns the future's result or raises its exception.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
    A coroutine argument is wrapped in a task. When the future is done,
    run_until_complete returns its result, or raises its exception.

    Scenario: The coroutine's return value comes back and its exception escapes
      Given the program:
        """python
        import asyncio

        async def compute():
            await asyncio.sleep(0)
            return 42

        async def fail():
            await asyncio.sleep(0)
            raise ValueError("bad input")

        loop = asyncio.new_event_loop()
        print(f"returned {loop.run_until_complete(compute())!r}")
        try:
            loop.run_until_complete(fail())
        except ValueError as e:
            print(f"raised {type(e).__name__}: {e}")
        print(f"the loop is still usable: {loop.run_until_complete(compute())!r}")
        """
      Then the output is:
        """
        returned 42
        raised ValueError: bad input
        the loop is still usable: 42
        """
      And the program completes normally

    Scenario: An exception that nobody catches escapes run_until_complete and ends the program
      Given the program:
        """python
        import asyncio

        async def fail():
            print("fail: raising")
            raise KeyError("missing")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(fail())
        print("module: unreachable")
        """
      Then the output is:
        """
        fail: raising
        """
      And the program raises KeyError

  @rule-loop.run-until-complete.done-future @required
  Rule: run_until_complete on a future that is already done returns its outcome after a single iteration.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
    The loop stops as soon as it notices the future is done, which for a done
    future is the first iteration: other tasks get no more than one step, and a
    finished task can be passed again to read its outcome.

    Scenario: A done future returns after one iteration; a finished task returns its result again
      Given the program:
        """python
        import asyncio

        async def background():
            for step in range(1, 4):
                print(f"background: step {step}")
                await asyncio.sleep(0)
            return "background done"

        loop = asyncio.new_event_loop()
        task = loop.create_task(background())
        ready = loop.create_future()
        ready.set_result("already done")
        print(f"returned {loop.run_until_complete(ready)!r}")
        print(f"background finished: {task.done()}")
        print(f"returned {loop.run_until_complete(task)!r}")
        print(f"returned {loop.run_until_complete(task)!r}")
        failed = loop.create_future()
        failed.set_exception(LookupError("stored"))
        try:
            loop.run_until_complete(failed)
        except LookupError as e:
            print(f"raised {type(e).__name__}: {e}")
        """
      Then the output is:
        """
        background: step 1
        returned 'already done'
        background finished: False
        background: step 2
        background: step 3
        returned 'background done'
        returned 'background done'
        raised LookupError: stored
        """
      And the program completes normally

  @rule-loop.run.not-reentrant @required
  Rule: Running a loop that is already running raises RuntimeError; before 3.7 a coroutine passed to the refused call still ran as a task.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
    Calling run_until_complete (or run_forever) on a loop from code that the
    same loop is running raises RuntimeError; the outer run carries on. Before
    Python 3.7 a coroutine passed to the refused call was still wrapped in a task.

    # On 3.6 the check came after the coroutine had been wrapped in a task, which
    # then ran on the outer loop (see the next scenario).
    @since-3.7
    Scenario: A nested run_until_complete raises RuntimeError and never runs the coroutine
      Given the program:
        """python
        import asyncio

        async def inner():
            print("inner: unreachable")

        async def main():
            try:
                loop.run_until_complete(inner())
                print("main: unreachable")
            except RuntimeError as e:
                print(f"main: {type(e).__name__}")
            print(f"main: still running: {loop.is_running()}")
            return "outer result"

        loop = asyncio.new_event_loop()
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        main: RuntimeError
        main: still running: True
        outer result
        """
      And the program completes normally

    # Since 3.7 the check comes first and the nested coroutine never runs (see the
    # previous scenario).
    @before-3.7
    Scenario: On 3.6 the refused coroutine still runs as a task of the outer loop
      Given the program:
        """python
        import asyncio

        async def inner():
            print("inner: runs on the outer loop anyway")

        async def main():
            try:
                loop.run_until_complete(inner())
                print("main: unreachable")
            except RuntimeError as e:
                print(f"main: {type(e).__name__}")
            print(f"main: still running: {loop.is_running()}")
            return "outer result"

        loop = asyncio.new_event_loop()
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        main: RuntimeError
        main: still running: True
        inner: runs on the outer loop anyway
        outer result
        """
      And the program completes normally

    # The coroutine returns right after the refusal: what the loop reports about
    # itself after a refused run_forever differs in CPython 3.13.0
    # (python/cpython#130145), which the specification does not pin.
    Scenario: A nested run_forever raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def main():
            try:
                loop.run_forever()
            except RuntimeError as e:
                print(f"nested run_forever: {type(e).__name__}")
            return "main done"

        loop = asyncio.new_event_loop()
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        nested run_forever: RuntimeError
        main done
        """
      And the program completes normally

  @rule-loop.run.not-reentrant.wording @detail
  Rule: CPython's message for running a loop that is already running: 'This event loop is already running'.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
    Detail: message text: the RuntimeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    # The coroutine returns right after the refusal: what the loop reports about
    # itself after a refused run_forever differs in CPython 3.13.0
    # (python/cpython#130145), which the specification does not pin.
    Scenario: A nested run_forever raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def main():
            try:
                loop.run_forever()
            except RuntimeError as e:
                print(f"nested run_forever: {e}")
            return "main done"

        loop = asyncio.new_event_loop()
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        nested run_forever: This event loop is already running
        main done
        """
      And the program completes normally

    # On 3.6 the check came after the coroutine had been wrapped in a task, which
    # then ran on the outer loop (see the next scenario).
    @since-3.7
    Scenario: A nested run_until_complete raises RuntimeError and never runs the coroutine
      Given the program:
        """python
        import asyncio

        async def inner():
            print("inner: unreachable")

        async def main():
            try:
                loop.run_until_complete(inner())
                print("main: unreachable")
            except RuntimeError as e:
                print(f"main: {type(e).__name__}: {e}")
            print(f"main: still running: {loop.is_running()}")
            return "outer result"

        loop = asyncio.new_event_loop()
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        main: RuntimeError: This event loop is already running
        main: still running: True
        outer result
        """
      And the program completes normally

    # Since 3.7 the check comes first and the nested coroutine never runs (see the
    # previous scenario).
    @before-3.7
    Scenario: On 3.6 the refused coroutine still runs as a task of the outer loop
      Given the program:
        """python
        import asyncio

        async def inner():
            print("inner: runs on the outer loop anyway")

        async def main():
            try:
                loop.run_until_complete(inner())
                print("main: unreachable")
            except RuntimeError as e:
                print(f"main: {type(e).__name__}: {e}")
            print(f"main: still running: {loop.is_running()}")
            return "outer result"

        loop = asyncio.new_event_loop()
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        main: RuntimeError: This event loop is already running
        main: still running: True
        inner: runs on the outer loop anyway
        outer result
        """
      And the program completes normally

  @rule-loop.stop.after-current-iteration @required
  Rule: After stop() the current batch of callbacks finishes and run_forever returns; callbacks scheduled meanwhile run on the next run.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.stop
    When a callback calls stop(), the rest of the current batch of callbacks
    still runs. Callbacks scheduled during that batch do not; they stay queued
    and run the next time the loop runs.

    Scenario: The batch finishes, its follow-ups wait for the next run
      Given the program:
        """python
        import asyncio

        def follow_up(name):
            print(f"{name}'s follow-up runs")

        def callback(name):
            print(f"{name} runs")
            loop.call_soon(follow_up, name)

        def stopper():
            print("stopper calls stop()")
            loop.stop()
            loop.call_soon(follow_up, "stopper")

        async def main():
            print("main runs")
            return "main result"

        loop = asyncio.new_event_loop()
        loop.call_soon(callback, "first")
        loop.call_soon(stopper)
        loop.call_soon(callback, "third")
        loop.run_forever()
        print(f"run_forever returned, running={loop.is_running()}")
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        first runs
        stopper calls stop()
        third runs
        run_forever returned, running=False
        first's follow-up runs
        stopper's follow-up runs
        third's follow-up runs
        main runs
        main result
        """
      And the program completes normally

    Scenario: stop() before run_forever runs the queued callbacks once
      Given the program:
        """python
        import asyncio

        def tick(n):
            print(f"tick {n}")
            loop.call_soon(tick, n + 1)

        loop = asyncio.new_event_loop()
        loop.call_soon(tick, 1)
        loop.stop()
        loop.run_forever()
        print("first run_forever returned")
        loop.stop()
        loop.run_forever()
        print("second run_forever returned")
        """
      Then the output is:
        """
        tick 1
        first run_forever returned
        tick 2
        second run_forever returned
        """
      And the program completes normally

  @rule-loop.state.running-and-closed @required
  Rule: is_running and is_closed report the loop state; closing a running loop raises RuntimeError, a closed loop refuses to run, close() twice is harmless.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.close
    A loop is running only while run_forever or run_until_complete is active.
    close() must not be called on a running loop (RuntimeError); on a stopped
    loop it closes it for good, and calling it again has no effect.

    Scenario: The state before, during and after running, and after closing twice
      Given the program:
        """python
        import asyncio

        def state(label):
            print(f"{label}: running={loop.is_running()} closed={loop.is_closed()}")

        async def main():
            state("inside")
            try:
                loop.close()
                print("close: unreachable")
            except RuntimeError as e:
                print(f"close while running: {type(e).__name__}")

        loop = asyncio.new_event_loop()
        state("new")
        loop.run_until_complete(main())
        state("after run")
        loop.close()
        state("closed")
        loop.close()
        state("closed twice")
        """
      Then the output is:
        """
        new: running=False closed=False
        inside: running=True closed=False
        close while running: RuntimeError
        after run: running=False closed=False
        closed: running=False closed=True
        closed twice: running=False closed=True
        """
      And the program completes normally

    Scenario: A closed loop refuses to run and to schedule callbacks
      Given the program:
        """python
        import asyncio

        async def main():
            print("main: unreachable")

        loop = asyncio.new_event_loop()
        loop.close()
        try:
            loop.run_forever()
        except RuntimeError as e:
            print(f"run_forever: {type(e).__name__}")
        try:
            loop.run_until_complete(main())
        except RuntimeError as e:
            print(f"run_until_complete: {type(e).__name__}")
        loop.call_soon(print, "unreachable")
        """
      Then the output is:
        """
        run_forever: RuntimeError
        run_until_complete: RuntimeError
        """
      And the program raises RuntimeError

  @rule-loop.close.discards-pending-work @required
  Rule: Returning from run_until_complete, stop() and close() cancel nothing: a waiting task stays pending and a task that has not started never runs.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.close
    close() discards the callbacks still queued, among them the first step of
    a task that has not started; it does not cancel or finish a waiting task,
    which stays pending. Only asyncio.run cancels what is left (rule
    loop.asyncio-run.cancels-pending).

    Scenario: A waiting task stays pending after run_until_complete and close(); a task not started never runs
      Given the program:
        """python
        import asyncio

        async def wait_for_ever():
            await asyncio.get_event_loop().create_future()

        async def never_started():
            print("never_started: unreachable")

        async def main():
            global waiting
            waiting = asyncio.ensure_future(wait_for_ever())
            await asyncio.sleep(0)
            print("main: returns while the task still waits")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        unstarted = loop.create_task(never_started())
        print(f"after run_until_complete: waiting done={waiting.done()}, unstarted done={unstarted.done()}")
        loop.close()
        print(f"after close: waiting done={waiting.done()} cancelled={waiting.cancelled()}")
        print(f"after close: unstarted done={unstarted.done()} cancelled={unstarted.cancelled()}")
        """
      Then the output is:
        """
        main: returns while the task still waits
        after run_until_complete: waiting done=False, unstarted done=False
        after close: waiting done=False cancelled=False
        after close: unstarted done=False cancelled=False
        """
      And the program completes normally

  @rule-loop.state.running-and-closed.wording @detail
  Rule: CPython's messages for closing a running loop and for running a closed one: 'Cannot close a running event loop', 'Event loop is closed'.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.close
    Detail: message text: the RuntimeError's texts are asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    Scenario: The state before, during and after running, and after closing twice
      Given the program:
        """python
        import asyncio

        def state(label):
            print(f"{label}: running={loop.is_running()} closed={loop.is_closed()}")

        async def main():
            state("inside")
            try:
                loop.close()
                print("close: unreachable")
            except RuntimeError as e:
                print(f"close while running: {type(e).__name__}: {e}")

        loop = asyncio.new_event_loop()
        state("new")
        loop.run_until_complete(main())
        state("after run")
        loop.close()
        state("closed")
        loop.close()
        state("closed twice")
        """
      Then the output is:
        """
        new: running=False closed=False
        inside: running=True closed=False
        close while running: RuntimeError: Cannot close a running event loop
        after run: running=False closed=False
        closed: running=False closed=True
        closed twice: running=False closed=True
        """
      And the program completes normally

    Scenario: A closed loop refuses to run and to schedule callbacks
      Given the program:
        """python
        import asyncio

        async def main():
            print("main: unreachable")

        loop = asyncio.new_event_loop()
        loop.close()
        try:
            loop.run_forever()
        except RuntimeError as e:
            print(f"run_forever: {type(e).__name__}: {e}")
        try:
            loop.run_until_complete(main())
        except RuntimeError as e:
            print(f"run_until_complete: {type(e).__name__}: {e}")
        loop.call_soon(print, "unreachable")
        """
      Then the output is:
        """
        run_forever: RuntimeError: Event loop is closed
        run_until_complete: RuntimeError: Event loop is closed
        """
      And the program raises RuntimeError

  @rule-loop.asyncio-run.lifecycle @required
  Rule: asyncio.run runs the coroutine on a new loop, returns its result or raises its exception, and closes the loop.
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.run
    asyncio.run creates a new event loop, runs the coroutine on it and returns
    its result (or raises its exception); it always closes the loop at the end.

    # asyncio.run and asyncio.get_running_loop are new in 3.7 (AttributeError on 3.6).
    @since-3.7
    Scenario: Each call runs its coroutine on a new loop and closes it, also after an exception
      Given the program:
        """python
        import asyncio

        seen = []

        async def main():
            loop = asyncio.get_running_loop()
            seen.append(loop)
            print(f"inside: running={loop.is_running()} closed={loop.is_closed()}")
            await asyncio.sleep(0)
            return "main result"

        async def fail():
            seen.append(asyncio.get_running_loop())
            await asyncio.sleep(0)
            raise ValueError("from fail")

        print(f"asyncio.run returned {asyncio.run(main())!r}")
        print(f"afterwards: running={seen[0].is_running()} closed={seen[0].is_closed()}")
        try:
            asyncio.run(fail())
        except ValueError as e:
            print(f"asyncio.run raised {type(e).__name__}: {e}")
        print(f"a new loop: {seen[1] is not seen[0]}, closed={seen[1].is_closed()}")
        """
      Then the output is:
        """
        inside: running=True closed=False
        asyncio.run returned 'main result'
        afterwards: running=False closed=True
        asyncio.run raised ValueError: from fail
        a new loop: True, closed=True
        """
      And the program completes normally

  @rule-loop.asyncio-run.cancels-pending @required
  Rule: asyncio.run cancels the tasks still pending when the coroutine returns and lets them finish before it returns.
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.run
    Before closing the loop, asyncio.run cancels every remaining task and runs the
    loop until they have finished, so their except and finally blocks run
    before asyncio.run returns.

    # asyncio.run is new in 3.7; on 3.6 the program raises AttributeError instead.
    @since-3.7
    Scenario: A leftover task is cancelled and cleans up before asyncio.run returns
      Given the program:
        """python
        import asyncio

        async def background():
            print("background: waiting")
            try:
                await asyncio.sleep(10)
                print("background: unreachable")
            except asyncio.CancelledError:
                print("background: cancelled")
                raise
            finally:
                print("background: finally")

        async def main():
            asyncio.ensure_future(background())
            await asyncio.sleep(0)
            print("main: returning")
            return "main result"

        result = asyncio.run(main())
        print(f"asyncio.run returned {result!r}")
        """
      Then the output is:
        """
        background: waiting
        main: returning
        background: cancelled
        background: finally
        asyncio.run returned 'main result'
        """
      And the program completes normally

    # asyncio.run is new in 3.7. spawn runs in the loop's last batch, after main's end was scheduled:
    # the task it creates is still waiting for its first step when asyncio.run cancels it.
    @since-3.7
    Scenario: A task that has not started yet is cancelled before it runs a line
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: unreachable")

        def spawn():
            global unstarted
            unstarted = asyncio.ensure_future(child())
            print("spawn: created a task the loop will not start before main's end")

        async def main():
            asyncio.get_running_loop().call_soon(spawn)
            print("main: returning")

        asyncio.run(main())
        print(f"after asyncio.run: done={unstarted.done()} cancelled={unstarted.cancelled()}")
        """
      Then the output is:
        """
        main: returning
        spawn: created a task the loop will not start before main's end
        after asyncio.run: done=True cancelled=True
        """
      And the program completes normally

    # asyncio.run is new in 3.7.
    @since-3.7
    Scenario: The leftover task is cancelled also when the coroutine raises
      Given the program:
        """python
        import asyncio

        async def background():
            try:
                await asyncio.sleep(10)
            finally:
                print("background: finally")

        async def main():
            global left
            left = asyncio.ensure_future(background())
            await asyncio.sleep(0)
            raise KeyError("main failed")

        try:
            asyncio.run(main())
        except KeyError:
            print("asyncio.run raised KeyError")
        print(f"left: done={left.done()} cancelled={left.cancelled()}")
        """
      Then the output is:
        """
        background: finally
        asyncio.run raised KeyError
        left: done=True cancelled=True
        """
      And the program completes normally

  @rule-loop.asyncio-run.not-nested @required
  Rule: asyncio.run called while an event loop is running raises RuntimeError without running its coroutine.
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.run
    Called from a coroutine or callback of a running loop, asyncio.run raises
    RuntimeError without running its coroutine.

    # asyncio.run is new in 3.7; on 3.6 the program raises AttributeError instead.
    @since-3.7
    Scenario: asyncio.run inside a coroutine raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def inner():
            print("inner: unreachable")

        async def main():
            try:
                asyncio.run(inner())
                print("main: unreachable")
            except RuntimeError as e:
                print(f"main: {type(e).__name__}")
            return "outer result"

        print(asyncio.run(main()))
        """
      Then the output is:
        """
        main: RuntimeError
        outer result
        """
      And the program completes normally

  @rule-loop.asyncio-run.not-nested.wording @detail
  Rule: CPython's message for a nested asyncio.run: 'asyncio.run() cannot be called from a running event loop'.
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.run
    Detail: message text: the RuntimeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    # asyncio.run is new in 3.7; on 3.6 the program raises AttributeError instead.
    @since-3.7
    Scenario: asyncio.run inside a coroutine raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def inner():
            print("inner: unreachable")

        async def main():
            try:
                asyncio.run(inner())
                print("main: unreachable")
            except RuntimeError as e:
                print(f"main: {type(e).__name__}: {e}")
            return "outer result"

        print(asyncio.run(main()))
        """
      Then the output is:
        """
        main: RuntimeError: asyncio.run() cannot be called from a running event loop
        outer result
        """
      And the program completes normally

  @rule-loop.get-running-loop.requires-running @required
  Rule: get_running_loop returns the running loop inside coroutines and callbacks and raises RuntimeError when none is running.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.get_running_loop
    It can only be called from a coroutine or a callback; without a running
    event loop in the current thread it raises RuntimeError.

    # asyncio.get_running_loop is new in 3.7; on 3.6 the call raises AttributeError.
    @since-3.7
    Scenario: get_running_loop inside and outside the loop
      Given the program:
        """python
        import asyncio

        def callback():
            print(f"callback: running loop is the loop: {asyncio.get_running_loop() is loop}")

        async def main():
            print(f"coroutine: running loop is the loop: {asyncio.get_running_loop() is loop}")
            loop.call_soon(callback)
            await asyncio.sleep(0)

        try:
            asyncio.get_running_loop()
            print("unreachable")
        except RuntimeError as e:
            print(f"before: {type(e).__name__}")
        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        try:
            asyncio.get_running_loop()
            print("unreachable")
        except RuntimeError as e:
            print(f"after: {type(e).__name__}")
        """
      Then the output is:
        """
        before: RuntimeError
        coroutine: running loop is the loop: True
        callback: running loop is the loop: True
        after: RuntimeError
        """
      And the program completes normally

  @rule-loop.get-running-loop.requires-running.wording @detail
  Rule: CPython's message of get_running_loop without a running loop: 'no running event loop'.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.get_running_loop
    Detail: message text: the RuntimeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    # asyncio.get_running_loop is new in 3.7; on 3.6 the call raises AttributeError.
    @since-3.7
    Scenario: get_running_loop inside and outside the loop
      Given the program:
        """python
        import asyncio

        def callback():
            print(f"callback: running loop is the loop: {asyncio.get_running_loop() is loop}")

        async def main():
            print(f"coroutine: running loop is the loop: {asyncio.get_running_loop() is loop}")
            loop.call_soon(callback)
            await asyncio.sleep(0)

        try:
            asyncio.get_running_loop()
            print("unreachable")
        except RuntimeError as e:
            print(f"before: {type(e).__name__}: {e}")
        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        try:
            asyncio.get_running_loop()
            print("unreachable")
        except RuntimeError as e:
            print(f"after: {type(e).__name__}: {e}")
        """
      Then the output is:
        """
        before: RuntimeError: no running event loop
        coroutine: running loop is the loop: True
        callback: running loop is the loop: True
        after: RuntimeError: no running event loop
        """
      And the program completes normally

  @rule-loop.get-event-loop.returns-running @required
  Rule: get_event_loop called from a coroutine or callback returns the running loop.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.get_event_loop
    While a loop runs, get_event_loop returns that loop, even one made with
    new_event_loop that was never set as the current loop.

    Scenario: A loop that was never set as current is what get_event_loop returns inside it
      Given the program:
        """python
        import asyncio

        def callback():
            print(f"callback: {asyncio.get_event_loop() is loop}")

        async def main():
            print(f"coroutine: {asyncio.get_event_loop() is loop}")
            loop.call_soon(callback)
            await asyncio.sleep(0)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        coroutine: True
        callback: True
        """
      And the program completes normally
