package dev.asynciotck.interpreter.runtime.repr;

import dev.asynciotck.interpreter.syntax.Ellipsis;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.asynciotck.interpreter.runtime.object.ExceptionObject;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.HashKey;
import dev.asynciotck.interpreter.runtime.object.NumericValue;
import dev.asynciotck.interpreter.runtime.object.PyBoundMethod;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyDictView;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyFutureSubclassInstance;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.PySlice;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Values;

/** Python's repr() and str() of every value, exactly as CPython prints them. */
public final class Repr {

    private Repr() {
    }

    public static String repr(Object value) {
        return repr(value, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    public static String str(Object value) {
        return switch (value) {
            case String s -> s;
            case PyInstance i when i.type.lookup("__str__") instanceof PyFunction f -> callString(f, i, "__str__");
            case Throwable t -> strOfException(t);
            case NumericValue n -> n.str();
            // asyncio.Queue alone defines __str__: its repr without the address, <Queue maxsize=0 tasks=1>.
            case dev.asynciotck.spi.Queue q -> repr(q).replaceFirst("^(<\\w+) at 0x[0-9a-fA-F]+ ", "$1 ");
            case null, default -> repr(value);
        };
    }

    private static String strOfException(Throwable t) {
        if (t instanceof ExceptionObject e && e.pyClass().lookup("__str__") instanceof PyFunction f) {
            return callString(f, t, "__str__");
        }
        return ExceptionText.baseStr(t);
    }

    private static String callString(PyFunction f, Object self, String method) {
        Object result = f.runtime.call(f, Args.of(self));
        if (!(result instanceof String s)) {
            throw new dev.asynciotck.spi.exceptions.TypeError(method + " returned non-string (type "
                    + f.runtime.typeOf(result).name + ")");
        }
        return s;
    }

    private static String repr(Object value, Set<Object> seen) {
        return switch (value) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case BigInteger b -> b.toString();
            case Double d -> floatRepr(d);
            case String s -> stringRepr(s);
            case PyList l -> sequence(l, l.items, "[", "]", seen);
            case PyTuple t -> t.items.size() == 1 ? "(" + repr(t.items.get(0), seen) + ",)"
                    : sequence(t, t.items, "(", ")", seen);
            case PySet s -> s.members.isEmpty() ? (s.frozen ? "frozenset()" : "set()")
                    : (s.frozen ? "frozenset(" : "") + sequence(s, s.items(), "{", "}", seen) + (s.frozen ? ")" : "");
            case PyDict d -> dict(d, seen);
            case PyInstance i when i.type.lookup("__repr__") instanceof PyFunction f -> callString(f, i, "__repr__");
            case PyFutureSubclassInstance f when f.initialized() -> subclassRepr(f);
            case PyInstance i -> "<" + i.type.module + "." + i.type.qualifiedName + " object at " + Values.address(i) + ">";
            case Throwable t when t instanceof ExceptionObject e && e.pyClass().lookup("__repr__") instanceof PyFunction f ->
                    callString(f, t, "__repr__");
            case Throwable t -> ExceptionText.baseRepr(t);
            case Ellipsis e -> "Ellipsis";
            case PyDictView v -> v.typeName() + "(" + sequence(v, v.items(), "[", "]", seen) + ")";
            case PyBoundMethod m -> "<bound method " + m.qualifiedName() + " of " + repr(m.self(), seen) + ">";
            case PySlice s -> "slice(" + repr(s.start(), seen) + ", " + repr(s.stop(), seen) + ", " + repr(s.step(), seen) + ")";
            case List<?> l -> sequence(l, l, "[", "]", seen);
            case Set<?> s -> s.isEmpty() ? "set()" : sequence(s, s, "{", "}", seen);
            case Map<?, ?> m -> repr(PyDict.fromJava(m), seen);
            case Float f -> floatRepr(f.doubleValue());
            case Short s -> s.toString();
            case Byte b -> b.toString();
            case Character c -> stringRepr(c.toString());
            default -> String.valueOf(value);
        };
    }

    /**
     * asyncio's repr of a Future or Task subclass instance ({@code _future_repr}, {@code _task_repr}): the provider's
     * repr of its future, under the name of the instance's class ({@code self.__class__.__name__}).
     */
    private static String subclassRepr(PyFutureSubclassInstance f) {
        String provided = f.provided().toString();
        int space = provided.indexOf(' ');
        return provided.startsWith("<") && space > 0 ? "<" + f.type.name + provided.substring(space) : provided;
    }

    private static String sequence(Object container, Collection<?> items, String open, String close, Set<Object> seen) {
        if (!seen.add(container)) {
            return open + "..." + close;
        }
        try {
            StringBuilder out = new StringBuilder(open);
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(repr(item, seen));
            }
            return out.append(close).toString();
        } finally {
            seen.remove(container);
        }
    }

    private static String dict(PyDict dict, Set<Object> seen) {
        if (!seen.add(dict)) {
            return "{...}";
        }
        try {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<HashKey, Object> entry : dict.map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(repr(entry.getKey().value, seen)).append(": ").append(repr(entry.getValue(), seen));
            }
            return out.append('}').toString();
        } finally {
            seen.remove(dict);
        }
    }

    /** Python's {@code ascii()} of a repr: every non-ASCII character escaped. */
    public static String ascii(String repr) {
        StringBuilder out = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.append((char) cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.toString();
    }

    /** repr of a str: single quotes unless the text has a ' and no ". */
    public static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (cp == quote) {
                        out.append('\\').append((char) cp);
                    } else if (cp < 0x20 || cp == 0x7f) {
                        out.append(String.format("\\x%02x", cp));
                    } else if (cp >= 0x80 && !printable(cp)) {
                        out.append(cp <= 0xff ? String.format("\\x%02x", cp)
                                : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.append(quote).toString();
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SPACE_SEPARATOR && cp != ' '));
    }

    /** The shortest decimal that reads back as {@code d}, the closest one among equally short ones. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** repr of a float: the shortest digits that round-trip, fixed or scientific as CPython chooses. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = shortest(Math.abs(d));
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - exact.scale() - 1;
        String sign = d < 0 ? "-" : "";
        if (exponent >= -5 + 1 && exponent < 16) {
            String fixed;
            if (exponent >= digits.length() - 1) {
                fixed = digits + "0".repeat(exponent - digits.length() + 1) + ".0";
            } else if (exponent >= 0) {
                fixed = digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
            } else {
                fixed = "0." + "0".repeat(-exponent - 1) + digits;
            }
            return sign + fixed;
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
}
