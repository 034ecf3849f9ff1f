@tasks
Feature: Subclasses of asyncio.Future and asyncio.Task
  asyncio.Future and asyncio.Task are classes a program may subclass: a Future
  subclass with extra methods or overrides, a Task subclass made by a task
  factory or constructed directly. An instance of such a subclass is the future
  or task itself for asyncio: it is what done callbacks receive, what
  current_task() and all_tasks() return, and asyncio reaches it through its
  methods, so an override is honoured where asyncio calls the method (a task
  waits on an awaited future through its add_done_callback; Task.cancel,
  wait_for and gather cancel through cancel). What asyncio does inside its own
  methods (whether Future.__await__ calls an overridden result(), say) differs
  between its C and pure-Python implementations and is not specified here.

  @rule-future.subclass.awaited-through-its-methods @required
  Rule: A task that awaits an instance of a Future subclass waits on it through the subclass's add_done_callback and resumes with its result once it is set.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future
    "Future is an awaitable object. Coroutines can await on Future objects
    until they either have a result or an exception set". A subclass instance
    is a Future, and a task suspends on a future it awaits by adding a done
    callback to it: CPython's Task calls add_done_callback by name on anything
    but its own exact Future and Task classes, in both implementations.

    Scenario: A task awaiting a Future subclass registers through its add_done_callback override
      Given the program:
        """python
        import asyncio


        class RecordingFuture(asyncio.Future):
            def __init__(self, *args, **kwargs):
                self.registrations = 0
                super().__init__(*args, **kwargs)

            def add_done_callback(self, fn, *args, **kwargs):
                self.registrations += 1
                print("add_done_callback called on the subclass")
                super().add_done_callback(fn, *args, **kwargs)


        async def waiter(fut):
            value = await fut
            print(f"the task resumed with {value!r}")
            return "waiter done"


        async def main():
            fut = RecordingFuture(loop=asyncio.get_event_loop())
            task = asyncio.ensure_future(waiter(fut))
            await asyncio.sleep(0)
            print(f"registrations after the task's first step: {fut.registrations}")
            print(f"task done before the result is set: {task.done()}")
            fut.set_result("the value")
            outcome = await task
            print(f"await the task: {outcome}")


        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        add_done_callback called on the subclass
        registrations after the task's first step: 1
        task done before the result is set: False
        the task resumed with 'the value'
        await the task: waiter done
        """
      And the program completes normally

  @rule-future.subclass.is-the-future @required
  Rule: An instance of a Future subclass is the future for asyncio: done callbacks receive the instance itself, isfuture and isinstance accept it, ensure_future returns it unchanged, and cancelling a task that awaits it, or wait_for timing out on it, cancels it through the subclass's cancel.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.add_done_callback
    "The callback is called with the Future object as its only argument." A
    task's cancel() cancels the future it waits on ("the Task will request
    the cancellation of the Future it is waiting on"), which asyncio does by
    calling that future's cancel method.

    # The override takes any arguments: from 3.9 asyncio's C Task passes the
    # cancel message positionally, its pure-Python Task as msg=.
    Scenario: Done callbacks, isfuture, ensure_future and cancellation see the subclass instance
      Given the program:
        """python
        import asyncio


        class Tracked(asyncio.Future):
            def describe(self):
                return f"a Tracked future, done={self.done()}"

            def cancel(self, *args, **kwargs):
                print("Tracked.cancel() called")
                return super().cancel(*args, **kwargs)


        async def waiter(fut):
            try:
                await fut
            except asyncio.CancelledError:
                print("the waiter sees CancelledError")
                raise


        async def main():
            loop = asyncio.get_event_loop()
            fut = Tracked(loop=loop)
            print(fut.describe())
            fut.add_done_callback(lambda f: print(f"done callback: got the instance itself: {f is fut}, a {type(f).__name__}"))
            fut.set_result(1)
            await asyncio.sleep(0)
            print(fut.describe())
            print(f"isinstance Future: {isinstance(fut, asyncio.Future)}, isfuture: {asyncio.isfuture(fut)}")
            print(f"ensure_future returns it unchanged: {asyncio.ensure_future(fut) is fut}")

            pending = Tracked(loop=loop)
            task = loop.create_task(waiter(pending))
            await asyncio.sleep(0)
            print("cancelling the task that awaits a Tracked future")
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print(f"task cancelled: {task.cancelled()}, the Tracked future cancelled: {pending.cancelled()}")

            slow = Tracked(loop=loop)
            try:
                await asyncio.wait_for(slow, 0.05)
            except asyncio.TimeoutError:
                print(f"wait_for timed out, the Tracked future cancelled: {slow.cancelled()}")


        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        a Tracked future, done=False
        done callback: got the instance itself: True, a Tracked
        a Tracked future, done=True
        isinstance Future: True, isfuture: True
        ensure_future returns it unchanged: True
        cancelling the task that awaits a Tracked future
        Tracked.cancel() called
        the waiter sees CancelledError
        task cancelled: True, the Tracked future cancelled: True
        Tracked.cancel() called
        wait_for timed out, the Tracked future cancelled: True
        """
      And the program completes normally

  @rule-task.subclass.is-the-task @required
  Rule: An instance of a Task subclass, constructed directly or by a task factory, is the task for asyncio: current_task() inside its coroutine and all_tasks() return the instance itself, its done callbacks receive it, its extra methods work on it, and it cannot await itself.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_task_factory
    "factory must be a callable with the signature matching (loop, coro,
    **kwargs) ... and return a asyncio.Task-compatible object." current_task()
    "Return the currently running Task instance"; all_tasks() returns the
    loop's not yet finished Task objects. The task asyncio.run makes for main is
    only checked to be a Task: "third-party event loops can use their own
    subclass of Task" (loop.create_task), as Pyodide's WebLoop does.

    # asyncio.current_task() and asyncio.run arrive in 3.7.
    @since-3.7
    Scenario: current_task, all_tasks, done callbacks and gather with a Task subclass
      Given the program:
        """python
        import asyncio


        class LabelledTask(asyncio.Task):
            def label(self):
                return f"a LabelledTask, done={self.done()}"


        async def body(results):
            me = asyncio.current_task()
            results.append(me)
            print(f"inside: current_task() is a {type(me).__name__}: {me.label()}")
            print(f"inside: current_task() among all_tasks(): {me in asyncio.all_tasks()}")
            await asyncio.sleep(0)
            return "body done"


        async def await_itself():
            try:
                await asyncio.current_task()
            except RuntimeError:
                print("a LabelledTask awaiting itself: RuntimeError")


        async def main():
            loop = asyncio.get_running_loop()
            results = []
            direct = LabelledTask(body(results), loop=loop)
            print(f"isinstance Task: {isinstance(direct, asyncio.Task)}, Future: {isinstance(direct, asyncio.Future)}")
            direct.add_done_callback(lambda t: print(f"done callback: got the instance itself: {t is direct}"))
            outcome = await direct
            print(f"await: {outcome}; current_task() inside was the instance: {results[0] is direct}")
            await asyncio.sleep(0)

            loop.set_task_factory(lambda loop, coro, **kwargs: LabelledTask(coro, loop=loop, **kwargs))
            made = asyncio.create_task(body(results))
            print(f"create_task with the factory made a {type(made).__name__}")
            gathered = await asyncio.gather(made, asyncio.ensure_future(body(results)))
            print(f"gather: {gathered}; current_task() inside was the instance: {results[1] is made}")
            print(f"the second task too: {type(results[2]).__name__}")
            main_task = asyncio.current_task()
            print(f"main itself: a Task: {isinstance(main_task, asyncio.Task)}, a LabelledTask: {isinstance(main_task, LabelledTask)}")
            await LabelledTask(await_itself())
            loop.set_task_factory(None)


        asyncio.run(main())
        """
      Then the output is:
        """
        isinstance Task: True, Future: True
        inside: current_task() is a LabelledTask: a LabelledTask, done=False
        inside: current_task() among all_tasks(): True
        done callback: got the instance itself: True
        await: body done; current_task() inside was the instance: True
        create_task with the factory made a LabelledTask
        inside: current_task() is a LabelledTask: a LabelledTask, done=False
        inside: current_task() among all_tasks(): True
        inside: current_task() is a LabelledTask: a LabelledTask, done=False
        inside: current_task() among all_tasks(): True
        gather: ['body done', 'body done']; current_task() inside was the instance: True
        the second task too: LabelledTask
        main itself: a Task: True, a LabelledTask: False
        a LabelledTask awaiting itself: RuntimeError
        """
      And the program completes normally

  @rule-task.subclass.eager-start @optional @needs-eager-task-factory
  Rule: A Task subclass started eagerly (eager_start=True, or as the custom_task_constructor of create_eager_task_factory, 3.12+) is already the current task, with its own methods, during the eager first step that runs inside its construction.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.create_eager_task_factory
    "custom_task_constructor must be a callable with the signature matching the
    signature of Task.__init__. The callable must return a asyncio.Task-compatible
    object." The eager step runs with the new task current, so the instance must
    stand for its task before the constructor returns.

    @since-3.12
    Scenario: The eager step of a Task subclass sees the instance as current_task()
      Given the program:
        """python
        import asyncio


        class LabelledTask(asyncio.Task):
            def label(self):
                return f"a LabelledTask, done={self.done()}"


        async def body(seen):
            me = asyncio.current_task()
            seen.append(me)
            print(f"inside the eager step: current_task() is {me.label()}")
            return "finished eagerly"


        async def main():
            loop = asyncio.get_running_loop()
            seen = []
            direct = LabelledTask(body(seen), loop=loop, eager_start=True)
            print(f"after LabelledTask(eager_start=True): {direct.label()}, seen inside: {seen[0] is direct}")
            loop.set_task_factory(asyncio.create_eager_task_factory(LabelledTask))
            made = asyncio.create_task(body(seen))
            print(f"the eager factory made {made.label()}, seen inside: {seen[1] is made}")
            print(f"its result: {made.result()}")
            loop.set_task_factory(None)


        asyncio.run(main())
        """
      Then the output is:
        """
        inside the eager step: current_task() is a LabelledTask, done=False
        after LabelledTask(eager_start=True): a LabelledTask, done=True, seen inside: True
        inside the eager step: current_task() is a LabelledTask, done=False
        the eager factory made a LabelledTask, done=True, seen inside: True
        its result: finished eagerly
        """
      And the program completes normally

  @rule-task.subclass.cancelled-through-its-methods @required
  Rule: asyncio cancels an instance of a Task subclass through the subclass's cancel: wait_for when it times out, and gather when the gathering future is cancelled, once per child.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    "If gather() is cancelled, all submitted awaitables (that have not
    completed yet) are also cancelled." wait_for: "If a timeout occurs, it
    cancels the task". Both call the child's cancel method.

    Scenario: wait_for and gather cancel a Task subclass through its cancel override
      Given the program:
        """python
        import asyncio


        class LoggedTask(asyncio.Task):
            def cancel(self, *args, **kwargs):
                print("LoggedTask.cancel() called")
                return super().cancel(*args, **kwargs)


        async def forever():
            await asyncio.sleep(3600)


        async def main():
            loop = asyncio.get_event_loop()
            child = LoggedTask(forever(), loop=loop)
            try:
                await asyncio.wait_for(child, 0.05)
            except asyncio.TimeoutError:
                print("wait_for timed out")

            first = LoggedTask(forever(), loop=loop)
            second = LoggedTask(forever(), loop=loop)
            outer = asyncio.gather(first, second)
            await asyncio.sleep(0)
            print("cancelling the gather")
            outer.cancel()
            try:
                await outer
            except asyncio.CancelledError:
                print(f"gather cancelled; the children cancelled: {first.cancelled()}, {second.cancelled()}")
            print(f"the wait_for child cancelled: {child.cancelled()}")


        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        LoggedTask.cancel() called
        wait_for timed out
        cancelling the gather
        LoggedTask.cancel() called
        LoggedTask.cancel() called
        gather cancelled; the children cancelled: True, True
        the wait_for child cancelled: True
        """
      And the program completes normally

  @rule-future.subclass.repr @detail
  Rule: CPython's repr of a Future or Task subclass instance is asyncio's repr under the subclass's name.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future
    Detail: repr: the text of repr() of futures and tasks is CPython's (base_futures._future_repr uses self.__class__.__name__)
    The program cuts a task's repr after its class name, as the rest names
    the coroutine's file.

    Scenario: The reprs of a Future subclass in each state, and a Task subclass's class name
      Given the program:
        """python
        import asyncio


        class Shown(asyncio.Future):
            pass


        class ShownTask(asyncio.Task):
            pass


        async def job():
            await asyncio.sleep(0)


        async def main():
            loop = asyncio.get_event_loop()
            pending = Shown(loop=loop)
            print(repr(pending))
            finished = Shown(loop=loop)
            finished.set_result(42)
            print(repr(finished))
            failed = Shown(loop=loop)
            failed.set_exception(ValueError())
            print(repr(failed))
            failed.exception()
            cancelled = Shown(loop=loop)
            cancelled.cancel()
            print(repr(cancelled))
            task = ShownTask(job(), loop=loop)
            print(repr(task).split(" ")[0])
            await task
            print(str(finished))


        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        <Shown pending>
        <Shown finished result=42>
        <Shown finished exception=ValueError()>
        <Shown cancelled>
        <ShownTask
        <Shown finished result=42>
        """
      And the program completes normally
