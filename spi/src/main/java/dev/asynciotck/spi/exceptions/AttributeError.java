package dev.asynciotck.spi.exceptions;

/**
 * Python's builtin AttributeError, raised by asyncio where a value lacks an attribute it needs (e.g. an
 * object passed to {@code wait()} that is not a future).
 */
public class AttributeError extends PythonException {

    public AttributeError(Object... args) {
        super(args);
    }
}
