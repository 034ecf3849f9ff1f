@loop
Feature: Lost exceptions and abandoned tasks are reported when they are destroyed
  Two mistakes leave no trace in a program's own output: a future or task
  whose exception nobody ever looks at, and a task that is thrown away while
  it still waits. asyncio reports both when the object is destroyed, through
  the loop's exception handler: "Future exception was never retrieved" (or
  "Task exception ...") with the exception in the context, and "Task was
  destroyed but it is pending!" with the task.

  CPython destroys an object when the last reference to it goes, or at the
  latest when the interpreter exits. The programs below keep each object in
  a global variable of its own, assigned when the object is created, so that
  CPython destroys them at exit, after the last line of the program: it
  reports them in the order they were created, then closes the coroutines of
  the pending tasks in the same order, which runs their finally blocks. A
  custom handler prints what it receives.

  When and whether these reports come depends on the garbage collector, which
  the documentation leaves open: PyPy, which has no reference counting, reports
  nothing at exit, and uvloop's loop closes nothing then. So every rule here is
  a detail. What is documented is required elsewhere: asyncio.run cancels the
  tasks left pending (loop.asyncio-run.cancels-pending), and the end of
  run_until_complete or close() cancels nothing (loop.close.discards-pending-work).

  @rule-loop.errors.never-retrieved @detail
  Rule: A future or task destroyed with an exception that result(), exception() or cancel() never retrieved is reported to the exception handler as 'Future exception was never retrieved' or 'Task exception was never retrieved', with the exception.
    Link: https://docs.python.org/3/library/asyncio-dev.html#detect-never-retrieved-exceptions
    Detail: collector timing: the report appears when the garbage collector destroys the object at exit; an interpreter that finalizes nothing at exit (PyPy, GraalPy) reports nothing
    An exception set on a future counts as retrieved once result(), exception()
    or cancel() was called on it (awaiting calls result()); done() and
    cancelled() do not count. A future or task destroyed with an exception
    never retrieved is reported to the loop's exception handler with the
    message "Future exception was never retrieved" or "Task exception was never
    retrieved" and the exception under the key 'exception'.

    Scenario: Only the futures and the task whose exceptions were never looked at are reported
      Given the program:
        """python
        import asyncio

        def report(loop, context):
            exception = context["exception"]
            print(f"handler: {context['message']}: {type(exception).__name__}: {exception}")

        async def fail(label):
            await asyncio.sleep(0)
            raise ValueError(label)

        async def main():
            global by_result, by_exception, by_cancel, only_checked, ignored
            global awaited_task, cancelled_task, ignored_task
            loop = asyncio.get_event_loop()
            by_result = loop.create_future()
            by_exception = loop.create_future()
            by_cancel = loop.create_future()
            only_checked = loop.create_future()
            ignored = loop.create_future()
            by_result.set_exception(ValueError("read by result()"))
            by_exception.set_exception(ValueError("read by exception()"))
            by_cancel.set_exception(ValueError("read by cancel()"))
            only_checked.set_exception(ValueError("only checked with done()"))
            ignored.set_exception(ValueError("ignored"))
            try:
                by_result.result()
            except ValueError as e:
                print(f"result() raised ValueError: {e}")
            print(f"exception() returned ValueError: {by_exception.exception()}")
            print(f"cancel() on a failed future returned {by_cancel.cancel()}")
            print(f"done() returned {only_checked.done()}")
            awaited_task = asyncio.ensure_future(fail("awaited task"))
            cancelled_task = asyncio.ensure_future(fail("cancelled task"))
            ignored_task = asyncio.ensure_future(fail("ignored task"))
            try:
                await awaited_task
            except ValueError as e:
                print(f"await raised ValueError: {e}")
            print(f"cancel() on a failed task returned {cancelled_task.cancel()}")

        loop = asyncio.new_event_loop()
        loop.set_exception_handler(report)
        loop.run_until_complete(main())
        print("end of program")
        """
      Then the output is:
        """
        result() raised ValueError: read by result()
        exception() returned ValueError: read by exception()
        cancel() on a failed future returned False
        done() returned True
        await raised ValueError: awaited task
        cancel() on a failed task returned False
        end of program
        handler: Future exception was never retrieved: ValueError: only checked with done()
        handler: Future exception was never retrieved: ValueError: ignored
        handler: Task exception was never retrieved: ValueError: ignored task
        """
      And the program completes normally

  @rule-loop.errors.destroyed-pending @detail
  Rule: A task destroyed while pending is reported to the exception handler as 'Task was destroyed but it is pending!'; then its coroutine is closed, running its finally blocks.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task
    Detail: collector timing: the report appears when the garbage collector destroys the task at exit; an interpreter that finalizes nothing at exit (PyPy, GraalPy) reports nothing
    A task that is destroyed before it is done is reported to the loop's
    exception handler with the message "Task was destroyed but it is pending!";
    then its coroutine is closed, which raises GeneratorExit at the await where
    it waits and so runs its finally blocks.

    Scenario: A task left waiting when the program ends is reported at exit
      Given the program:
        """python
        import asyncio

        def report(loop, context):
            print(f"handler: {context['message']}")

        async def wait_for_ever(name):
            print(f"{name}: waiting")
            try:
                await asyncio.get_event_loop().create_future()
            finally:
                print(f"{name}: coroutine closed")

        async def main():
            global left_behind
            left_behind = asyncio.ensure_future(wait_for_ever("left behind"))
            await asyncio.sleep(0)
            print("main: returns while the task still waits")

        loop = asyncio.new_event_loop()
        loop.set_exception_handler(report)
        loop.run_until_complete(main())
        print(f"end of program, task done: {left_behind.done()}")
        """
      Then the output is:
        """
        left behind: waiting
        main: returns while the task still waits
        end of program, task done: False
        handler: Task was destroyed but it is pending!
        left behind: coroutine closed
        """
      And the program completes normally

    # Closing the loop drops the task's scheduled first step, so its coroutine
    # never starts; closing a coroutine that never started runs none of it.
    Scenario: A task whose loop is closed before it ever ran is reported, and its body never runs
      Given the program:
        """python
        import asyncio

        def report(loop, context):
            print(f"handler: {context['message']}")

        async def job():
            print("job: runs")

        loop = asyncio.new_event_loop()
        loop.set_exception_handler(report)
        unstarted = loop.create_task(job())
        loop.close()
        print(f"loop closed, task done: {unstarted.done()}")
        """
      Then the output is:
        """
        loop closed, task done: False
        handler: Task was destroyed but it is pending!
        """
      And the program completes normally

  @rule-loop.errors.run-until-complete-silent @detail
  Rule: The task run_until_complete makes for a coroutine is never reported: not as destroyed pending when the loop stopped early, not as never retrieved when it raised SystemExit or KeyboardInterrupt.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
    Detail: collector timing: what is reported at exit depends on when the garbage collector destroys the task
    When run_until_complete wraps a coroutine in a task, its caller gets the
    outcome and cannot reach the task, so the task is never reported: not as
    destroyed while pending when the loop was stopped before it finished, and
    not as an exception never retrieved when it raised SystemExit or
    KeyboardInterrupt, which run_until_complete lets through.

    # The global holds the awaited future, and through its done callback the
    # task, so that CPython destroys the task at exit.
    Scenario: Neither a task stopped while pending nor one that raised SystemExit is reported
      Given the program:
        """python
        import asyncio

        def report(loop, context):
            exception = context.get("exception")
            detail = "" if exception is None else f": {type(exception).__name__}"
            print(f"handler: {context['message']}{detail}")

        async def stop_and_wait():
            global never_done
            never_done = asyncio.get_event_loop().create_future()
            print("stop_and_wait: stopping the loop, then waiting")
            asyncio.get_event_loop().stop()
            try:
                await never_done
            finally:
                print("stop_and_wait: coroutine closed")

        async def leave(code):
            await asyncio.sleep(0)
            raise SystemExit(code)

        loop = asyncio.new_event_loop()
        loop.set_exception_handler(report)
        try:
            loop.run_until_complete(stop_and_wait())
        except RuntimeError as e:
            print(f"run_until_complete raised RuntimeError: {e}")
        try:
            loop.run_until_complete(leave(3))
        except SystemExit as e:
            print(f"run_until_complete raised SystemExit: {e.code}")
        print("end of program")
        """
      Then the output is:
        """
        stop_and_wait: stopping the loop, then waiting
        run_until_complete raised RuntimeError: Event loop stopped before Future completed.
        run_until_complete raised SystemExit: 3
        end of program
        stop_and_wait: coroutine closed
        """
      And the program completes normally

  @rule-loop.errors.exit-order @detail
  Rule: At exit CPython reports what a program left in its globals in the order it was created, tasks and futures alike, and then closes the pending tasks' coroutines in the same order.
    Link: https://docs.python.org/3/library/asyncio-dev.html#detect-never-retrieved-exceptions
    Detail: collector timing: the order of the reports at exit is the order CPython's reference counting destroys the globals in
    Neither the order in which the exceptions were set nor the order in which
    the globals were assigned counts: CPython's collector finalises the objects
    in the order they were made, first reporting each one, then closing the
    coroutines, which runs their finally blocks.

    Scenario: Two pending tasks and two failed futures, the second failing last
      Given the program:
        """python
        import asyncio

        def report(loop, context):
            subject = "task" if "task" in context else str(context["exception"])
            print(f"report {context['message']} {subject}")

        async def wait_for_ever(name):
            try:
                await asyncio.get_event_loop().create_future()
            finally:
                print(f"{name}: finally")

        async def main():
            global first, second, third, fourth
            first = asyncio.ensure_future(wait_for_ever("first"))
            second = loop.create_future()
            third = asyncio.ensure_future(wait_for_ever("third"))
            fourth = loop.create_future()
            fourth.set_exception(ValueError("fourth"))
            second.set_exception(ValueError("second"))
            await asyncio.sleep(0)

        loop = asyncio.new_event_loop()
        loop.set_exception_handler(report)
        loop.run_until_complete(main())
        print("end of program")
        """
      Then the output is:
        """
        end of program
        report Task was destroyed but it is pending! task
        report Future exception was never retrieved second
        report Task was destroyed but it is pending! task
        report Future exception was never retrieved fourth
        first: finally
        third: finally
        """
      And the program completes normally
