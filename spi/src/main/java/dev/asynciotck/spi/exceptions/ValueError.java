package dev.asynciotck.spi.exceptions;

/** Python's builtin ValueError, raised by asyncio for a bad argument value (a negative semaphore). */
public class ValueError extends PythonException {

    public ValueError(Object... args) {
        super(args);
    }
}
