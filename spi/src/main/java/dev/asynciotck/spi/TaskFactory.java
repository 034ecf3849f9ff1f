package dev.asynciotck.spi;

/**
 * A loop's task factory, used by {@link EventLoop#createTask} when set.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_task_factory">loop.set_task_factory</a>
 */
@FunctionalInterface
public interface TaskFactory {

    /**
     * Returns the future that wraps {@code coro}. asyncio up to 3.13 passes no name to the factory
     * ({@code name} is then {@code null}) and names the result itself; from 3.14 {@code loop.create_task} passes
     * the name on ({@code factory(loop, coro, name=name)}, base_events.py of 3.14) and names nothing itself.
     *
     * @param coro what was passed to {@code create_task}, unchecked: asyncio calls the factory before anything
     *             looks at it, so a factory that builds a {@code Task} gets Task's TypeError for a non-coroutine
     * @param name the requested task name, or {@code null}
     */
    Future create(EventLoop loop, Object coro, String name);

    /**
     * {@code factory(loop, coro, context=context)}, what {@code create_task(coro, context=ctx)} calls (3.11+);
     * {@code context} {@code null} is {@link #create(EventLoop, Object, String)}. The default, for a factory
     * that takes no context, raises Python's {@code TypeError} as a function without that parameter would.
     */
    default Future create(EventLoop loop, Object coro, String name, Context context) {
        if (context != null) {
            throw new dev.asynciotck.spi.exceptions.TypeError("task factory got an unexpected keyword argument 'context'");
        }
        return create(loop, coro, name);
    }

    /**
     * {@code factory(loop, coro, name=name, context=context, eager_start=eagerStart)}, what {@code
     * create_task(coro, eager_start=...)} calls from 3.14 (base_events.py of 3.14 passes every keyword argument
     * on); {@code eagerStart} {@code null} (not given) is {@link #create(EventLoop, Object, String, Context)}. The
     * default, for a factory that takes no {@code eager_start}, raises Python's {@code TypeError} as such a
     * function would.
     */
    default Future create(EventLoop loop, Object coro, String name, Context context, Boolean eagerStart) {
        if (eagerStart != null) {
            throw new dev.asynciotck.spi.exceptions.TypeError("task factory got an unexpected keyword argument 'eager_start'");
        }
        return create(loop, coro, name, context);
    }
}
