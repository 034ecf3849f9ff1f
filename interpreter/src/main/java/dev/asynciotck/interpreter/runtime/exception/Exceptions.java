package dev.asynciotck.interpreter.runtime.exception;

import dev.asynciotck.spi.exceptions.BaseExceptionGroup;
import dev.asynciotck.spi.exceptions.PythonException;
import java.util.ArrayList;
import java.util.List;
import dev.asynciotck.interpreter.runtime.object.ExceptionObject;
import dev.asynciotck.interpreter.runtime.object.Args;

/** str, repr, args and the extra attributes ({@code __cause__}, {@code __context__}, ...) of exceptions. */
public final class Exceptions {

    public static final String CAUSE = "__cause__";
    public static final String CONTEXT = "__context__";
    public static final String SUPPRESS_CONTEXT = "__suppress_context__";

    private Exceptions() {
    }

    /** Python's {@code __cause__}, kept in the SPI exception. */
    public static Throwable cause(Throwable exception) {
        return exception instanceof PythonException p ? p.getCause() : null;
    }

    /** Python's {@code __context__}, kept in the SPI exception. */
    public static Throwable context(Throwable exception) {
        return exception instanceof PythonException p ? p.context() : null;
    }

    /**
     * {@code raise ... from cause} (or assigning {@code __cause__}): also sets {@code __suppress_context__} in
     * the program's attributes of exceptions.
     */
    public static void setCause(ExceptionTypes types, Throwable exception, Object cause) {
        if (exception instanceof PythonException p) {
            p.withCause((Throwable) cause);
        }
        types.attributes(exception).put(SUPPRESS_CONTEXT, Boolean.TRUE);
    }

    public static void setContext(Throwable exception, Throwable context) {
        if (exception instanceof PythonException p) {
            p.withContext(context);
        }
    }

    /**
     * Python's implicit chaining, as at raise time: {@code raised.__context__ = handled}, first cutting any
     * cycle the chain of {@code handled} would make through {@code raised}.
     */
    public static void chain(Throwable raised, Throwable handled) {
        if (handled == null || raised == handled || !isPython(raised)) {
            return;
        }
        Throwable walker = handled;
        int guard = 0;
        while (walker != null && guard++ < 10_000) {
            Throwable next = context(walker);
            if (next == raised) {
                setContext(walker, null);
                break;
            }
            walker = next;
        }
        setContext(raised, handled);
    }

    public static boolean isPython(Throwable t) {
        return t instanceof PythonException;
    }

    /** Python's {@code args}. */
    public static List<Object> args(Throwable exception) {
        return ExceptionObject.args(exception);
    }

    public static void setArgs(Throwable exception, List<Object> args) {
        if (exception instanceof ExceptionObject e) {
            e.setPythonArgs(args);
        }
    }

    /** The simple Python class name. */
    public static String name(Throwable exception) {
        return ExceptionObject.name(exception);
    }

    /** BaseException.__init__(self, *args): sets args. */
    public static Object baseInit(Args args) {
        if (args.size() > 0 && args.get(0) instanceof Throwable t) {
            List<Object> rest = args.positional().subList(1, args.size());
            setArgs(t, rest);
        }
        return null;
    }

    /** The exceptions a group holds, as a Python list. */
    static List<Object> members(BaseExceptionGroup group) {
        return new ArrayList<>(group.exceptions());
    }
}
