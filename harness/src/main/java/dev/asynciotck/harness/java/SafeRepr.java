package dev.asynciotck.harness.java;

import dev.asynciotck.spi.exceptions.PythonException;

import java.util.Collection;
import java.util.Map;

/**
 * Short descriptions of values for a trace, made without running any program code: numbers, booleans,
 * {@code None} and short strings as Python writes them; an exception by its class name (and its message
 * when that is a plain string or number); anything else by its kind alone ({@code list[3]}, {@code PyInstance}).
 * It never calls {@code toString()} on a program's object, whose {@code __repr__} could print or raise.
 */
final class SafeRepr {

    private static final int STRING_LIMIT = 40;

    private SafeRepr() {
    }

    /** A value that is not an SPI object (those are shown by their trace label). */
    static String plain(Object value) {
        return switch (value) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case Double d -> d.toString();
            case java.math.BigInteger b -> b.bitLength() < 200 ? b.toString() : "int(" + b.bitLength() + " bits)";
            case String s -> quote(s);
            case Throwable t -> exception(t);
            case Enum<?> e -> e.name();
            case Collection<?> c -> kind(c) + "[" + c.size() + "]";
            case Map<?, ?> m -> "dict[" + m.size() + "]";
            default -> kind(value);
        };
    }

    /** {@code CancelledError('stop')}, {@code ValueError}, or a Java exception's class name and message. */
    static String exception(Throwable exception) {
        if (exception instanceof PythonException python) {
            String name = python.pythonName();
            if (python.args().size() == 1 && (python.args().getFirst() instanceof String
                    || python.args().getFirst() instanceof Number)) {
                return name + "(" + plain(python.args().getFirst()) + ")";
            }
            return name;
        }
        String message = exception.getMessage();
        return exception.getClass().getName() + (message == null ? "" : "(" + quote(message) + ")");
    }

    private static String quote(String text) {
        String shown = text.length() > STRING_LIMIT ? text.substring(0, STRING_LIMIT) + "…" : text;
        return "'" + shown.replace("\n", "\\n") + "'";
    }

    private static String kind(Object value) {
        Class<?> type = value.getClass();
        if (type.isHidden() || type.isSynthetic()) {
            return "lambda";
        }
        String name = type.getSimpleName();
        return name.isEmpty() ? type.getName() : name;
    }
}
