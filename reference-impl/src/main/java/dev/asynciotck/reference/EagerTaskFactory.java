package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.TaskFactory;

/**
 * {@code asyncio.eager_task_factory = create_eager_task_factory(Task)}: {@code factory(loop, coro, *, name=None,
 * context=None)} makes {@code Task(coro, loop=loop, name=name, context=context, eager_start=True)}.
 */
record EagerTaskFactory(ModuleState module) implements TaskFactory {

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
        return new ReferenceTask(module, loop, coro, name, true, context);
    }

    private Future lazy(EventLoop loop, Object coro, String name, Context context) {
        return new ReferenceTask(module, loop, coro, name, false, context);
    }

    @Override
    public String toString() {
        return "create_eager_task_factory.<locals>.factory()";
    }
}
