package dev.asynciotck.spi.exceptions;

/**
 * Python's SystemExit, a BaseException that asyncio never stores in a task or passes to the exception
 * handler: it propagates out of the loop.
 */
public class SystemExit extends PythonException {

    public SystemExit(Object... args) {
        super(args);
    }
}
