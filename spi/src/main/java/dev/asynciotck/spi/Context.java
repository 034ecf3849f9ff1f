package dev.asynciotck.spi;

import java.util.function.Supplier;

/**
 * A {@code contextvars.Context}, as asyncio uses one: a snapshot of context variables that code can run in.
 * Contexts belong to the Python runtime that runs the program, not to asyncio: the provider gets them from
 * {@link PythonHost#copyContext()} (or from the program, through a {@code context=} argument), keeps them,
 * and enters them with {@link #run}. A provider never looks inside one.
 *
 * <p>asyncio runs every callback and every task step inside a context: a task in the context it was created
 * with, a callback in the context current when it was scheduled (a copy of it), unless a {@code context=}
 * argument names another. That is how a {@code ContextVar} set in one task is invisible to the others.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task">asyncio.create_task (context)</a>
 * @see <a href="https://docs.python.org/3/library/contextvars.html#contextvars.Context.run">contextvars.Context.run</a>
 */
public interface Context {

    /**
     * {@code Context.run(callable)}: makes this context the current one of the calling Python thread, runs
     * {@code action}, and restores the previous context, also when {@code action} raises. Raises Python's
     * {@code RuntimeError} (without running {@code action}) if this context is already entered, in any thread.
     *
     * @return what {@code action} returned
     */
    <T> T run(Supplier<T> action);

    /** {@link #run(Supplier)} of an action without a value. */
    default void run(Runnable action) {
        run(() -> {
            action.run();
            return null;
        });
    }
}
