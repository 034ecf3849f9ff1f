package dev.asynciotck.spi;

/**
 * A loop's task factory, used by {@link EventLoop#createTask} when set.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_task_factory">loop.set_task_factory</a>
 */
@FunctionalInterface
public interface TaskFactory {

    /**
     * Returns the future that wraps {@code coro}. asyncio 3.13 passes no name to the factory
     * ({@code name} is then {@code null}) and names the result itself.
     *
     * @param coro what was passed to {@code create_task}, unchecked: asyncio calls the factory before anything
     *             looks at it, so a factory that builds a {@code Task} gets Task's TypeError for a non-coroutine
     * @param name the requested task name, or {@code null}
     */
    Future create(EventLoop loop, Object coro, String name);
}
