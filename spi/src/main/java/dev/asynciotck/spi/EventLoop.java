package dev.asynciotck.spi;

import java.util.Map;
import java.util.function.Supplier;

/**
 * asyncio's event loop: a ready queue of callbacks and a heap of timers, run one callback at a time.
 *
 * <p>One iteration runs exactly the callbacks that were ready when it began (callbacks scheduled while it
 * runs wait for the next iteration), after moving the timers that are due into the ready queue in time
 * order (timers due at the same time leave in the order of asyncio's {@code heapq}, which is FIFO for two
 * but not in general). Cancelled handles are skipped. {@link #stop()} takes effect when the
 * current iteration ends.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html">Event Loop</a>
 */
public interface EventLoop {

    /**
     * {@code call_soon(callback, context=context)}: schedules {@code callback} for the next iteration, after
     * every callback already scheduled (FIFO). It runs inside {@code context} ({@link Context#run}); without one
     * (3.7+), inside a copy of the context current now ({@link PythonHost#copyContext()}), so what it sets in
     * context variables is seen neither by the code that scheduled it nor by other callbacks. An exception from
     * the callback goes to the {@linkplain #callExceptionHandler exception handler}.
     *
     * @param context the context to run in, or {@code null} for a copy of the current one
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon">loop.call_soon</a>
     */
    Handle callSoon(Runnable callback, Context context);

    /** {@code call_soon(callback)}: {@link #callSoon(Runnable, Context)} in a copy of the current context. */
    default Handle callSoon(Runnable callback) {
        return callSoon(callback, null);
    }

    /**
     * {@link #callSoon(Runnable, Context)} that may be called from any thread, and wakes the loop if it is
     * waiting. The context copied is the calling thread's.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe">loop.call_soon_threadsafe</a>
     */
    Handle callSoonThreadsafe(Runnable callback, Context context);

    /** {@code call_soon_threadsafe(callback)}: in a copy of the calling thread's current context. */
    default Handle callSoonThreadsafe(Runnable callback) {
        return callSoonThreadsafe(callback, null);
    }

    /**
     * Schedules {@code callback} to run {@code delay} seconds from now ({@code call_at(time() + delay)}), in
     * {@code context} or a copy of the current one, as {@link #callSoon(Runnable, Context)}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_later">loop.call_later</a>
     */
    TimerHandle callLater(double delay, Runnable callback, Context context);

    /** {@code call_later(delay, callback)}: in a copy of the current context. */
    default TimerHandle callLater(double delay, Runnable callback) {
        return callLater(delay, callback, null);
    }

    /**
     * Schedules {@code callback} for time {@code when} of {@link #time()}, in {@code context} or a copy of the
     * current one, as {@link #callSoon(Runnable, Context)}; due timers run in time order, and timers with equal
     * {@code when} in the order {@code heapq} pops them (compared by {@code when} only).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_at">loop.call_at</a>
     */
    TimerHandle callAt(double when, Runnable callback, Context context);

    /** {@code call_at(when, callback)}: in a copy of the current context. */
    default TimerHandle callAt(double when, Runnable callback) {
        return callAt(when, callback, null);
    }

    /**
     * The loop's monotonic clock in seconds. Under a virtual clock it advances only when the loop jumps to
     * the next timer.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.time">loop.time</a>
     */
    double time();

    /**
     * A new pending future bound to this loop.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.create_future">loop.create_future</a>
     */
    Future createFuture();

