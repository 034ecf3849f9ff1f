package dev.asynciotck.spi.exceptions;

/**
 * asyncio.CancelledError: the operation was cancelled. Thrown into a coroutine at the await where it is
 * suspended when its task is cancelled, and raised by {@link dev.asynciotck.spi.Future#result()} of a cancelled future.
 * From asyncio 3.8 it derives from {@code BaseException} only, so {@code except Exception} does not catch
 * it; before 3.8 it is an {@code Exception}. From 3.9 the cancel message, if any, is its single argument.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-exceptions.html#asyncio.CancelledError">asyncio.CancelledError</a>
 */
public class CancelledError extends PythonException {

    public CancelledError(Object... args) {
        super(args);
    }
}
