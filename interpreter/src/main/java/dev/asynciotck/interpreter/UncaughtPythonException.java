package dev.asynciotck.interpreter;

/** A Python exception escaped the module: the program ended as CPython ends with a traceback. */
public final class UncaughtPythonException extends RuntimeException {

    private final String pythonClassName;
    private final String lastTracebackLine;
    private final transient Throwable raised;

    public UncaughtPythonException(String pythonClassName, String lastTracebackLine, Throwable raised) {
        super(lastTracebackLine, null, false, false);
        this.pythonClassName = pythonClassName;
        this.lastTracebackLine = lastTracebackLine;
        this.raised = raised;
    }

    /** The simple class name, for example {@code CancelledError} or {@code ValueError}. */
    public String pythonClassName() {
        return pythonClassName;
    }

    /**
     * What CPython prints last: {@code ValueError: boom}, {@code asyncio.exceptions.CancelledError} (module
     * qualified except for builtins; {@code ": str"} only when {@code str(e)} is not empty).
     */
    public String lastTracebackLine() {
        return lastTracebackLine;
    }

    /** The exception object that escaped. */
    public Throwable raised() {
        return raised;
    }
}
