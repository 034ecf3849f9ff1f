package dev.asynciotck.spi;

import java.util.Map;

/**
 * The {@code custom_task_constructor} given to {@link Asyncio#createEagerTaskFactory}: a callable with the
 * signature of {@code Task.__init__} ({@code asyncio.Task} itself, a subclass, or a function), called as
 * {@code constructor(coro, **keywords)}; it returns a task (or another future).
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.create_eager_task_factory">asyncio.create_eager_task_factory</a>
 */
@FunctionalInterface
public interface TaskConstructor {

    /**
     * {@code constructor(coro, **keywords)}.
     *
     * @param keywords the keyword arguments in the order asyncio passes them ({@code loop}: an {@link EventLoop};
     *                 {@code name}: a {@code String} or {@code null}; {@code context}: a {@link Context} or
     *                 {@code null}; {@code eager_start}: a {@code Boolean})
     */
    Future construct(Object coro, Map<String, Object> keywords);
}
