package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.TaskConstructor;
import dev.asynciotck.spi.TaskFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code create_eager_task_factory(custom_task_constructor)} of 3.12/3.13.0: {@code factory(loop, coro, *,
 * name=None, context=None)} returns {@code custom_task_constructor(coro, loop=loop, name=name, context=context,
 * eager_start=True)}.
 */
record CustomEagerTaskFactory(TaskConstructor constructor) implements TaskFactory {

    @Override
    public Future create(EventLoop loop, Object coro, String name) {
        return create(loop, coro, name, null);
    }

    @Override
    public Future create(EventLoop loop, Object coro, String name, Context context, Boolean eagerStart) {
        // tasks.py of 3.14: factory(loop, coro, *, eager_start=True, **kwargs): eager unless eager_start=False.
        return eagerStart == null || eagerStart ? create(loop, coro, name, context) : lazy(loop, coro, name, context);
    }

    @Override
    public Future create(EventLoop loop, Object coro, String name, Context context) {
        return construct(loop, coro, name, context, true);
    }

    private Future lazy(EventLoop loop, Object coro, String name, Context context) {
        return construct(loop, coro, name, context, false);
    }

    private Future construct(EventLoop loop, Object coro, String name, Context context, boolean eagerStart) {
        Map<String, Object> keywords = new LinkedHashMap<>();
        keywords.put("loop", loop);
        keywords.put("name", name);
        keywords.put("context", context);
        keywords.put("eager_start", eagerStart);
        return constructor.construct(coro, keywords);
    }

    @Override
    public String toString() {
        return "create_eager_task_factory.<locals>.factory()";
    }
}
