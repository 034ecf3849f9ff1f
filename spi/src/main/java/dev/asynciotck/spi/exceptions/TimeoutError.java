package dev.asynciotck.spi.exceptions;

/**
 * asyncio.TimeoutError: an operation did not finish before its deadline ({@code wait_for},
 * {@code timeout()}). From asyncio 3.11 it is the builtin {@code TimeoutError}; before, a class of its own.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-exceptions.html#asyncio.TimeoutError">asyncio.TimeoutError</a>
 */
public class TimeoutError extends PythonException {

    public TimeoutError(Object... args) {
        super(args);
    }
}
