package dev.asynciotck.spi.exceptions;

/**
 * Python's builtin TypeError, raised by asyncio for a value of the wrong kind, for example
 * {@code ensure_future(42)}.
 */
public class TypeError extends PythonException {

    public TypeError(Object... args) {
        super(args);
    }
}
