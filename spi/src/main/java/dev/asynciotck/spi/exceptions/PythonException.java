package dev.asynciotck.spi.exceptions;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Python exception travelling through Java. Its {@link #args()} are Python's {@code args}; its Java
 * {@linkplain #getCause() cause} is Python's {@code __cause__} (set by {@code raise … from}) and
 * {@link #context()} its {@code __context__} (the exception being handled when it was raised).
 *
 * <p>The subclasses in this package are the exceptions asyncio raises or must recognise. Their Python
 * class is named by {@link #pythonName()}; where they sit in Python's hierarchy depends on the asyncio
 * version (see {@link dev.asynciotck.spi.Asyncio#cancelledErrorIsException()}). Code that runs Python programs may subclass
 * this type for every other exception (for example {@code ValueError('boom')} raised by a program); a
 * provider stores such exceptions in futures and rethrows them unchanged.
 *
 * <p>Stack traces are not filled in: Python exceptions are values, created and thrown often.
 */
public class PythonException extends RuntimeException {

    private final List<Object> args;
    private Throwable cause;
    private Throwable context;

    /** An exception with Python's {@code args} ({@code ValueError('boom')} has one argument). */
    public PythonException(Object... args) {
        super(null, null, false, false);
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    /** Python's {@code args}. */
    public List<Object> args() {
        return args;
    }

    /** Python's {@code __cause__}: the exception named by {@code raise … from}, or {@code null}. */
    @Override
    public synchronized Throwable getCause() {
        return cause;
    }

    /** Sets {@code __cause__} (Python allows replacing it); returns this exception. */
    public synchronized PythonException withCause(Throwable newCause) {
        this.cause = newCause;
        return this;
    }

    /** Python's {@code __context__}: the exception being handled when this one was raised, or {@code null}. */
    public synchronized Throwable context() {
        return context;
    }

    /** Sets {@code __context__}; returns this exception. */
    public synchronized PythonException withContext(Throwable newContext) {
        this.context = newContext;
        return this;
    }

    /**
     * Whether the Python class of this exception derives from {@code Exception} rather than only from
     * {@code BaseException}. Asyncio tells the two apart, e.g. a TaskGroup raises a BaseExceptionGroup, not an
     * ExceptionGroup, when one of its errors is not an Exception. True by default. The classes of this package
     * that are not Exceptions (KeyboardInterrupt, SystemExit, GeneratorExit, a BaseExceptionGroup that is not an
     * ExceptionGroup, CancelledError from 3.8) are known by their Java class; code that raises other exceptions
     * overrides this for a class deriving from BaseException alone (a program's {@code class Stop(BaseException)}).
     */
    public boolean derivesFromException() {
        return true;
    }

    /** The Python class name, for example {@code CancelledError}; by default the Java simple name. */
    public String pythonName() {
        return getClass().getSimpleName();
    }

    /**
     * Python's {@code str(e)}: empty with no arguments, the argument with one (a Java {@link String} as is),
     * Java's rendering of the tuple otherwise.
     */
    @Override
    public String getMessage() {
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> String.valueOf(args.get(0));
            default -> args.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
        };
    }

    @Override
    public String toString() {
        return pythonName() + (args.isEmpty() ? "" : ": " + getMessage());
    }
}
