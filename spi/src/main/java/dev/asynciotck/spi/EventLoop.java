package dev.asynciotck.spi;

import java.util.Map;

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
     * Schedules {@code callback} for the next iteration, after every callback already scheduled (FIFO).
     * An exception from the callback goes to the {@linkplain #callExceptionHandler exception handler}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon">loop.call_soon</a>
     */
    Handle callSoon(Runnable callback);

    /**
     * {@link #callSoon} that may be called from any thread, and wakes the loop if it is waiting.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe">loop.call_soon_threadsafe</a>
     */
    Handle callSoonThreadsafe(Runnable callback);

    /**
     * Schedules {@code callback} to run {@code delay} seconds from now ({@code call_at(time() + delay)}).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_later">loop.call_later</a>
     */
    TimerHandle callLater(double delay, Runnable callback);

    /**
     * Schedules {@code callback} for time {@code when} of {@link #time()}; due timers run in time order, and
     * timers with equal {@code when} in the order {@code heapq} pops them (compared by {@code when} only).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_at">loop.call_at</a>
     */
    TimerHandle callAt(double when, Runnable callback);

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
     * Wraps {@code coro} in a task on this loop and schedules its first step. With a task factory set, 3.13
     * calls {@code factory(loop, coro)} (whatever {@code coro} is) and then names the result. Without a
     * factory, {@code TypeError} if {@code coro} is not a {@link Coroutine}. {@code RuntimeError} on a closed
     * loop, before anything else.
     *
     * @param name the task's name, or {@code null} for {@code Task-N}
     * @return the task (a {@link Future} when a task factory returns something else)
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.create_task">loop.create_task</a>
     */
    Future createTask(Object coro, String name);

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
}
