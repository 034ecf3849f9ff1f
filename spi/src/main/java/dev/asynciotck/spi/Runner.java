package dev.asynciotck.spi;

/**
 * {@code asyncio.Runner} (3.11+): one event loop, made on first use, that runs coroutines one {@link #run} at a
 * time, and is finalised once, by {@link #close()}: the tasks still pending are cancelled and awaited, async
 * generators and the default executor are shut down, and the loop is closed. {@code with Runner() as r:} is
 * {@link #enter()} and, on the way out, {@link #close()}. Every {@code run} without a context runs in the same
 * context, copied when the runner was initialised, so context variables set in one run are seen by the next.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-runner.html#asyncio.Runner">asyncio.Runner</a>
 */
public interface Runner {

    /**
     * {@code __enter__}: initialises the runner (makes its loop) if it is not yet, and returns it.
     * {@code RuntimeError('Runner is closed')} once closed.
     */
    Runner enter();

    /**
     * {@code run(coro, context=context)}: runs {@code coro} as a task on the runner's loop until it is done and
     * returns its result or raises its exception. {@code ValueError} if {@code coro} is not a coroutine,
     * {@code RuntimeError} when called from a running event loop or on a closed runner.
     *
     * @param context the context the task runs in; {@code null} for the runner's own
     */
    Object run(Object coro, Context context);

    /** {@code get_loop()}: the runner's loop, made now if need be; {@code RuntimeError} once closed. */
    EventLoop getLoop();

    /**
     * {@code close()}: cancels the loop's pending tasks and waits for them, shuts down async generators and the
     * default executor, and closes the loop. Does nothing if the runner was never initialised or is closed.
     */
    void close();
}
