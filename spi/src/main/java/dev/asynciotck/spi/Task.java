package dev.asynciotck.spi;

/**
 * asyncio.Task: a {@link Future} that drives a {@link Coroutine}.
 *
 * <ul>
 *   <li>Creation schedules the first step with {@code call_soon}; the body does not start inside
 *       {@code create_task} (unless an eager task factory is installed, 3.12+).</li>
 *   <li>Every step runs inside the task's {@link Context}: a copy of the creator's context taken at
 *       creation (3.7+), or the one given to it (3.11+); so what the coroutine sets in context variables
 *       stays with the task.</li>
 *   <li>A step sends into the coroutine; a yielded pending future wakes the task when done; a yielded
 *       {@code None} reschedules the task for the next iteration.</li>
 *   <li>{@link #cancel(String)} on a task waiting for a future cancels that future; CancelledError is then
 *       thrown in at the {@code await}. Cancelled before its first step, the body never runs.
 *       A body that catches the CancelledError and returns ends the task normally; a CancelledError that
 *       escapes the body ends the task cancelled.</li>
 *   <li>{@link #setResult} and {@link #setException} raise {@code RuntimeError}: only the coroutine sets
 *       a task's outcome.</li>
 * </ul>
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.Task">asyncio.Task</a>
 */
public interface Task extends Future {

    /** The task's name, {@code Task-N} unless one was given ({@code get_name}, 3.8+). */
    String getName();

    /** Renames the task ({@code set_name}, 3.8+). */
    void setName(String name);

    /**
     * The coroutine this task drives ({@code get_coro}, 3.8+); from 3.13 {@code null} (None) for a task that
     * finished in its eager first step.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.get_coro">Task.get_coro</a>
     */
    Coroutine getCoro();

    /**
     * The context every step of the task runs in ({@code get_context}, 3.12+): the one given at creation, or
     * the copy taken then.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.get_context">Task.get_context</a>
     */
    Context getContext();

    /**
     * How many cancellation requests are pending: {@link #cancel} increments it, {@link #uncancel}
     * decrements it ({@code cancelling}, 3.11+).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancelling">Task.cancelling</a>
     */
    int cancelling();

    /**
     * Decrements the count of cancellation requests and returns the new count ({@code uncancel}, 3.11+).
     * From 3.13, reaching zero also forgets a cancellation not yet delivered to the coroutine.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.uncancel">Task.uncancel</a>
     */
    int uncancel();
}