    /**
     * {@code create_task(coro, name=name, context=context)}: wraps {@code coro} in a task on this loop and
     * schedules its first step. The task runs in {@code context} (3.11+), or in a copy of the context current
     * now. With a task factory set, 3.13 calls {@code factory(loop, coro)} (whatever {@code coro} is; with a
     * context, {@code factory(loop, coro, context=context)}: {@link TaskFactory#create(EventLoop, Object,
     * String, Context)}) and then names the result; from 3.14 it passes the name to the factory instead
     * ({@code factory(loop, coro, name=name)}) and names nothing. Without a factory, {@code TypeError} if {@code coro} is not
     * a {@link Coroutine}. {@code RuntimeError} on a closed loop, before anything else.
     *
     * @param name    the task's name, or {@code null} for {@code Task-N}
     * @param context the context the task runs in, or {@code null} for a copy of the current one
     * @return the task (a {@link Future} when a task factory returns something else)
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.create_task">loop.create_task</a>
     */
    Future createTask(Object coro, String name, Context context);

    /** {@code create_task(coro, name=name)}: the task runs in a copy of the current context. */
    default Future createTask(Object coro, String name) {
        return createTask(coro, name, null);
    }

    /**
     * {@code create_task(coro, name=name, context=context, eager_start=eagerStart)} (3.14+): from 3.14
     * {@code loop.create_task} passes every keyword argument on, to the task factory
     * ({@link TaskFactory#create(EventLoop, Object, String, Context, Boolean)}) or to {@code Task}, so an eager
     * start runs the task's first step before this returns (base_events.py and tasks.py of 3.14). {@code null}
     * (the keyword not given) is {@link #createTask(Object, String, Context)}; {@code false} is the keyword given
     * as false, which the factory receives (the eager task factory then makes a lazy task). The default, for a
     * provider that does not follow 3.14, refuses the keyword with Python's {@code TypeError}, as asyncio up to
     * 3.13 does.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.create_task">loop.create_task</a>
     */
    default Future createTask(Object coro, String name, Context context, Boolean eagerStart) {
        if (eagerStart != null) {
            throw new dev.asynciotck.spi.exceptions.TypeError("create_task() got an unexpected keyword argument 'eager_start'");
        }
        return createTask(coro, name, context);
    }

    /**
     * Runs the loop until {@code future} is done and returns its result or raises its exception. A
     * coroutine or awaitable is first wrapped with {@code ensure_future}. {@code RuntimeError} if this loop
     * is closed or already running, or another loop runs on this thread; also if the loop was stopped
     * before the future finished ({@code 'Event loop stopped before Future completed.'}).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_until_complete">loop.run_until_complete</a>
     */
    Object runUntilComplete(Object future);

    /**
     * Runs iterations until {@link #stop()} is called.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_forever">loop.run_forever</a>
     */
    void runForever();

    /**
     * Asks the loop to stop at the end of the current iteration; called while the loop is not running, the
     * next run does one iteration and stops.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.stop">loop.stop</a>
     */
    void stop();

    /** True while the loop runs. */
    boolean isRunning();

    /** True once {@link #close()} was called. */
    boolean isClosed();

    /**
     * Closes the loop: pending callbacks are dropped; {@code RuntimeError} if it is running. Closing twice
     * does nothing. No thread of the implementation's may outlive the module this loop belongs to.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.close">loop.close</a>
     */
    void close();

    /**
     * Sets the handler that receives errors the loop catches ({@code null} restores the default).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_exception_handler">loop.set_exception_handler</a>
     */
    void setExceptionHandler(ExceptionHandler handler);

    /** The handler set with {@link #setExceptionHandler}, or {@code null} when the default is in use. */
    ExceptionHandler getExceptionHandler();

    /**
     * Passes {@code context} to the handler set, or to {@link #defaultExceptionHandler}. An exception from a
     * custom handler is reported through the default handler, never propagated.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_exception_handler">loop.call_exception_handler</a>
     */
    void callExceptionHandler(Map<String, Object> context);

    /**
     * Reports {@code context} as asyncio's logger does, on {@link RuntimeOptions#stderr()}: the message,
     * then one {@code key: repr(value)} line for each other key, then the exception's traceback.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.default_exception_handler">loop.default_exception_handler</a>
     */
    void defaultExceptionHandler(Map<String, Object> context);

