package dev.asynciotck.spi;

import dev.asynciotck.spi.exceptions.PythonException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@link PythonValues#javaDefaults()}: Python-like semantics for plain Java values. */
enum JavaDefaultValues implements PythonValues {
    INSTANCE;

    /**
     * Python's repr of the Java counterparts of Python values: {@code None}, {@code True}, quoted strings,
     * floats as Python writes them ({@code 1.0}, {@code 1e+20}), exceptions as {@code ValueError('boom')},
     * lists as {@code [..]} and maps as {@code {k: v}} of element reprs; anything else is its
     * {@code toString()}.
     */
    @Override
    public String repr(Object value) {
        return switch (value) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case String s -> stringRepr(s);
            case Double d -> floatRepr(d);
            case Float f -> floatRepr(f.doubleValue());
            case PythonException e -> e.pythonName()
                    + e.args().stream().map(this::repr).collect(Collectors.joining(", ", "(", ")"));
            case List<?> list -> list.stream().map(this::repr).collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> map -> map.entrySet().stream().map(en -> repr(en.getKey()) + ": " + repr(en.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            default -> value.toString();
        };
    }

    /** Python's {@code repr(str)}: single quotes unless only double quotes avoid escaping. */
    static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').appendCodePoint(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append(quote).toString();
    }

    /** Python's {@code repr(float)}: the shortest round-tripping digits, fixed or exponent notation. */
    static String floatRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
        if (x == 0) {
            return sign + "0.0";
        }
        // Double.toString gives the shortest digits that round-trip (JDK 19+), as Python's repr does.
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int decpt = digits.length() - exact.scale();
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String e = String.valueOf(Math.abs(exp));
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    @Override
    public boolean truth(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case Number n -> n.doubleValue() != 0;
            case CharSequence s -> !s.isEmpty();
            case Collection<?> c -> !c.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            default -> true;
        };
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean lessThan(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() < y.doubleValue();
        }
        if (a instanceof Comparable x && a.getClass().isInstance(b)) {
            return x.compareTo(b) < 0;
        }
        throw new dev.asynciotck.spi.exceptions.TypeError("'<' not supported between instances of '"
                + a.getClass().getSimpleName() + "' and '" + b.getClass().getSimpleName() + "'");
    }
}
