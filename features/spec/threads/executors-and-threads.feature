@threads
Feature: Executors and other threads
  asyncio's event loop runs in one thread; blocking work goes to other threads. loop.run_in_executor hands a
  function to a concurrent.futures executor (the loop's default ThreadPoolExecutor unless one is given) and
  returns an asyncio future that follows the concurrent one; asyncio.to_thread (3.9+) does the same for the
  running loop, in a copy of the caller's context. In the other direction, run_coroutine_threadsafe lets
  another thread submit a coroutine to a loop and wait for it on a concurrent.futures.Future. asyncio.run
  shuts the default executor down and waits for it (3.9+).

  Every rule here needs real threads, which some targets lack (WebAssembly): they are optional, with the
  capability threads. The programs synchronise only through awaited futures, threading.Event, join() and the
  executor's own shutdown, never through timing, and print from one thread at a time. While another thread
  works, the loop side waits on futures rather than on timers.

  @rule-threads.run-in-executor.result @optional @needs-threads
  Rule: run_in_executor runs the function in another thread while the loop goes on, and returns an asyncio future that gets the function's result or exception.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_in_executor

    Scenario: The function runs in a worker thread; awaiting its future gives the result
      Given the program:
        """python
        import asyncio
        import threading

        def blocking(loop, started, release, a, b):
            off_main = threading.current_thread() is not threading.main_thread()
            loop.call_soon_threadsafe(started.set_result, off_main)
            release.wait()
            return a + b

        async def main():
            loop = asyncio.get_event_loop()
            started = loop.create_future()
            release = threading.Event()
            fut = loop.run_in_executor(None, blocking, loop, started, release, 1, 2)
            print(f"run_in_executor returned an asyncio future: {asyncio.isfuture(fut)}")
            off_main = await started
            print(f"the function runs in another thread: {off_main}")
            print(f"the loop runs meanwhile; the future is done: {fut.done()}")
            release.set()
            value = await fut
            print(f"awaiting the future gives: {value}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        run_in_executor returned an asyncio future: True
        the function runs in another thread: True
        the loop runs meanwhile; the future is done: False
        awaiting the future gives: 3
        """
      And the program completes normally

    Scenario: The function's exception is raised by the await
      Given the program:
        """python
        import asyncio

        def failing(text):
            raise ValueError(text)

        async def main():
            loop = asyncio.get_event_loop()
            try:
                await loop.run_in_executor(None, failing, "raised in the executor")
            except ValueError as e:
                print(f"awaiting it raises {type(e).__name__}: {e}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        awaiting it raises ValueError: raised in the executor
        """
      And the program completes normally

  @rule-threads.run-in-executor.no-running-loop @optional @needs-threads
  Rule: Code running in an executor's thread has no running event loop: get_running_loop() raises RuntimeError there (3.7+).
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.get_running_loop

    @since-3.7
    Scenario: get_running_loop() in the worker thread
      Given the program:
        """python
        import asyncio

        def in_executor():
            try:
                asyncio.get_running_loop()
            except RuntimeError:
                return "get_running_loop() in the executor thread: RuntimeError"
            return "get_running_loop() in the executor thread returned a loop"

        async def main():
            loop = asyncio.get_running_loop()
            print(await loop.run_in_executor(None, in_executor))
            print(f"in the coroutine it is the loop: {asyncio.get_running_loop() is loop}")

        asyncio.run(main())
        """
      Then the output is:
        """
        get_running_loop() in the executor thread: RuntimeError
        in the coroutine it is the loop: True
        """
      And the program completes normally

  @rule-threads.run-in-executor.cancel @optional @needs-threads
  Rule: Cancelling run_in_executor's future cancels the awaiter at once; the function itself is stopped only if it has not started, a running one runs to its end.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_in_executor
    The asyncio future is chained to the executor's concurrent.futures.Future (wrap_future): cancelling it
    cancels the concurrent future, which succeeds only while the job still waits in the executor's queue.

    Scenario: A running function is not stopped by cancelling its future
      Given the program:
        """python
        import asyncio
        import threading

        def blocking(loop, started, release, finished):
            loop.call_soon_threadsafe(started.set_result, None)
            release.wait()
            finished.set()

        async def main():
            loop = asyncio.get_event_loop()
            started = loop.create_future()
            release = threading.Event()
            finished = threading.Event()
            fut = loop.run_in_executor(None, blocking, loop, started, release, finished)
            await started
            print(f"cancel() while the function runs: {fut.cancel()}")
            try:
                await fut
            except asyncio.CancelledError:
                print("awaiting the future raises CancelledError")
            release.set()
            print(f"the function still ran to its end: {finished.wait(10)}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        cancel() while the function runs: True
        awaiting the future raises CancelledError
        the function still ran to its end: True
        """
      And the program completes normally

    Scenario: A job still queued never runs once its future is cancelled
      Given the program:
        """python
        import asyncio
        import concurrent.futures
        import threading

        def job(label, release, ran):
            release.wait()
            ran.append(label)
            return label

        async def main():
            loop = asyncio.get_event_loop()
            executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
            release = threading.Event()
            ran = []
            first = loop.run_in_executor(executor, job, "first", release, ran)
            second = loop.run_in_executor(executor, job, "second", release, ran)
            third = loop.run_in_executor(executor, job, "third", release, ran)
            print(f"cancel() of a job still queued: {second.cancel()}")
            await asyncio.sleep(0)
            release.set()
            results = [await first, await third]
            print(f"the other jobs' results: {results}")
            print(f"second cancelled: {second.cancelled()}")
            executor.shutdown(wait=True)
            print(f"the jobs that ran, in order: {ran}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        cancel() of a job still queued: True
        the other jobs' results: ['first', 'third']
        second cancelled: True
        the jobs that ran, in order: ['first', 'third']
        """
      And the program completes normally

  @rule-threads.default-executor.set @optional @needs-threads
  Rule: run_in_executor(None, ...) uses the executor given to set_default_executor; from 3.11 anything but a ThreadPoolExecutor is refused with TypeError.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_default_executor

    Scenario: The executor set is the one used
      Given the program:
        """python
        import asyncio
        import concurrent.futures
        import threading

        def thread_name():
            return threading.current_thread().name

        async def main():
            loop = asyncio.get_event_loop()
            executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="custom")
            loop.set_default_executor(executor)
            name = await loop.run_in_executor(None, thread_name)
            print(f"run_in_executor(None, ...) used the executor set: {name.startswith('custom')}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        run_in_executor(None, ...) used the executor set: True
        """
      And the program completes normally

    @since-3.11
    Scenario: An object that is not a ThreadPoolExecutor is refused
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            try:
                loop.set_default_executor(object())
                print("set_default_executor(object()) accepted")
            except TypeError:
                print("set_default_executor(object()): TypeError")

        asyncio.run(main())
        """
      Then the output is:
        """
        set_default_executor(object()): TypeError
        """
      And the program completes normally

    # 3.8-3.10 only warn (DeprecationWarning, on stderr); the loop's close() calls the object's shutdown().
    @since-3.7 @before-3.11
    Scenario: Before 3.11 it is accepted, and closing the loop then fails
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_default_executor(object())
            print("set_default_executor(object()) accepted")

        asyncio.run(main())
        print("never printed: closing the loop needs the executor's shutdown()")
        """
      Then the output is:
        """
        set_default_executor(object()) accepted
        """
      And the program raises AttributeError

  @rule-threads.default-executor.shutdown @optional @needs-threads
  Rule: loop.shutdown_default_executor() waits, without blocking the loop, until the default executor's work has ended; afterwards run_in_executor(None, ...) raises RuntimeError (3.9+).
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.shutdown_default_executor

    @since-3.9
    Scenario: Shutting the default executor down waits for its job
      Given the program:
        """python
        import asyncio
        import threading

        def job(release, finished):
            release.wait()
            finished.append("job")

        async def main():
            loop = asyncio.get_running_loop()
            release = threading.Event()
            finished = []
            loop.run_in_executor(None, job, release, finished)
            loop.call_soon(release.set)
            await loop.shutdown_default_executor()
            print(f"after shutdown_default_executor the job has finished: {finished}")
            try:
                loop.run_in_executor(None, print, "never")
            except RuntimeError:
                print("run_in_executor(None, ...) afterwards: RuntimeError")

        asyncio.run(main())
        """
      Then the output is:
        """
        after shutdown_default_executor the job has finished: ['job']
        run_in_executor(None, ...) afterwards: RuntimeError
        """
      And the program completes normally

  @rule-threads.default-executor.shutdown-timeout @optional @needs-threads
  Rule: Given a timeout (3.13), shutdown_default_executor stops waiting when it expires: it warns (RuntimeWarning), shuts the executor down without waiting, and returns while the work goes on; run_in_executor(None, ...) still raises RuntimeError afterwards.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.shutdown_default_executor
    "The timeout parameter specifies the amount of time (in float seconds) the executor will be given to finish
    joining. With the default, None, the executor is allowed an unlimited amount of time. If the timeout is
    reached, a RuntimeWarning is emitted and the default executor is terminated without waiting for its threads
    to finish joining." The job waits for an event that is set only after shutdown_default_executor returned,
    so the order does not depend on timing.

    # 3.12 accepts timeout= but applies it only to the final join: it waits for the executor first, so this
    # program never ends there; before 3.12 timeout= is a TypeError.
    @since-3.13
    Scenario: The timeout expires while the job still runs
      Given the program:
        """python
        import asyncio
        import threading

        def job(release, finished):
            release.wait()
            finished.append("job")

        async def main():
            loop = asyncio.get_running_loop()
            release = threading.Event()
            finished = []
            future = loop.run_in_executor(None, job, release, finished)
            await loop.shutdown_default_executor(timeout=0.1)
            print(f"shutdown_default_executor(timeout=0.1) returned, the job has finished: {finished}")
            try:
                loop.run_in_executor(None, print, "never")
            except RuntimeError:
                print("run_in_executor(None, ...) afterwards: RuntimeError")
            release.set()
            await future
            print(f"the job went on and ended: {finished}")

        asyncio.run(main())
        print("asyncio.run returned")
        """
      Then the output is:
        """
        shutdown_default_executor(timeout=0.1) returned, the job has finished: []
        run_in_executor(None, ...) afterwards: RuntimeError
        the job went on and ended: ['job']
        asyncio.run returned
        """
      And the program completes normally

  @rule-threads.asyncio-run.shuts-down-default-executor @optional @needs-threads
  Rule: asyncio.run waits for the default executor's work to end before it returns (3.9+); before 3.9 it returned at once and the work went on.
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.run
    "This function runs the passed coroutine, taking care of managing the asyncio event loop, finalizing
    asynchronous generators, and closing the executor." The job below waits up to half a second for the main
    thread to say that asyncio.run has returned.

    @since-3.9
    Scenario: asyncio.run returns after the job it did not await
      Given the program:
        """python
        import asyncio
        import threading

        main_done = threading.Event()

        def slow_job():
            seen = main_done.wait(0.5)
            print(f"job: asyncio.run had returned when the job ended: {seen}")

        async def main():
            loop = asyncio.get_running_loop()
            loop.run_in_executor(None, slow_job)
            print("main: returns without awaiting the job")

        asyncio.run(main())
        print("after asyncio.run")
        main_done.set()
        """
      Then the output is:
        """
        main: returns without awaiting the job
        job: asyncio.run had returned when the job ended: False
        after asyncio.run
        """
      And the program completes normally

    # The same program: the loop's close() shut the executor down without waiting; the interpreter joined its threads at exit.
    @since-3.7 @before-3.9
    Scenario: Before 3.9 asyncio.run returned while the job still ran
      Given the program:
        """python
        import asyncio
        import threading

        main_done = threading.Event()

        def slow_job():
            seen = main_done.wait(0.5)
            print(f"job: asyncio.run had returned when the job ended: {seen}")

        async def main():
            loop = asyncio.get_running_loop()
            loop.run_in_executor(None, slow_job)
            print("main: returns without awaiting the job")

        asyncio.run(main())
        print("after asyncio.run")
        main_done.set()
        """
      Then the output is:
        """
        main: returns without awaiting the job
        after asyncio.run
        job: asyncio.run had returned when the job ended: True
        """
      And the program completes normally

  @rule-threads.to-thread @optional @needs-threads
  Rule: asyncio.to_thread runs the function with its arguments in another thread, in a copy of the caller's context, and returns its result or raises its exception (3.9+).
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.to_thread

    @since-3.9
    Scenario: The thread sees the caller's context variables; its own changes stay there
      Given the program:
        """python
        import asyncio
        import contextvars
        import threading

        cvar = contextvars.ContextVar("cvar", default="unset")

        def in_thread(a, b, *, sep):
            seen = cvar.get()
            cvar.set("set in the thread")
            off_main = threading.current_thread() is not threading.main_thread()
            return f"{a}{sep}{b}, off the main thread: {off_main}, saw {seen}"

        def failing():
            raise KeyError("from the thread")

        async def main():
            cvar.set("the caller's value")
            print(await asyncio.to_thread(in_thread, "x", "y", sep="+"))
            print(f"the caller still sees: {cvar.get()}")
            try:
                await asyncio.to_thread(failing)
            except KeyError as e:
                print(f"an exception in the thread is raised by the await: {type(e).__name__}")

        asyncio.run(main())
        """
      Then the output is:
        """
        x+y, off the main thread: True, saw the caller's value
        the caller still sees: the caller's value
        an exception in the thread is raised by the await: KeyError
        """
      And the program completes normally

    @since-3.9
    Scenario: Each call runs its function exactly once, also when many are gathered at once
      Given the program:
        """python
        import asyncio

        runs = [0] * 10

        def job(n):
            runs[n] += 1
            return n * n

        async def main():
            print(await asyncio.to_thread(job, 0))
            print(f"after one call: {runs}")
            results = await asyncio.gather(*[asyncio.to_thread(job, n) for n in range(1, 10)])
            print(results)
            print(f"runs per argument: {runs}")

        asyncio.run(main())
        """
      Then the output is:
        """
        0
        after one call: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        [1, 4, 9, 16, 25, 36, 49, 64, 81]
        runs per argument: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
        """
      And the program completes normally

  @rule-threads.run-coroutine-threadsafe.result @optional @needs-threads
  Rule: run_coroutine_threadsafe, called from another thread, runs the coroutine on the loop and returns a concurrent.futures.Future whose result() waits for it and gives its result or raises its exception.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.run_coroutine_threadsafe

    Scenario: A worker thread waits for coroutines run on the loop
      Given the program:
        """python
        import asyncio
        import concurrent.futures
        import threading

        async def add(a, b):
            await asyncio.sleep(0)
            return a + b

        async def fail():
            await asyncio.sleep(0)
            raise ValueError("raised on the loop")

        def worker(loop, done):
            fut = asyncio.run_coroutine_threadsafe(add(1, 2), loop)
            print(f"worker: got a concurrent.futures.Future: {isinstance(fut, concurrent.futures.Future)}")
            print(f"worker: result() waits for the coroutine: {fut.result()}")
            fut = asyncio.run_coroutine_threadsafe(fail(), loop)
            try:
                fut.result()
            except ValueError as e:
                print(f"worker: result() raises {type(e).__name__}: {e}")
            print(f"worker: exception() returns it too: {type(fut.exception()).__name__}")
            loop.call_soon_threadsafe(done.set_result, None)

        async def main():
            loop = asyncio.get_event_loop()
            done = loop.create_future()
            thread = threading.Thread(target=worker, args=(loop, done))
            thread.start()
            await done
            thread.join()
            print("main: the worker has finished")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        worker: got a concurrent.futures.Future: True
        worker: result() waits for the coroutine: 3
        worker: result() raises ValueError: raised on the loop
        worker: exception() returns it too: ValueError
        main: the worker has finished
        """
      And the program completes normally

  @rule-threads.run-coroutine-threadsafe.cancel @optional @needs-threads
  Rule: Cancelling the concurrent future of run_coroutine_threadsafe cancels the task on the loop; a task that ends cancelled makes result() raise CancelledError; result(timeout) raises TimeoutError when the time runs out.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.run_coroutine_threadsafe

    Scenario: A timed-out wait, then cancel(), cancels the coroutine on the loop
      Given the program:
        """python
        import asyncio
        import concurrent.futures
        import threading

        async def waits_forever(never):
            try:
                await never
            except asyncio.CancelledError:
                print("coroutine: cancelled on the loop")
                raise

        def worker(loop, never, done):
            fut = asyncio.run_coroutine_threadsafe(waits_forever(never), loop)
            try:
                fut.result(timeout=0.05)
            except concurrent.futures.TimeoutError as e:
                print(f"worker: result(timeout=0.05) raises {type(e).__name__}")
            cancelled = fut.cancel()
            loop.call_soon_threadsafe(done.set_result, (fut, cancelled))

        async def main():
            loop = asyncio.get_event_loop()
            never = loop.create_future()
            done = loop.create_future()
            thread = threading.Thread(target=worker, args=(loop, never, done))
            thread.start()
            fut, cancelled = await done
            thread.join()
            print(f"main: the worker's cancel() returned {cancelled}")
            await asyncio.sleep(0)
            print(f"main: the awaited future was cancelled too: {never.cancelled()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        worker: result(timeout=0.05) raises TimeoutError
        coroutine: cancelled on the loop
        main: the worker's cancel() returned True
        main: the awaited future was cancelled too: True
        """
      And the program completes normally

    Scenario: A coroutine cancelled on the loop cancels the concurrent future
      Given the program:
        """python
        import asyncio
        import concurrent.futures
        import threading

        async def cancels_itself():
            await asyncio.sleep(0)
            raise asyncio.CancelledError()

        def worker(loop, done):
            fut = asyncio.run_coroutine_threadsafe(cancels_itself(), loop)
            try:
                fut.result()
            except concurrent.futures.CancelledError as e:
                print(f"worker: result() raises {type(e).__name__}")
            print(f"worker: the concurrent future is cancelled: {fut.cancelled()}")
            loop.call_soon_threadsafe(done.set_result, None)

        async def main():
            loop = asyncio.get_event_loop()
            done = loop.create_future()
            thread = threading.Thread(target=worker, args=(loop, done))
            thread.start()
            await done
            thread.join()

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        worker: result() raises CancelledError
        worker: the concurrent future is cancelled: True
        """
      And the program completes normally

  @rule-threads.run-coroutine-threadsafe.refuses @optional @needs-threads
  Rule: run_coroutine_threadsafe raises TypeError at once for anything but a coroutine, a future included.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.run_coroutine_threadsafe

    Scenario: A future and an int are refused
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_event_loop()
            fut = loop.create_future()
            for what in [fut, 42]:
                try:
                    asyncio.run_coroutine_threadsafe(what, loop)
                except TypeError as e:
                    print(f"run_coroutine_threadsafe({type(what).__name__}): {type(e).__name__}")
            fut.cancel()

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        run_coroutine_threadsafe(Future): TypeError
        run_coroutine_threadsafe(int): TypeError
        """
      And the program completes normally

  @rule-threads.run-coroutine-threadsafe.task-factory-fails @optional @needs-threads
  Rule: If the loop cannot make the task (its task factory raises), the concurrent future of run_coroutine_threadsafe gets that exception and the loop's exception handler is called with it.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.run_coroutine_threadsafe

    Scenario: A task factory that raises
      Given the program:
        """python
        import asyncio
        import threading

        def refusing_factory(loop, coro):
            coro.close()
            raise NameError("no tasks today")

        handled = threading.Event()

        def handler(loop, context):
            print(f"handler: {type(context['exception']).__name__}")
            handled.set()

        async def job():
            return "never"

        def worker(loop, done):
            fut = asyncio.run_coroutine_threadsafe(job(), loop)
            try:
                fut.result()
            except NameError as e:
                handled.wait(10)
                print(f"worker: result() raises {type(e).__name__}: {e}")
            loop.call_soon_threadsafe(done.set_result, None)

        async def main():
            loop = asyncio.get_event_loop()
            loop.set_exception_handler(handler)
            done = loop.create_future()
            loop.set_task_factory(refusing_factory)
            thread = threading.Thread(target=worker, args=(loop, done))
            thread.start()
            await done
            thread.join()

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        handler: NameError
        worker: result() raises NameError: no tasks today
        """
      And the program completes normally

  @rule-threads.wrap-future @optional @needs-threads
  Rule: wrap_future turns a concurrent.futures.Future into an asyncio future that follows it; cancelling the wrapper cancels a concurrent future that has not finished, and an asyncio future is returned unchanged.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.wrap_future

    Scenario: Awaiting the wrapper of an executor's future gives the worker's result
      Given the program:
        """python
        import asyncio
        import concurrent.futures

        def compute(text):
            return text.upper()

        async def main():
            loop = asyncio.get_event_loop()
            executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
            concurrent_future = executor.submit(compute, "oi")
            wrapped = asyncio.wrap_future(concurrent_future)
            print(f"wrap_future gives an asyncio future: {asyncio.isfuture(wrapped)}")
            print(f"not the concurrent future itself: {wrapped is not concurrent_future}")
            value = await wrapped
            print(f"awaiting it gives the worker's result: {value}")
            print(f"an asyncio future is returned unchanged: {asyncio.wrap_future(wrapped) is wrapped}")
            executor.shutdown(wait=True)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        wrap_future gives an asyncio future: True
        not the concurrent future itself: True
        awaiting it gives the worker's result: OI
        an asyncio future is returned unchanged: True
        """
      And the program completes normally

    Scenario: Cancelling the wrapper of a pending and of a finished concurrent future
      Given the program:
        """python
        import asyncio
        import concurrent.futures

        async def main():
            pending = concurrent.futures.Future()
            wrapped = asyncio.wrap_future(pending)
            wrapped.cancel()
            await asyncio.sleep(0)
            print(f"cancelling the wrapper of a pending future: wrapper {wrapped.cancelled()}, concurrent {pending.cancelled()}")
            finished = concurrent.futures.Future()
            wrapped = asyncio.wrap_future(finished)
            finished.set_result(42)
            wrapped.cancel()
            await asyncio.sleep(0)
            print(f"cancelling it after the concurrent future finished: wrapper {wrapped.cancelled()}, concurrent {finished.cancelled()}, result {finished.result()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        cancelling the wrapper of a pending future: wrapper True, concurrent True
        cancelling it after the concurrent future finished: wrapper True, concurrent False, result 42
        """
      And the program completes normally

  @rule-threads.wrap-future.loop @optional @needs-threads
  Rule: wrap_future without loop= makes the wrapper on the running loop, else on the current event loop of the thread; with neither, it raises RuntimeError.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.wrap_future
    The loop is found as get_event_loop() finds it. A loop refuses to run a future of another loop (ValueError),
    which shows which loop the wrapper belongs to.

    Scenario: The running loop, the loop set, and no loop at all
      Given the program:
        """python
        import asyncio
        import concurrent.futures

        def compute(text):
            return text.upper()

        async def wrap(concurrent_future):
            return asyncio.wrap_future(concurrent_future)

        executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        set_loop = asyncio.new_event_loop()
        asyncio.set_event_loop(set_loop)
        other_loop = asyncio.new_event_loop()

        wrapped = asyncio.wrap_future(executor.submit(compute, "outside"))
        print(f"outside a running loop: the set loop runs it to {set_loop.run_until_complete(wrapped)}")

        wrapped = other_loop.run_until_complete(wrap(executor.submit(compute, "inside")))
        try:
            set_loop.run_until_complete(wrapped)
        except ValueError:
            print("inside a coroutine: the set loop refuses it (ValueError)")
        print(f"inside a coroutine: the running loop runs it to {other_loop.run_until_complete(wrapped)}")

        asyncio.set_event_loop(None)
        pending = executor.submit(compute, "nowhere")
        try:
            asyncio.wrap_future(pending)
        except RuntimeError as e:
            print(f"with no loop at all: {type(e).__name__}")
        print(f"the concurrent future is unaffected: {pending.result()}")
        executor.shutdown(wait=True)
        set_loop.close()
        other_loop.close()
        """
      Then the output is:
        """
        outside a running loop: the set loop runs it to OUTSIDE
        inside a coroutine: the set loop refuses it (ValueError)
        inside a coroutine: the running loop runs it to INSIDE
        with no loop at all: RuntimeError
        the concurrent future is unaffected: NOWHERE
        """
      And the program completes normally

  @rule-threads.wrap-future.loop.wording @detail
  Rule: CPython's message when wrap_future() finds no loop: get_event_loop()'s "There is no current event loop in thread 'MainThread'."
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.wrap_future
    Detail: message text: the RuntimeError's text is asyncio's get_event_loop() message, naming the thread
    The concurrent future is never submitted, so the program needs no threads.

    Scenario: Wrapping a concurrent future with no loop set
      Given the program:
        """python
        import asyncio
        import concurrent.futures

        asyncio.set_event_loop(None)
        try:
            asyncio.wrap_future(concurrent.futures.Future())
        except RuntimeError as e:
            print(f"RuntimeError: {e}")
        """
      Then the output is:
        """
        RuntimeError: There is no current event loop in thread 'MainThread'.
        """
      And the program completes normally

  @rule-threads.get-event-loop.per-thread @optional @needs-threads
  Rule: Each thread has its own current event loop: in a thread other than the main one, get_event_loop() raises RuntimeError until set_event_loop() gives that thread a loop, and setting it there leaves the other threads' loops alone.
    Link: https://docs.python.org/3/library/asyncio-policy.html#asyncio.AbstractEventLoopPolicy.get_event_loop
    "The default policy defines context as the current thread, and manages an event loop per thread that
    interacts with asyncio." Only in the main thread does get_event_loop() make a loop when none was set
    (until 3.14). The message names the thread; that wording is CPython's, shown for the main thread by
    loop.get-event-loop.no-current-loop.wording (a worker thread's wording would need threads, which a detail
    rule cannot require).

    Scenario: A worker thread has no loop until it sets one
      Given the program:
        """python
        import asyncio
        import threading

        def worker():
            try:
                asyncio.get_event_loop()
            except RuntimeError as e:
                print(f"{threading.current_thread().name}: {type(e).__name__}")
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            print(f"{threading.current_thread().name}: after set_event_loop, get_event_loop() is that loop: {asyncio.get_event_loop() is loop}")
            asyncio.set_event_loop(None)
            loop.close()

        main_loop = asyncio.new_event_loop()
        asyncio.set_event_loop(main_loop)
        thread = threading.Thread(target=worker, name="worker")
        thread.start()
        thread.join()
        print(f"main thread: its own loop is untouched: {asyncio.get_event_loop() is main_loop}")
        asyncio.set_event_loop(None)
        main_loop.close()
        """
      Then the output is:
        """
        worker: RuntimeError
        worker: after set_event_loop, get_event_loop() is that loop: True
        main thread: its own loop is untouched: True
        """
      And the program completes normally
