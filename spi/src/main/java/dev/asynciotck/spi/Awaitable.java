package dev.asynciotck.spi;

/**
 * Anything that can follow Python's {@code await}: a {@link Future}, a {@link Coroutine}, or an object
 * with an {@code __await__} method. {@code inspect.isawaitable} is true exactly for these.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-task.html#awaitables">Awaitables</a>
 */
@FunctionalInterface
public interface Awaitable {

    /**
     * Python's {@code await self}, performed by the coroutine that {@code awaiter} drives: runs this
     * awaitable's {@code __await__} protocol inside that coroutine, suspending it through
     * {@link Awaiter#suspend(Object)} as often as needed, and returns the value of the {@code await}
     * expression or throws its exception.
     */
    Object awaitIn(Awaiter awaiter);
}