    /**
     * {@code loop.shutdown_asyncgens()}: a coroutine that closes every asynchronous generator this loop's
     * {@linkplain AsyncGenHooks firstiter hook} registered and that is still registered: it empties the set,
     * calls {@link AsyncGenerator#aclose()} on each and awaits them all concurrently, as
     * {@code gather(*closes, return_exceptions=True)} (each close runs as a task of this loop, so a generator's
     * {@code finally} blocks may await). An {@code Exception} (not a mere BaseException) that a close raises goes
     * to {@link #callExceptionHandler} with {@code message} {@code 'an error occurred during closing of
     * asynchronous generator <repr>'}, {@code exception} and {@code asyncgen}; the coroutine itself returns None.
     * Generators first iterated while another loop or no loop was running are not this loop's and stay open.
     * {@code asyncio.run} calls it after cancelling the tasks left over.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens">loop.shutdown_asyncgens</a>
     */
    Coroutine shutdownAsyncgens();

    /**
     * Sets the factory {@link #createTask} uses ({@code null} restores plain tasks).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_task_factory">loop.set_task_factory</a>
     */
    void setTaskFactory(TaskFactory factory);

    /** The factory set with {@link #setTaskFactory}, or {@code null}. */
    TaskFactory getTaskFactory();

    /**
     * Gives this loop the identity of {@code self}, the instance of a program's subclass of asyncio's loop class
     * ({@code asyncio.SelectorEventLoop}, from 3.13 also named {@code asyncio.EventLoop}) whose construction made
     * this loop (the loop a default policy's {@link EventLoopPolicy#newEventLoop()} makes, as
     * {@code SelectorEventLoop()} is that policy's loop factory). From then on the provider hands out {@code self}
     * wherever asyncio hands out the loop: the running loop ({@link Asyncio#getRunningLoop()},
     * {@link Asyncio#getEventLoop()} inside it), the loop of the futures and tasks it makes
     * ({@link Future#getLoop()}), the first argument of the task factory and of the exception handler. And it calls
     * through {@code self} where asyncio's own code calls a method on the loop object, so that the subclass's
     * override is honoured: {@link #runUntilComplete} wraps a coroutine with {@code ensure_future(coro, loop=self)},
     * which calls {@code self.create_task} ({@link #createTask(Object, String, Context)}); an error a callback, a
     * task or a future reports goes to {@code self.call_exception_handler}; and {@link #callExceptionHandler} calls
     * {@code self.default_exception_handler} with the context when no handler is set, and, when the set handler
     * raises, with {@code {'message': 'Unhandled error in exception handler', 'exception': exc, 'context':
     * context}}; an exception from {@code self.default_exception_handler} is contained (logged), never propagated.
     * {@code self} answers the {@link EventLoop} methods through the subclass's overrides where it has them and
     * through this loop otherwise, so the provider calls this loop's own implementation, never {@code self}, from
     * within those methods. Called at most once, right after creation, before the loop is shared. The default
     * refuses, for a provider without loop subclass support.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.SelectorEventLoop">asyncio.SelectorEventLoop</a>,
     *      and base_events.py of 3.6-3.15 ({@code run_until_complete}: {@code tasks.ensure_future(future, loop=self)};
     *      {@code call_exception_handler}: {@code self.default_exception_handler(...)}) and events.py
     *      ({@code Handle._run}: {@code self._loop.call_exception_handler(context)})
     */
    default void bindSelf(EventLoop self) {
        throw new dev.asynciotck.spi.exceptions.TypeError("this provider does not support subclasses of the event loop class");
    }

    // ---- debug mode -------------------------------------------------------------------------------------

    /**
     * {@code get_debug()}: whether the loop runs in debug mode; false unless {@link #setDebug} (or
     * {@code asyncio.run(debug=True)}, {@code Runner(debug=True)}) turned it on.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.get_debug">loop.get_debug</a>
     */
    boolean getDebug();

