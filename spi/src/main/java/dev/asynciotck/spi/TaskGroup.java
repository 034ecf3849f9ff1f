package dev.asynciotck.spi;

/**
 * asyncio.TaskGroup (3.11+): {@code async with} waits for every task created in it; the first failing task
 * cancels the others and the failures are raised together as an {@code ExceptionGroup}.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup">asyncio.TaskGroup</a>
 */
public interface TaskGroup extends AsyncContextManager {

    /**
     * {@code create_task(coro, name=name, context=context)}: a task of the group's loop (whatever future the
     * loop's task factory makes), running in {@code context} or a copy of the current one.
     */
    Future createTask(Object coro, String name, Context context);

    /** {@code create_task(coro, name=name)}: in a copy of the current context. */
    default Future createTask(Object coro, String name) {
        return createTask(coro, name, null);
    }

    /**
     * {@code create_task(coro, name=name, context=context, eager_start=eagerStart)} (3.14+): taskgroups.py of
     * 3.14 passes its keyword arguments to {@code loop.create_task}
     * ({@link EventLoop#createTask(Object, String, Context, Boolean)}; {@code null}: the keyword not given). The
     * default, for a provider that does not follow 3.14, refuses the keyword with Python's {@code TypeError}.
     */
    default Future createTask(Object coro, String name, Context context, Boolean eagerStart) {
        if (eagerStart != null) {
            throw new dev.asynciotck.spi.exceptions.TypeError("create_task() got an unexpected keyword argument 'eager_start'");
        }
        return createTask(coro, name, context);
    }

    /**
     * {@code cancel()} (3.15+): cancels the group's tasks that are not done and the task running the body; the
     * group then exits without raising CancelledError. Before the group is entered it takes effect on entry;
     * after the group has exited it does nothing (taskgroups.py of 3.15, {@code TaskGroup.cancel}). The default,
     * for a provider that does not follow 3.15, is unsupported.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup.cancel">TaskGroup.cancel</a>
     */
    default void cancel() {
        throw new UnsupportedOperationException("TaskGroup.cancel() (asyncio 3.15)");
    }
}
