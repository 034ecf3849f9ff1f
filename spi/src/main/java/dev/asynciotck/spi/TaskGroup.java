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
}
