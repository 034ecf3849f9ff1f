@futures
Feature: Where a future belongs, what counts as a future, and how its outcome travels
  asyncio.Future binds each future to one event loop when it is made: the loop
  given with the keyword-only loop argument, else the running loop, else the
  current event loop. asyncio.isfuture tells futures and tasks from everything
  else. A future's outcome reaches its done callbacks and its awaiters unchanged,
  whatever it is, and a future that is destroyed is reported only when it holds
  an exception nobody retrieved.

  @rule-future.constructor.loop-binding @required
  Rule: asyncio.Future(loop=...) binds the future to that loop, the loop being keyword-only; without it a future made outside a running loop binds to the current event loop, and with no current loop the constructor raises RuntimeError.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future
    A future can be awaited only on its own loop: run_until_complete accepts the
    future of that loop and refuses one of another loop with ValueError.

    Scenario: Futures made outside a running loop
      Given the program:
        """python
        import asyncio

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        implicit = asyncio.Future()
        loop.call_soon(implicit.set_result, "done")
        print(f"Future() outside the loop, run on the current loop: {loop.run_until_complete(implicit)!r}")
        explicit = asyncio.Future(loop=loop)
        loop.call_soon(explicit.set_result, 7)
        print(f"Future(loop=loop): {loop.run_until_complete(explicit)!r}")
        other = asyncio.new_event_loop()
        foreign = asyncio.Future(loop=other)
        try:
            loop.run_until_complete(foreign)
        except ValueError:
            print("Future(loop=other) on this loop: ValueError")
        try:
            asyncio.Future(loop)
        except TypeError:
            print("Future(loop) with the loop positional: TypeError")
        asyncio.set_event_loop(None)
        try:
            asyncio.Future()
        except RuntimeError:
            print("Future() with no current loop: RuntimeError")
        other.close()
        loop.close()
        """
      Then the output is:
        """
        Future() outside the loop, run on the current loop: 'done'
        Future(loop=loop): 7
        Future(loop=other) on this loop: ValueError
        Future(loop) with the loop positional: TypeError
        Future() with no current loop: RuntimeError
        """
      And the program completes normally

    @since-3.7
    Scenario: get_loop() names the loop each future is bound to
      Given the program:
        """python
        import asyncio

        async def main():
            running = asyncio.get_running_loop()
            other = asyncio.new_event_loop()
            print(f"Future() in a coroutine: the running loop {asyncio.Future().get_loop() is running}")
            print(f"loop.create_future(): that loop {running.create_future().get_loop() is running}")
            print(f"Future(loop=other): the other loop {asyncio.Future(loop=other).get_loop() is other}")
            print(f"other.create_future(): the other loop {other.create_future().get_loop() is other}")
            other.close()

        asyncio.run(main())
        """
      Then the output is:
        """
        Future() in a coroutine: the running loop True
        loop.create_future(): that loop True
        Future(loop=other): the other loop True
        other.create_future(): the other loop True
        """
      And the program completes normally

  @rule-future.isfuture.instances @required
  Rule: asyncio.isfuture() is True for a Future or Task instance and False for the classes themselves, coroutines, functions and ordinary objects.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.isfuture
    isfuture recognises future instances (and objects that declare themselves
    future-compatible); a coroutine is awaitable but is not a future.

    Scenario: isfuture() over futures, tasks and other objects
      Given the program:
        """python
        import asyncio

        class Plain:
            pass

        async def coro():
            return None

        async def main():
            loop = asyncio.get_event_loop()
            c = coro()
            task = loop.create_task(coro())
            for label, obj in [("a Future", loop.create_future()), ("a Task", task),
                               ("the Future class", asyncio.Future), ("the Task class", asyncio.Task),
                               ("a coroutine", c), ("a coroutine function", coro), ("an int", 1),
                               ("a plain object", Plain()), ("None", None)]:
                print(f"isfuture({label}): {asyncio.isfuture(obj)}")
            c.close()
            await task

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        isfuture(a Future): True
        isfuture(a Task): True
        isfuture(the Future class): False
        isfuture(the Task class): False
        isfuture(a coroutine): False
        isfuture(a coroutine function): False
        isfuture(an int): False
        isfuture(a plain object): False
        isfuture(None): False
        """
      And the program completes normally

  @rule-future.callbacks.any-outcome @required
  Rule: Done callbacks run, scheduled in registration order, whichever way the future finishes: with a result, an exception or a cancellation; each sees that outcome.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.add_done_callback
    "Add a callback to be run when the Future is done." Finishing the future
    only schedules the callbacks; they run on the next loop iteration.

    Scenario Outline: Two callbacks of a future finished by <finish>
      Given the program:
        """python
        import asyncio

        def report(label):
            def callback(fut):
                if fut.cancelled():
                    print(f"{label}: sees a cancelled future")
                elif fut.exception() is not None:
                    error = fut.exception()
                    print(f"{label}: sees {type(error).__name__}: {error}")
                else:
                    print(f"{label}: sees the result {fut.result()!r}")
            return callback

        async def main():
            loop = asyncio.get_event_loop()
            fut = loop.create_future()
            fut.add_done_callback(report("first"))
            fut.add_done_callback(report("second"))
            fut.<finish>
            print("the future is finished; no callback has run")
            await asyncio.sleep(0)
            print("after one sleep(0)")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        the future is finished; no callback has run
        first: sees <outcome>
        second: sees <outcome>
        after one sleep(0)
        """
      And the program completes normally

      Examples:
        | finish                             | outcome                |
        | set_result("value")                | the result 'value'     |
        | set_exception(RuntimeError("boom")) | RuntimeError: boom     |
        | cancel()                           | a cancelled future     |

  @rule-future.await.outcome-unchanged @required
  Rule: Awaiting a future gives its result object whole, a tuple included, whether the future was already done or finished later.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.result
    The value travels through the await protocol as one object: a tuple result is
    not unpacked nor confused with the protocol's own values.

    Scenario: Tuple results come back as the same tuples
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_event_loop()
            done = loop.create_future()
            pair = (1, 2)
            done.set_result(pair)
            first = await done
            print(f"await of a done future: {first!r}, the same object: {first is pair}")
            pending = loop.create_future()
            loop.call_soon(pending.set_result, (3, 4))
            second = await pending
            print(f"await of a future finished later: {second!r}")
            empty = loop.create_future()
            empty.set_result(())
            third = await empty
            print(f"an empty tuple: {third!r}")
            single = loop.create_future()
            single.set_result((None,))
            fourth = await single
            print(f"a tuple holding None: {fourth!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        await of a done future: (1, 2), the same object: True
        await of a future finished later: (3, 4)
        an empty tuple: ()
        a tuple holding None: (None,)
        """
      And the program completes normally

  @rule-future.destroyed.silent-without-exception @detail
  Rule: A future destroyed while pending, or with a result whether read or not, is not reported to the exception handler; only one holding an exception never retrieved is.
    Link: https://docs.python.org/3/library/asyncio-dev.html#detect-never-retrieved-exceptions
    Detail: collector timing: the report appears when the garbage collector destroys the future at exit; an interpreter that finalizes nothing at exit (PyPy, GraalPy) reports nothing
    The report exists for lost exceptions only. The futures here are globals, so
    that CPython destroys them at interpreter exit, in the order they were
    assigned, after the program's last line.
    When a future is destroyed is the collector's business (PyPy and GraalPy
    destroy nothing at exit), so this is a detail, like the other reports made
    at interpreter exit.

    Scenario: Of four abandoned futures only the failed one is reported
      Given the program:
        """python
        import asyncio

        def report(loop, context):
            print(f"handler: {context['message']}: {context['exception']}")

        loop = asyncio.new_event_loop()
        loop.set_exception_handler(report)
        pending = loop.create_future()
        unread = loop.create_future()
        unread.set_result(42)
        read = loop.create_future()
        read.set_result(43)
        read.result()
        failed = loop.create_future()
        failed.set_exception(ValueError("the lost one"))
        print("end of program")
        """
      Then the output is:
        """
        end of program
        handler: Future exception was never retrieved: the lost one
        """
      And the program completes normally

  @rule-future.init.refused-again @detail
  Rule: From 3.15 calling __init__ again on a future or task already made raises RuntimeError and leaves it as it was (up to 3.14 CPython initialised it afresh: a done future became pending).
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future
    Detail: exception type: the documentation does not say what a second __init__ does; CPython refuses it from 3.15 (the C Future and Task of 3.15.0rc1, the pure-Python ones from a later 3.15 patch)
    _asynciomodule.c of 3.15 (future_init, which Task.__init__ calls first)
    refuses an object whose loop is already set, before it changes anything, so
    the future keeps its result and the task runs its coroutine once; futures.py
    Future.__init__ does the same in later 3.15 patch releases. An instance of a
    program's subclass is refused alike, whether its own __init__ calls
    super().__init__() a second time or the program calls __init__ again. CPython's
    test_future_disallow_multiple_initialization and
    test_task_disallow_multiple_initialization.

    @since-3.15
    Scenario: __init__ called again on a pending future, a done future and a task
      Given the program:
        """python
        import asyncio

        async def answer():
            await asyncio.sleep(0)
            return 42

        async def main():
            loop = asyncio.get_running_loop()
            pending = loop.create_future()
            try:
                pending.__init__(loop=loop)
                print("pending future: __init__ again accepted")
            except RuntimeError:
                print("pending future: __init__ again raises RuntimeError")
            finished = loop.create_future()
            finished.set_result("kept")
            try:
                finished.__init__()
                print("done future: __init__ again accepted")
            except RuntimeError:
                print("done future: __init__ again raises RuntimeError")
            print(f"done future still done: {finished.done()}, result: {finished.result()}")
            loop.call_soon(pending.set_result, "later")
            print(f"pending future still works: {await pending}")

            coro = answer()
            task = loop.create_task(coro)
            try:
                task.__init__(coro, loop=loop)
                print("task: __init__ again accepted")
            except RuntimeError:
                print("task: __init__ again raises RuntimeError")
            print(f"task result: {await task}")
            print(f"task done: {task.done()}, tasks left: {len(asyncio.all_tasks())}")

        asyncio.run(main())
        """
      Then the output is:
        """
        pending future: __init__ again raises RuntimeError
        done future: __init__ again raises RuntimeError
        done future still done: True, result: kept
        pending future still works: later
        task: __init__ again raises RuntimeError
        task result: 42
        task done: True, tasks left: 1
        """
      And the program completes normally

    @since-3.15
    Scenario: __init__ called again on instances of subclasses of Future and Task
      Given the program:
        """python
        import asyncio

        class MyFuture(asyncio.Future):
            def __init__(self, *, loop=None):
                super().__init__(loop=loop)
                try:
                    super().__init__(loop=loop)
                    print("MyFuture: a second super().__init__ accepted")
                except RuntimeError:
                    print("MyFuture: a second super().__init__ raises RuntimeError")

        class MyTask(asyncio.Task):
            pass

        async def answer():
            await asyncio.sleep(0)
            return 42

        async def main():
            loop = asyncio.get_running_loop()
            fut = MyFuture(loop=loop)
            fut.set_result("kept")
            try:
                fut.__init__(loop=loop)
                print("MyFuture: __init__ again accepted")
            except RuntimeError:
                print("MyFuture: __init__ again raises RuntimeError")
            print(f"MyFuture still done: {fut.done()}, result: {fut.result()}")
            coro = answer()
            task = MyTask(coro, loop=loop)
            try:
                task.__init__(coro, loop=loop)
                print("MyTask: __init__ again accepted")
            except RuntimeError:
                print("MyTask: __init__ again raises RuntimeError")
            print(f"MyTask result: {await task}, tasks left: {len(asyncio.all_tasks())}")

        asyncio.run(main())
        """
      Then the output is:
        """
        MyFuture: a second super().__init__ raises RuntimeError
        MyFuture: __init__ again raises RuntimeError
        MyFuture still done: True, result: kept
        MyTask: __init__ again raises RuntimeError
        MyTask result: 42, tasks left: 1
        """
      And the program completes normally
