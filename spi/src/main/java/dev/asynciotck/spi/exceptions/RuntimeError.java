package dev.asynciotck.spi.exceptions;

/**
 * Python's builtin RuntimeError, raised by asyncio for misuse: no running event loop, a loop that is
 * already running or closed, a coroutine awaited twice, {@code set_result} on a task.
 */
public class RuntimeError extends PythonException {

    public RuntimeError(Object... args) {
        super(args);
    }
}
