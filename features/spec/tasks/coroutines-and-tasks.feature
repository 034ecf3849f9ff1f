@tasks
Feature: Awaiting a coroutine runs it inline; a task runs it on its own
  Calling a coroutine function only creates a coroutine object. Awaiting that
  object runs its body right there, as part of the awaiting task, like a
  function call that may suspend: no task is created and nothing is deferred.
  A coroutine object runs once; awaiting it a second time is an error.

  A task is the unit the event loop schedules. It drives one coroutine, has a
  name, can be found with current_task() and all_tasks(), and ends the way its
  coroutine ends: with the return value as its result or with the exception
  that escaped. Only the coroutine decides that outcome, so a task refuses
  set_result and set_exception. Whoever awaits the task receives the result,
  or the very exception object that the coroutine raised.

  @rule-coroutine.call.lazy @required
  Rule: Calling a coroutine function returns a coroutine object and runs none of its body until it is awaited.
    Link: https://docs.python.org/3/library/asyncio-task.html#coroutines
    The call returns a coroutine object; the body starts only when the object is
    awaited (or wrapped in a task), however long that takes.

    Scenario: The body runs only when the coroutine object is awaited
      Given the program:
        """python
        import asyncio

        async def work(label):
            print(f"{label}: body runs")
            return label.upper()

        async def main():
            coro = work("job")
            print(f"created a coroutine: {asyncio.iscoroutine(coro)}")
            await asyncio.sleep(0)
            print("one loop iteration later, still nothing ran")
            value = await coro
            print(f"awaited: {value}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        created a coroutine: True
        one loop iteration later, still nothing ran
        job: body runs
        awaited: JOB
        """
      And the program completes normally

  @rule-coroutine.await.inline-same-task @required
  Rule: An awaited coroutine runs inside the awaiting task: current_task() is that task and no task is created.
    Link: https://docs.python.org/3/library/asyncio-task.html#awaitables
    The awaited coroutine is not wrapped in a task: current_task() inside it is
    the awaiting task and the number of tasks does not change.

    # asyncio.current_task and asyncio.all_tasks are new in 3.7; the Task class
    # methods they replace were removed in 3.9.
    Scenario Outline: The awaited coroutine sees the caller's task (<current_task>)
      Given the program:
        """python
        import asyncio

        async def helper(caller):
            print(f"helper: same task as main: {<current_task>() is caller}")
            print(f"helper: tasks: {len(<all_tasks>())}")
            return "helper result"

        async def main():
            me = <current_task>()
            print(f"main: tasks: {len(<all_tasks>())}")
            value = await helper(me)
            print(f"main: got {value!r}, still the same task: {<current_task>() is me}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: tasks: 1
        helper: same task as main: True
        helper: tasks: 1
        main: got 'helper result', still the same task: True
        """
      And the program completes normally

      @before-3.9
      Examples: Task class methods, before Python 3.9
        | current_task              | all_tasks              |
        | asyncio.Task.current_task | asyncio.Task.all_tasks |

      @since-3.7
      Examples: module functions, from Python 3.7
        | current_task         | all_tasks         |
        | asyncio.current_task | asyncio.all_tasks |

  @rule-coroutine.await.no-deferral @required
  Rule: Awaiting a coroutine that does not suspend runs it synchronously; other ready tasks run only when something really suspends.
    Link: https://docs.python.org/3/library/asyncio-task.html#awaitables
    The awaited body runs synchronously, like a function call; other ready tasks
    get their turn only when something on the await chain really suspends.

    Scenario: A ready task waits while main awaits coroutines that do not suspend
      Given the program:
        """python
        import asyncio

        async def inner():
            print("inner: runs")
            return 1

        async def outer():
            print("outer: before await inner()")
            value = await inner()
            print("outer: after await inner()")
            return value + 1

        async def bystander():
            print("bystander: runs")

        async def main():
            task = loop.create_task(bystander())
            print("main: before await outer()")
            value = await outer()
            print(f"main: after await outer(), got {value}")
            await asyncio.sleep(0)
            print("main: after sleep(0)")
            await task

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: before await outer()
        outer: before await inner()
        inner: runs
        outer: after await inner()
        main: after await outer(), got 2
        bystander: runs
        main: after sleep(0)
        """
      And the program completes normally

  @rule-coroutine.await.reuse-refused @required
  Rule: Awaiting a coroutine object that has already been awaited to completion raises RuntimeError.
    Link: https://docs.python.org/3/library/asyncio-task.html#coroutines
    Once a coroutine has run to completion, awaiting it again raises RuntimeError;
    its body does not run a second time.

    Scenario: The second await of the same coroutine raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def compute():
            print("compute: runs")
            return 42

        async def main():
            coro = compute()
            value = await coro
            print(f"first await: {value}")
            try:
                await coro
            except RuntimeError as e:
                print(f"second await: {type(e).__name__}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        compute: runs
        first await: 42
        second await: RuntimeError
        """
      And the program completes normally

  @rule-coroutine.await.reuse-refused.wording @detail
  Rule: CPython's message for awaiting a finished coroutine again: 'cannot reuse already awaited coroutine'.
    Link: https://docs.python.org/3/library/asyncio-task.html#coroutines
    Detail: message text: the RuntimeError's text is the interpreter's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    Scenario: The second await of the same coroutine raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def compute():
            print("compute: runs")
            return 42

        async def main():
            coro = compute()
            value = await coro
            print(f"first await: {value}")
            try:
                await coro
            except RuntimeError as e:
                print(f"second await: {type(e).__name__}: {e}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        compute: runs
        first await: 42
        second await: RuntimeError: cannot reuse already awaited coroutine
        """
      And the program completes normally

  @rule-task.introspection.names @required
  Rule: From Python 3.8 every task has a str name: name= or set_name's argument converted to str, else a default name.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.get_name
    From Python 3.8 every task has a name: the name= argument of create_task,
    or else a default name the implementation makes up. set_name renames a
    task and converts the name to a string. The form of the default names is
    CPython's (rule task.introspection.default-names).

    # Before 3.8 tasks have no get_name (AttributeError).
    @since-3.8
    Scenario: name= and set_name name a task, set_name converting to str; unnamed tasks have str names too
      Given the program:
        """python
        import asyncio

        async def child():
            await asyncio.sleep(0)

        async def main():
            first = loop.create_task(child())
            named = loop.create_task(child(), name="worker")
            second = asyncio.ensure_future(child())
            third = asyncio.create_task(child())
            print(f"main: unnamed, get_name() is a str: {isinstance(asyncio.current_task().get_name(), str)}")
            print(f"children: named {named.get_name()}, unnamed ones are strs: {all([isinstance(t.get_name(), str) for t in [first, second, third]])}")
            named.set_name("renamed")
            third.set_name(7)
            print(f"after set_name: {named.get_name()} {third.get_name()!r}")
            await asyncio.wait([first, named, second, third])

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: unnamed, get_name() is a str: True
        children: named worker, unnamed ones are strs: True
        after set_name: renamed '7'
        """
      And the program completes normally

  @rule-task.introspection.default-names @detail
  Rule: CPython names unnamed tasks Task-1, Task-2, … from a process-wide counter that named tasks and refused tasks do not advance (3.8+).
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.get_name
    Detail: default name: the Task-N names and the counter behind them are CPython's choice
    The documentation promises a default name, not its form: the Task-N
    counter is CPython's.

    # Before 3.8 tasks have no get_name (AttributeError).
    @since-3.8
    Scenario: Default names count the unnamed tasks; name= and set_name override them
      Given the program:
        """python
        import asyncio

        async def child():
            await asyncio.sleep(0)

        async def main():
            first = loop.create_task(child())
            named = loop.create_task(child(), name="worker")
            second = asyncio.ensure_future(child())
            third = asyncio.create_task(child())
            print(f"main: {asyncio.current_task().get_name()}")
            print(f"children: {first.get_name()} {named.get_name()} {second.get_name()} {third.get_name()}")
            named.set_name("renamed")
            third.set_name(7)
            print(f"after set_name: {named.get_name()} {third.get_name()!r}")
            await asyncio.wait([first, named, second, third])

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: Task-1
        children: Task-2 worker Task-3 Task-4
        after set_name: renamed '7'
        """
      And the program completes normally

    # Task names (and so the task counter) exist from 3.8 on.
    @since-3.8
    Scenario: A task refused by a closed loop does not use up a task number
      Given the program:
        """python
        import asyncio

        async def work():
            return "worked"

        async def main():
            task = asyncio.ensure_future(work())
            print(f"first task made inside: {task.get_name()}")
            print(await task)

        closed = asyncio.new_event_loop()
        closed.close()
        coro = work()
        try:
            closed.create_task(coro)
        except RuntimeError as e:
            print(f"create_task: {type(e).__name__}: {e}")
        coro.close()
        loop = asyncio.new_event_loop()
        outer = loop.create_task(main())
        print(f"outer task: {outer.get_name()}")
        loop.run_until_complete(outer)
        """
      Then the output is:
        """
        create_task: RuntimeError: Event loop is closed
        outer task: Task-1
        first task made inside: Task-2
        worked
        """
      And the program completes normally

  @rule-task.introspection.current-task @required
  Rule: current_task() returns the running task, None in a plain loop callback; without a running loop asyncio.current_task() raises RuntimeError while Task.current_task() returns None.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.current_task
    Inside a coroutine it returns the task driving it; in a plain callback run by
    the loop it returns None. Without a running loop, asyncio.current_task()
    (Python 3.7+) raises RuntimeError, whereas Task.current_task() (before 3.9)
    and current_task(loop) return None.

    # asyncio.current_task is new in 3.7; Task.current_task was removed in 3.9.
    Scenario Outline: <current_task>() in a task and in a loop callback
      Given the program:
        """python
        import asyncio

        def callback():
            print(f"callback: {<current_task>()}")

        async def child():
            return <current_task>()

        async def main():
            me = <current_task>()
            task = loop.create_task(child())
            seen = await task
            print(f"child saw its own task: {seen is task}")
            print(f"main sees itself: {<current_task>() is me}, not the child: {me is not task}")
            loop.call_soon(callback)
            await asyncio.sleep(0)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        child saw its own task: True
        main sees itself: True, not the child: True
        callback: None
        """
      And the program completes normally

      @before-3.9
      Examples: Task class method, before Python 3.9
        | current_task              |
        | asyncio.Task.current_task |

      @since-3.7
      Examples: module function, from Python 3.7
        | current_task         |
        | asyncio.current_task |

    # Python 3.6 has no asyncio.current_task: there the program raises AttributeError.
    @since-3.7
    Scenario: asyncio.current_task() outside a running loop raises RuntimeError
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        print(f"with the loop given: {asyncio.current_task(loop)}")
        try:
            asyncio.current_task()
        except RuntimeError as e:
            print(f"without a loop: {type(e).__name__}")
        """
      Then the output is:
        """
        with the loop given: None
        without a loop: RuntimeError
        """
      And the program completes normally

    # Task.current_task was removed in 3.9: from then on the program raises AttributeError.
    @before-3.9
    Scenario: Task.current_task() outside a running loop returns None
      Given the program:
        """python
        import asyncio

        print(f"outside the loop: {asyncio.Task.current_task()}")
        """
      Then the output is:
        """
        outside the loop: None
        """
      And the program completes normally

  @rule-task.introspection.current-task.wording @detail
  Rule: CPython's message of asyncio.current_task() without a running loop: 'no running event loop'.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.current_task
    Detail: message text: the RuntimeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    # Python 3.6 has no asyncio.current_task: there the program raises AttributeError.
    @since-3.7
    Scenario: asyncio.current_task() outside a running loop raises RuntimeError
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        print(f"with the loop given: {asyncio.current_task(loop)}")
        try:
            asyncio.current_task()
        except RuntimeError as e:
            print(f"without a loop: {type(e).__name__}: {e}")
        """
      Then the output is:
        """
        with the loop given: None
        without a loop: RuntimeError: no running event loop
        """
      And the program completes normally

  @rule-task.introspection.all-tasks @required
  Rule: asyncio.all_tasks() returns the pending tasks of the running loop, unstarted and current ones included, and leaves finished tasks out.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.all_tasks
    The set holds every pending task of the running loop, the current one and
    those not started yet included; finished tasks are left out.

    # Python 3.6 has no asyncio.all_tasks; its Task.all_tasks() also lists finished tasks.
    @since-3.7
    Scenario: Finished tasks drop out of all_tasks()
      Given the program:
        """python
        import asyncio

        async def quick():
            return "quick"

        async def slow(gate):
            await gate

        async def main():
            me = asyncio.current_task()
            gate = loop.create_future()
            fast_task = loop.create_task(quick())
            slow_task = loop.create_task(slow(gate))
            print(f"before they start: {len(asyncio.all_tasks())}")
            await fast_task
            tasks = asyncio.all_tasks()
            print(f"after quick finished: {len(tasks)}")
            print(f"main: {me in tasks}, slow: {slow_task in tasks}, quick: {fast_task in tasks}")
            gate.set_result(None)
            await slow_task
            print(f"after slow finished: {len(asyncio.all_tasks())}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        before they start: 3
        after quick finished: 2
        main: True, slow: True, quick: False
        after slow finished: 1
        """
      And the program completes normally

  @rule-task.introspection.get-coro @required
  Rule: From Python 3.8 Task.get_coro() returns the coroutine object the task wraps, also after it finished.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.get_coro
    From Python 3.8 a task gives access to its coroutine object, before and after
    the task has finished.

    # Before 3.8 tasks have no get_coro (AttributeError).
    @since-3.8
    Scenario: get_coro() is the coroutine object passed to create_task
      Given the program:
        """python
        import asyncio

        async def child():
            return "done"

        async def main():
            coro = child()
            task = loop.create_task(coro)
            print(f"before it runs: {task.get_coro() is coro}")
            await task
            print(f"after it finished: {task.get_coro() is coro}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        before it runs: True
        after it finished: True
        """
      And the program completes normally

  @rule-task.outcome.from-coroutine @required
  Rule: A task's result is its coroutine's return value, delivered to every awaiter; an escaping exception is stored and returned by exception().
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.result
    What the coroutine returns becomes the task's result, delivered to every
    coroutine that awaits the task; an exception escaping the coroutine is stored
    in the task, where exception() returns it and result() raises it.

    Scenario: The result and the exception of two finished tasks
      Given the program:
        """python
        import asyncio

        async def succeed():
            await asyncio.sleep(0)
            return "value"

        async def fail():
            await asyncio.sleep(0)
            raise KeyError("missing")

        async def consumer(name, task):
            value = await task
            print(f"{name}: got {value!r}")

        async def main():
            ok = loop.create_task(succeed())
            bad = loop.create_task(fail())
            await asyncio.wait([ok, bad])
            print(f"ok: done={ok.done()} result={ok.result()!r} exception={ok.exception()}")
            error = bad.exception()
            print(f"bad: done={bad.done()} cancelled={bad.cancelled()} exception={type(error).__name__}")
            try:
                bad.result()
            except KeyError as e:
                print(f"bad: result() raises the stored exception: {e is error}")
            await consumer("first consumer", ok)
            await consumer("second consumer", ok)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        ok: done=True result='value' exception=None
        bad: done=True cancelled=False exception=KeyError
        bad: result() raises the stored exception: True
        first consumer: got 'value'
        second consumer: got 'value'
        """
      And the program completes normally

  @rule-task.outcome.exception-to-awaiter @required
  Rule: Awaiting a task whose coroutine raised re-raises the identical exception object in every awaiter.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task
    The exception that escaped the task's coroutine is re-raised in each awaiter
    as the identical object, not as a copy or a wrapper.

    Scenario: Every awaiter catches the object the coroutine raised
      Given the program:
        """python
        import asyncio

        async def fail(box):
            await asyncio.sleep(0)
            error = ValueError("boom")
            box.append(error)
            raise error

        async def main():
            box = []
            task = loop.create_task(fail(box))
            for attempt in ["first", "second"]:
                try:
                    await task
                except ValueError as e:
                    print(f"{attempt} await: {e}, raised object: {e is box[0]}, stored: {e is task.exception()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        first await: boom, raised object: True, stored: True
        second await: boom, raised object: True, stored: True
        """
      And the program completes normally

    Scenario: An exception nobody catches travels from the task out of the program
      Given the program:
        """python
        import asyncio

        async def fail():
            print("child: raising")
            raise LookupError("lost")

        async def main():
            task = loop.create_task(fail())
            await task
            print("main: unreachable")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        child: raising
        """
      And the program raises LookupError

  @rule-task.outcome.set-result-refused @required
  Rule: From Python 3.7 Task.set_result and Task.set_exception raise RuntimeError; Python 3.6 accepted set_result.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task
    Task inherits the Future API except these two methods: from Python 3.7 they
    raise RuntimeError and the coroutine still decides the outcome. Python 3.6
    accepted them, finishing the task before its coroutine ever ran.

    # 3.6 accepts set_result on a task (see the next scenario).
    @since-3.7
    Scenario: set_result and set_exception on a task raise RuntimeError
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: runs")
            return "from the coroutine"

        async def main():
            task = loop.create_task(child())
            try:
                task.set_result("forced")
                print("set_result: accepted")
            except (RuntimeError, asyncio.InvalidStateError) as e:
                print(f"set_result: {type(e).__name__}")
            try:
                task.set_exception(ValueError("forced"))
                print("set_exception: accepted")
            except (RuntimeError, asyncio.InvalidStateError) as e:
                print(f"set_exception: {type(e).__name__}")
            value = await task
            print(f"task result: {value!r}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        set_result: RuntimeError
        set_exception: RuntimeError
        child: runs
        task result: 'from the coroutine'
        """
      And the program completes normally

    # From 3.7 both calls raise RuntimeError (see the previous scenario).
    @before-3.7
    Scenario: Python 3.6 lets set_result finish a task whose coroutine never runs
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: runs")
            return "from the coroutine"

        async def main():
            task = loop.create_task(child())
            try:
                task.set_result("forced")
                print("set_result: accepted")
            except (RuntimeError, asyncio.InvalidStateError) as e:
                print(f"set_result: {type(e).__name__}")
            try:
                task.set_exception(ValueError("forced"))
                print("set_exception: accepted")
            except (RuntimeError, asyncio.InvalidStateError) as e:
                print(f"set_exception: {type(e).__name__}")
            value = await task
            print(f"task result: {value!r}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        set_result: accepted
        set_exception: InvalidStateError
        task result: 'forced'
        """
      And the program completes normally

  @rule-task.outcome.set-result-refused.wording @detail
  Rule: CPython's messages for Task.set_result and Task.set_exception: 'Task does not support set_result operation' (3.7+); 'invalid state' for a finished task on 3.6.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task
    Detail: message text: the RuntimeError's and InvalidStateError's texts are asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.
    On 3.6 asyncio's pure-Python Task says the state and the task's repr instead.

    # 3.6 accepts set_result on a task (see the next scenario).
    @since-3.7
    Scenario: set_result and set_exception on a task raise RuntimeError
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: runs")
            return "from the coroutine"

        async def main():
            task = loop.create_task(child())
            try:
                task.set_result("forced")
                print("set_result: accepted")
            except (RuntimeError, asyncio.InvalidStateError) as e:
                print(f"set_result: {type(e).__name__}: {e}")
            try:
                task.set_exception(ValueError("forced"))
                print("set_exception: accepted")
            except (RuntimeError, asyncio.InvalidStateError) as e:
                print(f"set_exception: {type(e).__name__}: {e}")
            value = await task
            print(f"task result: {value!r}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        set_result: RuntimeError: Task does not support set_result operation
        set_exception: RuntimeError: Task does not support set_exception operation
        child: runs
        task result: 'from the coroutine'
        """
      And the program completes normally

    # From 3.7 both calls raise RuntimeError (see the previous scenario).
    @before-3.7
    Scenario: Python 3.6 lets set_result finish a task whose coroutine never runs
      Given the program:
        """python
        import asyncio

        async def child():
            print("child: runs")
            return "from the coroutine"

        async def main():
            task = loop.create_task(child())
            try:
                task.set_result("forced")
                print("set_result: accepted")
            except (RuntimeError, asyncio.InvalidStateError) as e:
                print(f"set_result: {type(e).__name__}: {e}")
            try:
                task.set_exception(ValueError("forced"))
                print("set_exception: accepted")
            except (RuntimeError, asyncio.InvalidStateError) as e:
                print(f"set_exception: {type(e).__name__}: {e}")
            value = await task
            print(f"task result: {value!r}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        set_result: accepted
        set_exception: InvalidStateError: invalid state
        task result: 'forced'
        """
      And the program completes normally

  @rule-task.outcome.await-self @required
  Rule: A task awaiting itself gets RuntimeError at that await: a coroutine that catches it carries on, and one that does not ends the task with it.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task
    A task cannot wait for its own completion: the await raises RuntimeError
    ('Task cannot await on itself: ...') inside the coroutine, and if uncaught
    that exception ends the task.

    Scenario: The self-await raises RuntimeError, which becomes the task's exception
      Given the program:
        """python
        import asyncio

        async def selfish():
            print("selfish: awaiting its own task")
            await task
            print("selfish: unreachable")

        async def main():
            global task
            task = loop.create_task(selfish())
            try:
                await task
            except RuntimeError as e:
                print(f"main: {type(e).__name__}")
                print(f"main: it is the task's exception: {e is task.exception()}")
            print(f"task: done={task.done()} cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        selfish: awaiting its own task
        main: RuntimeError
        main: it is the task's exception: True
        task: done=True cancelled=False
        """
      And the program completes normally

  @rule-task.outcome.await-self.wording @detail
  Rule: CPython's message for a task awaiting itself starts 'Task cannot await on itself'.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task
    Detail: message text: the RuntimeError's text is asyncio's, with the task's repr
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    Scenario: The self-await raises RuntimeError, which becomes the task's exception
      Given the program:
        """python
        import asyncio

        async def selfish():
            print("selfish: awaiting its own task")
            await task
            print("selfish: unreachable")

        async def main():
            global task
            task = loop.create_task(selfish())
            try:
                await task
            except RuntimeError as e:
                print(f"main: {type(e).__name__}: {str(e).startswith('Task cannot await on itself')}")
                print(f"main: it is the task's exception: {e is task.exception()}")
            print(f"task: done={task.done()} cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        selfish: awaiting its own task
        main: RuntimeError: True
        main: it is the task's exception: True
        task: done=True cancelled=False
        """
      And the program completes normally

    # The message ends with the task's repr, which holds addresses: only its
    # start is compared.
    Scenario: Awaiting its own task raises RuntimeError inside the coroutine
      Given the program:
        """python
        import asyncio

        async def selfish():
            await asyncio.sleep(0)
            task = current[0]
            try:
                await task
            except RuntimeError as e:
                print(f"awaiting itself: RuntimeError starting {str(e)[:27]!r}")
            return "selfish carries on"

        async def main():
            task = asyncio.ensure_future(selfish())
            current.append(task)
            print(await task)

        current = []
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        awaiting itself: RuntimeError starting 'Task cannot await on itself'
        selfish carries on
        """
      And the program completes normally
