@representations
Feature: Representations, for debugging
  repr() of an event loop, a future or a task and str() of a queue describe
  the object's state. Their text is not documented and may change between
  versions, so every rule here is a detail: an implementation that shows its
  objects differently still conforms (the gate reports the difference, and
  fails on it only with --strict). The scenarios pin down the text that
  CPython prints unchanged over the versions their tags name, as a guide for
  implementations that want their debugging output to read like CPython's.

  Parts of these texts name source files: a coroutine shows as
  <name() running at FILE:LINE> and a Python function used as a callback as
  name() at FILE:LINE. The programs cut those parts out themselves before
  printing. The loop's class name is the one CPython uses on Unix.

  @rule-repr.loop.state @detail
  Rule: repr() of an event loop is <_UnixSelectorEventLoop running=R closed=C debug=D> with its current state.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#event-loop-implementations
    The text is <_UnixSelectorEventLoop running=R closed=C debug=D>, with the
    current values of is_running(), is_closed() and get_debug().

    Scenario: A loop shown new, while running, after running and closed
      Given the program:
        """python
        import asyncio

        async def main():
            print(f"while running: {asyncio.get_event_loop()!r}")

        loop = asyncio.new_event_loop()
        print(f"new:           {loop!r}")
        loop.run_until_complete(main())
        print(f"stopped:       {loop!r}")
        loop.close()
        print(f"closed:        {loop!r}")
        """
      Then the output is:
        """
        new:           <_UnixSelectorEventLoop running=False closed=False debug=False>
        while running: <_UnixSelectorEventLoop running=True closed=False debug=False>
        stopped:       <_UnixSelectorEventLoop running=False closed=False debug=False>
        closed:        <_UnixSelectorEventLoop running=False closed=True debug=False>
        """
      And the program completes normally

  @rule-repr.future.state @detail
  Rule: repr() of a future shows its state, its result (abbreviated as reprlib does) or exception, and its done callbacks as cb=[first, <n more>, last].
    Link: https://docs.python.org/3/library/asyncio-future.html#future-object
    The text is <Future STATE ...> with the state pending, finished or
    cancelled; a finished future adds result=, abbreviated as reprlib does
    (strings longer than 30 characters keep their ends), or exception=; a future
    with done callbacks adds cb=[...], naming the first and last callbacks and
    counting those between them.

    # Python 3.6 shows exceptions with a trailing comma: KeyError('missing',).
    @since-3.7
    Scenario: A future shown pending with callbacks, finished and cancelled
      Given the program:
        """python
        import asyncio

        def without_locations(text):
            pieces = text.split("() at ")
            kept = pieces[0]
            for piece in pieces[1:]:
                end = len(piece)
                for mark in [",", "]", ">"]:
                    if mark in piece:
                        end = min(end, piece.index(mark))
                kept += "()" + piece[end:]
            return kept

        def shown(future):
            return without_locations(repr(future))

        def first(future):
            pass

        def middle(future):
            pass

        def last(future):
            pass

        async def main():
            loop = asyncio.get_event_loop()
            waiting = loop.create_future()
            print(shown(waiting))
            waiting.add_done_callback(first)
            print(shown(waiting))
            waiting.add_done_callback(middle)
            print(shown(waiting))
            waiting.add_done_callback(middle)
            waiting.add_done_callback(last)
            print(shown(waiting))
            waiting.set_result(42)
            print(shown(waiting))
            await asyncio.sleep(0)
            print(shown(waiting))
            long_text = loop.create_future()
            long_text.set_result("abcdefghijklmnopqrstuvwxyz0123456789")
            print(shown(long_text))
            failed = loop.create_future()
            failed.set_exception(KeyError("missing"))
            print(shown(failed))
            failed.exception()
            cancelled = loop.create_future()
            cancelled.cancel()
            print(shown(cancelled))

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        <Future pending>
        <Future pending cb=[first()]>
        <Future pending cb=[first(), middle()]>
        <Future pending cb=[first(), <2 more>, last()]>
        <Future finished result=42>
        <Future finished result=42>
        <Future finished result='abcdefghijkl...xyz0123456789'>
        <Future finished exception=KeyError('missing')>
        <Future cancelled>
        """
      And the program completes normally

    Scenario: Results shortened as reprlib does: six items, four sorted dict entries, six levels, long ints and reprs
      Given the program:
        """python
        import asyncio

        class Point:
            def __repr__(self):
                return "Point(x=1000000, y=2000000, z=3000000)"

        async def main():
            loop = asyncio.get_event_loop()
            results = [
                list(range(10)),
                (1,),
                tuple(range(8)),
                {"d": 4, "b": 2, "a": 1, "c": 3, "e": 5},
                {3, 1, 2},
                frozenset(),
                [[[[[[[1]]]]]]],
                10 ** 45,
                Point(),
                ["x" * 40, Point()],
                {1: "one", "two": 2},
            ]
            for value in results:
                future = loop.create_future()
                future.set_result(value)
                print(repr(future))

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        <Future finished result=[0, 1, 2, 3, 4, 5, ...]>
        <Future finished result=(1,)>
        <Future finished result=(0, 1, 2, 3, 4, 5, ...)>
        <Future finished result={'a': 1, 'b': 2, 'c': 3, 'd': 4, ...}>
        <Future finished result={1, 2, 3}>
        <Future finished result=frozenset()>
        <Future finished result=[[[[[[[...]]]]]]]>
        <Future finished result=100000000000000000...0000000000000000000>
        <Future finished result=Point(x=10000...00, z=3000000)>
        <Future finished result=['xxxxxxxxxxxx...xxxxxxxxxxxxx', Point(x=10000...00, z=3000000)]>
        <Future finished result={1: 'one', 'two': 2}>
        """
      And the program completes normally

  @rule-repr.future.recursive @detail
  Rule: A future or task whose result contains itself shows its own repr there as '...' instead of recursing.
    Link: https://docs.python.org/3/library/asyncio-future.html#future-object
    From 3.11 the whole inner repr is '...' (reprlib.recursive_repr); 3.8 to 3.10
    show the inner future with result=...; before 3.8 nothing stopped the
    recursion but reprlib's limits on each level.

    @since-3.11
    Scenario: A future and a task holding themselves in their results
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_event_loop()
            future = loop.create_future()
            future.set_result([1, future])
            print(repr(future))

            async def returns_its_box():
                return box

            box = []
            task = loop.create_task(returns_its_box())
            box.append(task)
            await task
            print(repr(task).split(" result=")[1])

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        <Future finished result=[1, ...]>
        [...]>
        """
      And the program completes normally

    @since-3.8 @before-3.11
    Scenario: From 3.8 to 3.10 the inner repr shows result=...
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_event_loop()
            future = loop.create_future()
            future.set_result([1, future])
            print(repr(future))

            async def returns_its_box():
                return box

            box = []
            task = loop.create_task(returns_its_box())
            box.append(task)
            await task
            print(repr(task).split(" result=")[1])

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        <Future finished result=[1, <Future finished result=...>]>
        [<Task finishe...9>
        """
      And the program completes normally

    @before-3.8
    Scenario: Before 3.8 only reprlib's limits end the recursion
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_event_loop()
            future = loop.create_future()
            future.set_result([1, future])
            print(repr(future))

            async def returns_its_box():
                return box

            box = []
            task = loop.create_task(returns_its_box())
            box.append(task)
            await task
            print(repr(task).split(" result=")[1])

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        <Future finished result=[1, <Future finis...]>]>]>]>]>]>]>]>
        [<Task finishe...]>]>]>]>]>]>]>]>
        """
      And the program completes normally

  @rule-repr.task.state @detail
  Rule: repr() of a task shows its state (cancelling once a cancel is pending), its name, the future it waits for and its outcome, like a future.
    Link: https://docs.python.org/3/library/asyncio-task.html#task-object
    A task shows like a future, as <Task STATE name='NAME' coro=<...> ...>: the
    state is cancelling once cancel() was requested and the task is not yet done
    (from 3.11), a suspended task adds wait_for= with the future it awaits (whose
    callback is the task's wakeup, Task.task_wakeup() from 3.10), and the task
    run_until_complete made shows its _run_until_complete_cb() callback.

    # Task names exist from Python 3.8.
    @since-3.8
    Scenario: Tasks shown running, not started, finished, failed and cancelled
      Given the program:
        """python
        import asyncio

        def without_locations(text):
            head, _, rest = text.partition(" coro=<")
            if rest:
                text = head + rest[rest.index(">") + 1:]
            pieces = text.split("() at ")
            kept = pieces[0]
            for piece in pieces[1:]:
                end = len(piece)
                for mark in [",", "]", ">"]:
                    if mark in piece:
                        end = min(end, piece.index(mark))
                kept += "()" + piece[end:]
            return kept

        def shown(task):
            return without_locations(repr(task))

        async def answer():
            return 42

        async def fail():
            raise ValueError("no answer")

        async def main():
            loop = asyncio.get_event_loop()
            print(shown(asyncio.current_task()))
            finished = loop.create_task(answer(), name="answer")
            failed = loop.create_task(fail(), name="failer")
            dropped = loop.create_task(answer(), name="dropped")
            print(shown(finished))
            dropped.cancel()
            await asyncio.sleep(0)
            print(shown(finished))
            print(shown(failed))
            print(shown(dropped))
            failed.exception()

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        <Task pending name='Task-1' cb=[_run_until_complete_cb()]>
        <Task pending name='answer'>
        <Task finished name='answer' result=42>
        <Task finished name='failer' exception=ValueError('no answer')>
        <Task cancelled name='dropped'>
        """
      And the program completes normally

    # Before 3.11 a task whose awaited future was cancelled still shows as
    # pending; before 3.10 the wakeup callback shows with an object address.
    @since-3.11
    Scenario: A task shown waiting on a sleep, cancelling, and cancelled
      Given the program:
        """python
        import asyncio

        def without_coroutine(text):
            head, _, rest = text.partition(" coro=<")
            return head + rest[rest.index(">") + 1:]

        async def sleeper():
            await asyncio.sleep(10)

        async def main():
            task = asyncio.create_task(sleeper(), name="sleeper")
            print(without_coroutine(repr(task)))
            await asyncio.sleep(0)
            print(without_coroutine(repr(task)))
            task.cancel()
            print(without_coroutine(repr(task)))
            try:
                await task
            except asyncio.CancelledError:
                pass
            print(without_coroutine(repr(task)))

        asyncio.run(main())
        """
      Then the output is:
        """
        <Task pending name='sleeper'>
        <Task pending name='sleeper' wait_for=<Future pending cb=[Task.task_wakeup()]>>
        <Task cancelling name='sleeper' wait_for=<Future cancelled>>
        <Task cancelled name='sleeper'>
        """
      And the program completes normally

  @rule-repr.queue.contents @detail
  Rule: str() of a queue shows maxsize, the items in internal order, the waiting getters and putters, the count of unfinished items, and whether it is shut down.
    Link: https://docs.python.org/3/library/asyncio-queue.html#queue
    The text is <CLASS maxsize=N ...>: _queue=[...] lists the items in the
    queue's internal order, _getters[n] and _putters[n] count the waiting
    callers, tasks=n counts the items not yet marked done (left out at zero),
    and, from 3.13, shutdown marks a shut-down queue. repr() is the same with
    the object's address after the class name.

    Scenario: Queues shown empty, holding items, with waiting callers and unfinished items
      Given the program:
        """python
        import asyncio

        async def main():
            bounded = asyncio.Queue(maxsize=1)
            print(str(bounded))
            bounded.put_nowait("x")
            print(str(bounded))
            putter = asyncio.ensure_future(bounded.put("y"))
            await asyncio.sleep(0)
            print(str(bounded))
            print(f"got {bounded.get_nowait()}")
            await asyncio.sleep(0)
            print(str(bounded))
            print(f"got {bounded.get_nowait()}")
            print(str(bounded))
            getter = asyncio.ensure_future(bounded.get())
            await asyncio.sleep(0)
            print(str(bounded))
            getter.cancel()
            await asyncio.sleep(0)
            print(str(bounded))
            bounded.task_done()
            bounded.task_done()
            print(str(bounded))
            stack = asyncio.LifoQueue(maxsize=3)
            print(str(stack))
            stack.put_nowait(1)
            stack.put_nowait(2)
            print(str(stack))
            ranked = asyncio.PriorityQueue()
            for item in [3, 1, 2]:
                ranked.put_nowait(item)
            print(str(ranked))

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        <Queue maxsize=1>
        <Queue maxsize=1 _queue=['x'] tasks=1>
        <Queue maxsize=1 _queue=['x'] _putters[1] tasks=1>
        got x
        <Queue maxsize=1 _queue=['y'] tasks=2>
        got y
        <Queue maxsize=1 tasks=2>
        <Queue maxsize=1 _getters[1] tasks=2>
        <Queue maxsize=1 tasks=2>
        <Queue maxsize=1>
        <LifoQueue maxsize=3>
        <LifoQueue maxsize=3 _queue=[1, 2] tasks=2>
        <PriorityQueue maxsize=0 _queue=[1, 3, 2] tasks=3>
        """
      And the program completes normally

    # Queue.shutdown does not exist before 3.13. The two items were marked done
    # before the shutdown dropped them, so the count stays at zero.
    @since-3.13
    Scenario: A shut-down queue is marked as such
      Given the program:
        """python
        import asyncio

        async def main():
            queue = asyncio.Queue()
            queue.put_nowait("a")
            queue.put_nowait("b")
            queue.task_done()
            queue.task_done()
            print(str(queue))
            queue.shutdown(immediate=True)
            print(str(queue))
            try:
                queue.task_done()
            except ValueError as e:
                print(f"task_done: ValueError: {e}")

        asyncio.run(main())
        """
      Then the output is:
        """
        <Queue maxsize=0 _queue=['a', 'b']>
        <Queue maxsize=0 shutdown>
        task_done: ValueError: task_done() called too many times
        """
      And the program completes normally

  @rule-repr.callback.handler-message @detail
  Rule: The exception handler's message for a failed callback is 'Exception in callback' followed by the callback's name and ().
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#error-handling-api
    When a callback raises, the context's message is "Exception in callback "
    followed by the callback's description: from 3.13 its name and (), then the
    source location of a Python function. Earlier versions also show the
    arguments, such as the future of a done callback.

    # Before 3.13 the message shows the callback's arguments, e.g.
    # broken(<Future finished result=1>).
    @since-3.13
    Scenario: A failing done callback and a failing call_soon callback are named in the message
      Given the program:
        """python
        import asyncio

        def without_location(text):
            return text.split(" at ")[0]

        def report(loop, context):
            print(f"handler: {without_location(context['message'])}")

        def broken(future):
            raise ValueError("broken callback")

        def also_broken(argument):
            raise ValueError("broken callback")

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_exception_handler(report)
            future = loop.create_future()
            future.add_done_callback(broken)
            future.set_result(1)
            loop.call_soon(also_broken, "argument")
            await asyncio.sleep(0)
            await asyncio.sleep(0)

        asyncio.run(main())
        """
      Then the output is:
        """
        handler: Exception in callback broken()
        handler: Exception in callback also_broken()
        """
      And the program completes normally
