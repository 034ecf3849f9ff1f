package dev.asynciotck.interpreter.runtime.exception;

import dev.asynciotck.spi.exceptions.BaseExceptionGroup;
import dev.asynciotck.spi.exceptions.PythonException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import dev.asynciotck.interpreter.runtime.format.Repr;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyTuple;

/** str, repr, args and the extra attributes ({@code __cause__}, {@code __context__}, ...) of exceptions. */
public final class Exceptions {

    public static final String CAUSE = "__cause__";
    public static final String CONTEXT = "__context__";
    public static final String SUPPRESS_CONTEXT = "__suppress_context__";

    /** Attributes of exception objects, by identity; entries go when the exception is unreachable. */
    private static final Map<Throwable, Map<String, Object>> ATTRIBUTES =
            Collections.synchronizedMap(new WeakHashMap<>());

    private Exceptions() {
    }

    /** The mutable attribute map of {@code exception}. */
    public static Map<String, Object> attributes(Throwable exception) {
        return ATTRIBUTES.computeIfAbsent(exception, e -> Collections.synchronizedMap(new HashMap<>()));
    }

    /** The attribute if the exception has it set, else {@code fallback}. */
    public static Object attribute(Throwable exception, String name, Object fallback) {
        Map<String, Object> attributes = ATTRIBUTES.get(exception);
        if (attributes == null || !attributes.containsKey(name)) {
            return fallback;
        }
        return attributes.get(name);
    }

    /** Python's {@code __cause__}, kept in the SPI exception. */
    public static Throwable cause(Throwable exception) {
        return exception instanceof PythonException p ? p.getCause() : null;
    }

    /** Python's {@code __context__}, kept in the SPI exception. */
    public static Throwable context(Throwable exception) {
        return exception instanceof PythonException p ? p.context() : null;
    }

    /** {@code raise ... from cause} (or assigning {@code __cause__}): also sets {@code __suppress_context__}. */
    public static void setCause(Throwable exception, Object cause) {
        if (exception instanceof PythonException p) {
            p.withCause((Throwable) cause);
        }
        attributes(exception).put(SUPPRESS_CONTEXT, Boolean.TRUE);
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
        return switch (exception) {
            case ExceptionObject e -> e.pythonArgs();
            case BaseExceptionGroup g -> List.of(g.message(), new PyList(g.exceptions()));
            case PythonException p -> p.args();
            default -> exception.getMessage() == null ? List.of() : List.of(exception.getMessage());
        };
    }

    public static void setArgs(Throwable exception, List<Object> args) {
        if (exception instanceof ExceptionObject e) {
            e.setPythonArgs(args);
        }
    }

    /** The simple Python class name. */
    public static String name(Throwable exception) {
        return switch (exception) {
            case ExceptionObject e -> e.pyClass().name;
            case PythonException p -> p.pythonName();
            default -> exception.getClass().getSimpleName();
        };
    }

    /** BaseException.__str__ for a class and its args. */
    static String defaultStr(PyClass cls, List<Object> args) {
        if (args.size() == 1 && cls.isSubclassOf(ExceptionClasses.KEY_ERROR)) {
            return Repr.repr(args.get(0));
        }
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> Repr.str(args.get(0));
            default -> Repr.repr(new PyTuple(args));
        };
    }

    /** Python's {@code str(e)} without user-defined {@code __str__}. */
    public static String baseStr(Throwable exception) {
        if (exception instanceof BaseExceptionGroup g) {
            int n = g.exceptions().size();
            return g.message() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        if (exception instanceof ExceptionObject e) {
            return defaultStr(e.pyClass(), e.pythonArgs());
        }
        if (exception instanceof PythonException p) {
            List<Object> args = p.args();
            return switch (args.size()) {
                case 0 -> "";
                case 1 -> Repr.str(args.get(0));
                default -> Repr.repr(new PyTuple(args));
            };
        }
        return String.valueOf(exception.getMessage() == null ? "" : exception.getMessage());
    }

    /** Python's {@code repr(e)} without user-defined {@code __repr__}. */
    public static String baseRepr(Throwable exception) {
        List<Object> args = exception instanceof BaseExceptionGroup g && !(exception instanceof ExceptionObject)
                ? List.of(g.message(), new PyList(g.exceptions())) : args(exception);
        StringBuilder out = new StringBuilder(name(exception)).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(Repr.repr(args.get(i)));
        }
        return out.append(')').toString();
    }

    /** Java's toString of a carrier: {@code Name: str}, as PythonException's. */
    static String javaToString(Throwable exception) {
        String str = baseStr(exception);
        return name(exception) + (str.isEmpty() ? "" : ": " + str);
    }

    /** The exceptions a group holds, as a Python list. */
    static List<Object> members(BaseExceptionGroup group) {
        return new ArrayList<>(group.exceptions());
    }
}
