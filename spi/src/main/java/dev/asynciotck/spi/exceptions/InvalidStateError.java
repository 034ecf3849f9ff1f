package dev.asynciotck.spi.exceptions;

/**
 * asyncio.InvalidStateError: a result or exception is set on a future that is already done, or asked of
 * one that is not done yet.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-exceptions.html#asyncio.InvalidStateError">asyncio.InvalidStateError</a>
 */
public class InvalidStateError extends PythonException {

    public InvalidStateError(Object... args) {
        super(args);
    }
}
