@contexts
Feature: Tasks and callbacks run in the context asyncio gives them
  asyncio supports the contextvars module (3.7+): every callback and every step of a task runs inside a
  contextvars.Context. A task gets a copy of the context current when it is created, a callback a copy of the
  context current when it is scheduled, a done callback a copy of the context current when it is added; a
  context= argument names the context to run in instead (the context itself, not a copy). So a ContextVar set
  in one task is invisible to its creator and to other tasks, while a value set before a task is created is
  inherited.

  contextvars does not exist before 3.7, so every program here is tagged @since-3.7 or later. The programs
  print the values of one ContextVar, cvar, at the points that show which context the code runs in.

  @rule-context.task.copy-at-creation @required
  Rule: A task runs in a copy of the context current when it was created (3.7+): it sees the values set before, and neither side sees what the other sets afterwards.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task
    "The current context copy is created when no context is provided." The copy is taken inside create_task
    (or ensure_future, or Task()), not when the task starts: a value the creator sets between creating the
    task and yielding to it is not seen by the task. Each task keeps its own copy across all its steps, so
    tasks that interleave never see each other's values.

    @since-3.7
    Scenario: The task sees the value set before create_task, not the one set after
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="unset")

        async def child():
            print(f"child starts and sees: {cvar.get()}")
            cvar.set("set by the child")
            await asyncio.sleep(0)
            print(f"child after a step still sees: {cvar.get()}")

        async def main():
            cvar.set("before create_task")
            task = asyncio.ensure_future(child())
            cvar.set("after create_task")
            await task
            print(f"main sees: {cvar.get()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        print(f"outside the loop: {cvar.get()}")
        """
      Then the output is:
        """
        child starts and sees: before create_task
        child after a step still sees: set by the child
        main sees: after create_task
        outside the loop: unset
        """
      And the program completes normally

    @since-3.7
    Scenario: Interleaved tasks each keep their own value across awaits
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar")

        async def worker(n):
            cvar.set(n * 10)
            for step in range(3):
                await asyncio.sleep(0)
                cvar.set(cvar.get() + 1)
            return cvar.get()

        async def main():
            results = await asyncio.gather(*[worker(n) for n in range(5)])
            print(f"each worker kept its own value: {results}")
            print(f"main has none: {cvar.get('no value')}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        each worker kept its own value: [3, 13, 23, 33, 43]
        main has none: no value
        """
      And the program completes normally

    # decimal keeps its current context in a context variable from 3.7 on (a thread-local before); each task's
    # localcontext() sets that variable in the task's own copy, so neither task sees the other's precision.
    @since-3.7
    Scenario: decimal's local context is per task
      Given the program:
        """python
        import asyncio
        import decimal

        async def fractions(delay, precision, x, y):
            with decimal.localcontext() as ctx:
                ctx.prec = precision
                a = decimal.Decimal(x) / decimal.Decimal(y)
                await asyncio.sleep(delay)
                b = decimal.Decimal(x) / decimal.Decimal(y ** 2)
                return str(a), str(b)

        async def main():
            first, second = await asyncio.gather(fractions(0.1, 3, 1, 3), fractions(0.2, 6, 1, 3))
            print(f"precision 3 across its await: {first}")
            print(f"precision 6 across its await: {second}")
            print(f"main's precision is untouched: {decimal.getcontext().prec}, 1/7 = {decimal.Decimal(1) / decimal.Decimal(7)}")

        asyncio.run(main())
        """
      Then the output is:
        """
        precision 3 across its await: ('0.333', '0.111')
        precision 6 across its await: ('0.333333', '0.111111')
        main's precision is untouched: 28, 1/7 = 0.1428571428571428571428571429
        """
      And the program completes normally

  @rule-context.callback.copy-at-scheduling @required
  Rule: call_soon, call_later and call_at run their callback in a copy of the context current when it was scheduled (3.7+).
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon
    "Callbacks use the current context when no context is provided": the handle copies the context at
    scheduling, so each callback sees the values of that moment, even if the scheduler changes them before the
    callback runs, and what a callback sets stays in its own copy.

    # The callbacks record what they see and main prints it: a loop that runs a due timer before the callbacks
    # already ready (uvloop, when the first iteration starts late) may run them in another order.
    @since-3.7
    Scenario: Each callback sees the value current when it was scheduled
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="unset")
        seen = {}

        def callback(label):
            seen[label] = cvar.get()
            cvar.set(f"set by {label}")

        async def main():
            loop = asyncio.get_event_loop()
            cvar.set("when call_soon was called")
            loop.call_soon(callback, "call_soon")
            cvar.set("when call_later was called")
            loop.call_later(0.01, callback, "call_later")
            cvar.set("when call_at was called")
            loop.call_at(loop.time() + 0.02, callback, "call_at")
            cvar.set("main's last value")
            await asyncio.sleep(0.1)
            for label in ["call_soon", "call_later", "call_at"]:
                print(f"{label} sees: {seen[label]}")
            print(f"main sees: {cvar.get()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        call_soon sees: when call_soon was called
        call_later sees: when call_later was called
        call_at sees: when call_at was called
        main sees: main's last value
        """
      And the program completes normally

    @since-3.7
    Scenario: A callback scheduled by a task sees that task's values
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="unset")

        def report(label):
            print(f"{label} sees: {cvar.get()}")

        async def child(label):
            cvar.set(f"{label}'s value")
            asyncio.get_event_loop().call_soon(report, f"a callback scheduled by {label}")
            await asyncio.sleep(0)

        async def main():
            await asyncio.gather(child("task A"), child("task B"))
            report("main")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        a callback scheduled by task A sees: task A's value
        a callback scheduled by task B sees: task B's value
        main sees: unset
        """
      And the program completes normally

  @rule-context.callback.threadsafe @optional @needs-threads
  Rule: A callback that another thread schedules with call_soon_threadsafe runs in a copy of that thread's context, not of the loop thread's (3.7+).
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe
    Each thread has its own current context; call_soon_threadsafe copies the caller's, as call_soon does.

    @since-3.7
    Scenario: A worker thread's callback sees the worker's values
      Given the program:
        """python
        import asyncio
        import contextvars
        import threading

        cvar = contextvars.ContextVar("cvar", default="unset")

        def report(label):
            print(f"{label}: the callback sees {cvar.get()}")

        def worker(loop, done):
            cvar.set("the worker thread's value")
            loop.call_soon_threadsafe(report, "scheduled by the worker")
            loop.call_soon_threadsafe(done.set_result, None)

        async def main():
            loop = asyncio.get_event_loop()
            cvar.set("the loop thread's value")
            done = loop.create_future()
            thread = threading.Thread(target=worker, args=(loop, done))
            thread.start()
            await done
            thread.join()
            loop.call_soon(report, "scheduled by main")
            await asyncio.sleep(0)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        scheduled by the worker: the callback sees the worker thread's value
        scheduled by main: the callback sees the loop thread's value
        """
      And the program completes normally

  @rule-context.callback.context-argument @required
  Rule: call_soon, call_later and call_at given context= run their callback in that context itself, so what the callback sets stays there (3.7+).
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon
    "An optional keyword-only context argument allows specifying a custom contextvars.Context for the callback
    to run in." The context is used as it is, not copied: successive callbacks given the same context see each
    other's values, and the code that passed it can read them afterwards.

    @since-3.7
    Scenario: Callbacks given the same context share it
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="unset")

        def callback(label):
            print(f"{label} sees: {cvar.get()}")
            cvar.set(f"set by {label}")

        async def main():
            loop = asyncio.get_event_loop()
            ctx = contextvars.copy_context()
            cvar.set("main's own value")
            loop.call_soon(callback, "call_soon", context=ctx)
            await asyncio.sleep(0)
            loop.call_later(0.01, callback, "call_later", context=ctx)
            await asyncio.sleep(0.05)
            loop.call_at(loop.time(), callback, "call_at", context=ctx)
            await asyncio.sleep(0.05)
            print(f"the context given ends with: {ctx[cvar]}")
            print(f"main sees: {cvar.get()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        call_soon sees: unset
        call_later sees: set by call_soon
        call_at sees: set by call_later
        the context given ends with: set by call_at
        main sees: main's own value
        """
      And the program completes normally

  @rule-context.done-callback.registration-context @required
  Rule: A future's done callback runs in a copy of the context current when add_done_callback was called, or in the context= given (3.7+).
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.add_done_callback
    The context is taken when the callback is added, not when the future completes; a callback given context=
    runs in that context itself. Either way the code that awaits the future keeps its own values.

    @since-3.7
    Scenario: A done callback sees the values of its registration
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="unset")

        def on_done(fut):
            print(f"done callback sees: {cvar.get()}")
            cvar.set("set by the done callback")

        async def main():
            loop = asyncio.get_event_loop()
            fut = loop.create_future()
            cvar.set("when add_done_callback was called")
            fut.add_done_callback(on_done)
            cvar.set("main's later value")
            loop.call_soon(fut.set_result, None)
            await fut
            await asyncio.sleep(0)
            print(f"main sees: {cvar.get()}")
            ctx = contextvars.copy_context()
            other = loop.create_future()
            other.add_done_callback(on_done, context=ctx)
            other.set_result(None)
            await asyncio.sleep(0)
            print(f"the context given ends with: {ctx[cvar]}")
            print(f"main still sees: {cvar.get()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done callback sees: when add_done_callback was called
        main sees: main's later value
        done callback sees: main's later value
        the context given ends with: set by the done callback
        main still sees: main's later value
        """
      And the program completes normally

  @rule-context.task.context-argument @required
  Rule: asyncio.create_task, loop.create_task, asyncio.Task and TaskGroup.create_task given context= run the task in that context itself (3.11+).
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task
    "An optional keyword-only context argument allows specifying a custom contextvars.Context for the coro to
    run in." The context is not copied: tasks given the same context see each other's values, in the order
    they run, and the creator can read the result from the context afterwards.

    @since-3.11
    Scenario: Three ways to create a task in a given context
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="unset")

        async def setter(value):
            print(f"task {value} sees: {cvar.get()}")
            cvar.set(value)

        async def main():
            loop = asyncio.get_running_loop()
            ctx = contextvars.copy_context()
            cvar.set("main's own value")
            await asyncio.create_task(setter(1), context=ctx)
            await loop.create_task(setter(2), context=ctx)
            await asyncio.Task(setter(3), context=ctx)
            print(f"the context given ends with: {ctx[cvar]}")
            print(f"main sees: {cvar.get()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        task 1 sees: unset
        task 2 sees: 1
        task 3 sees: 2
        the context given ends with: 3
        main sees: main's own value
        """
      And the program completes normally

    @since-3.11
    Scenario: A TaskGroup child runs in the context given, another in a copy
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="unset")

        async def child(value):
            print(f"child {value} sees: {cvar.get()}")
            cvar.set(value)

        async def main():
            ctx = contextvars.copy_context()
            cvar.set("main's value")
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("in the given context"), context=ctx)
                tg.create_task(child("in a copy"))
            print(f"the context given holds: {ctx[cvar]}")
            print(f"main sees: {cvar.get()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        child in the given context sees: unset
        child in a copy sees: main's value
        the context given holds: in the given context
        main sees: main's value
        """
      And the program completes normally

  @rule-context.get-context @required
  Rule: Task.get_context() and Handle.get_context() return the context the task or callback runs in: the one given, or the copy taken at creation (3.12+).
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.get_context

    @since-3.12
    Scenario: A task's context is the one given, or a copy of its creator's
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="unset")

        async def child():
            cvar.set("set by the child")
            await asyncio.sleep(0)

        async def main():
            ctx = contextvars.copy_context()
            given = asyncio.create_task(child(), context=ctx)
            print(f"get_context() is the context given: {given.get_context() is ctx}")
            cvar.set("main's value at creation")
            copied = asyncio.create_task(child())
            cvar.set("main's later value")
            print(f"without context=, a copy holding: {copied.get_context()[cvar]}")
            await asyncio.gather(given, copied)
            print(f"after the children ran: {ctx[cvar]} / {copied.get_context()[cvar]}")
            print(f"main sees: {cvar.get()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        get_context() is the context given: True
        without context=, a copy holding: main's value at creation
        after the children ran: set by the child / set by the child
        main sees: main's later value
        """
      And the program completes normally

    @since-3.12
    Scenario: A handle's context is the one given, or a copy taken when it was scheduled
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="unset")

        async def main():
            loop = asyncio.get_running_loop()
            ctx = contextvars.copy_context()
            given = loop.call_soon(print, "callback", context=ctx)
            print(f"Handle.get_context() is the context given: {given.get_context() is ctx}")
            cvar.set("main's value")
            copied = loop.call_later(0.01, print, "timer")
            cvar.set("main's later value")
            print(f"without context=, a copy holding: {copied.get_context()[cvar]}")
            await asyncio.sleep(0.05)

        asyncio.run(main())
        """
      Then the output is:
        """
        Handle.get_context() is the context given: True
        without context=, a copy holding: main's value
        callback
        timer
        """
      And the program completes normally

  @rule-context.exception-handler.failing-context @required
  Rule: From 3.12 the exception handler runs in the context of the task or callback whose error it reports; before, in the context of the code that reports it.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_exception_handler
    "If the handler is called on behalf of a Task or Handle, it is run in the contextvars.Context of that task
    or callback handle" (changed in 3.12). Here a failing call_soon callback and a task that fails while
    asyncio.run cancels it both set the variable before raising.

    @since-3.12
    Scenario: The handler sees what the failing callback and task set
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="default value")

        def handler(loop, context):
            source = "a task" if "task" in context else "a callback"
            print(f"handler for {source} sees: {cvar.get()}")

        def failing_callback():
            cvar.set("set by the failing callback")
            1 / 0

        async def leftover():
            cvar.set("set by the leftover task")
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                1 / 0

        async def main():
            loop = asyncio.get_event_loop()
            loop.set_exception_handler(handler)
            loop.call_soon(failing_callback)
            await asyncio.sleep(0)
            asyncio.ensure_future(leftover())
            await asyncio.sleep(0)

        asyncio.run(main())
        """
      Then the output is:
        """
        handler for a callback sees: set by the failing callback
        handler for a task sees: set by the leftover task
        """
      And the program completes normally

    # The same program: before 3.12 the handler ran in the context of Handle._run's caller.
    @since-3.7 @before-3.12
    Scenario: Before 3.12 the handler sees the loop's own context
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="default value")

        def handler(loop, context):
            source = "a task" if "task" in context else "a callback"
            print(f"handler for {source} sees: {cvar.get()}")

        def failing_callback():
            cvar.set("set by the failing callback")
            1 / 0

        async def leftover():
            cvar.set("set by the leftover task")
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                1 / 0

        async def main():
            loop = asyncio.get_event_loop()
            loop.set_exception_handler(handler)
            loop.call_soon(failing_callback)
            await asyncio.sleep(0)
            asyncio.ensure_future(leftover())
            await asyncio.sleep(0)

        asyncio.run(main())
        """
      Then the output is:
        """
        handler for a callback sees: default value
        handler for a task sees: default value
        """
      And the program completes normally

  @rule-context.eager-task.own-context @optional @needs-eager-task-factory
  Rule: With the eager task factory a task's first step runs at once, but in the task's own copy of the context: what it sets is not seen by its creator (3.12+).
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.eager_task_factory

    @since-3.12
    Scenario: The eager step inherits the creator's values and keeps its own
      Given the program:
        """python
        import asyncio
        import contextvars

        cvar = contextvars.ContextVar("cvar", default="unset")

        async def child():
            print(f"eager step sees: {cvar.get()}")
            cvar.set("set by the eager step")
            await asyncio.sleep(0)
            print(f"after suspending the task sees: {cvar.get()}")

        async def main():
            asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
            cvar.set("main's value")
            task = asyncio.create_task(child())
            print(f"main right after create_task sees: {cvar.get()}")
            await task
            print(f"main at the end sees: {cvar.get()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        eager step sees: main's value
        main right after create_task sees: main's value
        after suspending the task sees: set by the eager step
        main at the end sees: main's value
        """
      And the program completes normally