    /**
     * {@code set_debug(enabled)}. In debug mode the loop checks what it is given: {@link #callSoon},
     * {@link #callAt} and {@link #callLater}, called from a Python thread other than the one running the loop,
     * raise {@code RuntimeError} (the docs: "many non-threadsafe asyncio APIs ... raise an exception if they are
     * called from a wrong thread"); and (CPython's {@code _check_callback}) those, {@link #callSoonThreadsafe}
     * and {@link #runInExecutor} raise {@code TypeError} for a {@link PythonCallback} that is a coroutine, a
     * coroutine function or not callable. Slow callbacks are logged (not specified here).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-dev.html#debug-mode">asyncio debug mode</a>
     */
    void setDebug(boolean enabled);

    /**
     * {@code loop.slow_callback_duration}: in debug mode, callbacks that run longer than this many seconds are
     * logged; 0.1 (100 milliseconds) unless set.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-dev.html#debug-mode">asyncio debug mode</a>
     */
    default double slowCallbackDuration() {
        return 0.1;
    }

    /**
     * Sets {@code loop.slow_callback_duration} (see {@link #slowCallbackDuration}). A provider that keeps the
     * default cannot change it and throws {@link UnsupportedOperationException}.
     */
    default void setSlowCallbackDuration(double seconds) {
        throw new UnsupportedOperationException("slow_callback_duration cannot be changed");
    }

    // ---- executors ({@link Capabilities#THREADS}) ----------------------------------------------------------

    /**
     * {@code run_in_executor(executor, func, *args)}: submits {@code function} to {@code executor} (to the
     * loop's default executor if {@code null}, made on first use: a {@code ThreadPoolExecutor} of the host,
     * {@link PythonHost#newThreadPoolExecutor}) and returns an asyncio future of this loop that follows the
     * concurrent one ({@code wrap_future}): it gets its result or exception; cancelling it cancels the
     * concurrent future, which stops the function only if it has not started. {@code RuntimeError} on a
     * closed loop, and (3.9+) for the default executor after {@link #shutdownDefaultExecutor}.
     * Providers without {@link Capabilities#THREADS} keep the default, which throws
     * {@link UnsupportedOperationException}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_in_executor">loop.run_in_executor</a>
     */
    default Future runInExecutor(ConcurrentExecutor executor, Supplier<?> function) {
        throw new UnsupportedOperationException("run_in_executor needs the threads capability");
    }

    /**
     * {@code set_default_executor(executor)}: the executor {@link #runInExecutor} uses when given none. From
     * 3.11 anything but a {@code ThreadPoolExecutor} ({@link ConcurrentExecutor}) raises {@code TypeError};
     * before, any object is kept (3.8-3.10 warn with a DeprecationWarning first: the caller's, like every
     * deprecation warning, since it names the caller's line). Providers without {@link Capabilities#THREADS} keep the default, which throws
     * {@link UnsupportedOperationException}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_default_executor">loop.set_default_executor</a>
     */
    default void setDefaultExecutor(Object executor) {
        throw new UnsupportedOperationException("set_default_executor needs the threads capability");
    }

    /**
     * {@code shutdown_default_executor(timeout)} (3.9+; {@code timeout} 3.12+): a coroutine that shuts the
     * default executor down and waits, without blocking the loop, until its threads are joined (at most
     * {@code timeout} seconds; {@code null}: no limit). Afterwards {@link #runInExecutor} with the default
     * executor raises {@code RuntimeError}. {@code asyncio.run} and {@link Runner#close()} await it.
     * Providers without {@link Capabilities#THREADS} keep the default, which throws
     * {@link UnsupportedOperationException}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.shutdown_default_executor">loop.shutdown_default_executor</a>
     */
    default Coroutine shutdownDefaultExecutor(Double timeout) {
        throw new UnsupportedOperationException("shutdown_default_executor needs the threads capability");
    }
}
