package dev.asynciotck.spi.exceptions;

import java.util.List;

/**
 * Python's BaseExceptionGroup (3.11+): several exceptions raised together, as a
 * {@link dev.asynciotck.spi.TaskGroup} raises its children's failures. {@link ExceptionGroup} is the variant whose members
 * are all {@code Exception}s.
 *
 * @see <a href="https://docs.python.org/3/library/exceptions.html#BaseExceptionGroup">BaseExceptionGroup</a>
 */
public class BaseExceptionGroup extends PythonException {

    private final List<Throwable> exceptions;

    public BaseExceptionGroup(String message, List<? extends Throwable> exceptions) {
        super(message, List.copyOf(exceptions));
        this.exceptions = List.copyOf(exceptions);
    }

    /** The message, Python's {@code eg.message}. */
    public String message() {
        return (String) args().get(0);
    }

    /** The member exceptions in order, Python's {@code eg.exceptions}. */
    public List<Throwable> exceptions() {
        return exceptions;
    }

    @Override
    public String getMessage() {
        int n = exceptions.size();
        return message() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }
}
