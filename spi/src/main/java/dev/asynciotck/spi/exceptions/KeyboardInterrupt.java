package dev.asynciotck.spi.exceptions;

/**
 * Python's KeyboardInterrupt, a BaseException that asyncio never stores in a task or passes to the
 * exception handler: it propagates out of the loop.
 */
public class KeyboardInterrupt extends PythonException {

    public KeyboardInterrupt(Object... args) {
        super(args);
    }
}
