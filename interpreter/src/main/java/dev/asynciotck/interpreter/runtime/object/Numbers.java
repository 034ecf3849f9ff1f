package dev.asynciotck.interpreter.runtime.object;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * What a number is in the object model, and how two numbers compare: ints are Long (or Integer, or Boolean),
 * BigInteger beyond a long; floats are Double. The arithmetic itself is the operator group's.
 */
public final class Numbers {

    private Numbers() {
    }

    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Boolean || v instanceof BigInteger || v instanceof Integer;
    }

    public static boolean isNumber(Object v) {
        return isInt(v) || v instanceof Double;
    }

    public static BigInteger big(Object v) {
        return switch (v) {
            case BigInteger b -> b;
            case Long l -> BigInteger.valueOf(l);
            case Integer i -> BigInteger.valueOf(i);
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            default -> throw new IllegalArgumentException("not an int: " + v);
        };
    }

    /** A Long when it fits, else the BigInteger. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** Numeric comparison; both must be numbers. */
    public static int compare(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            double x = lenientDouble(a);
            double y = lenientDouble(b);
            if (isInt(a) && a instanceof BigInteger || isInt(b) && b instanceof BigInteger) {
                return new BigDecimal(String.valueOf(x)).compareTo(new BigDecimal(String.valueOf(y)));
            }
            return Double.compare(x, y) == 0 || x == y ? 0 : (x < y ? -1 : 1);
        }
        return big(a).compareTo(big(b));
    }

    /** The double closest to a number; a BigInteger beyond the double range becomes an infinity. */
    private static double lenientDouble(Object v) {
        return switch (v) {
            case Double d -> d;
            case Long l -> l;
            case Integer i -> i;
            case Boolean b -> b ? 1 : 0;
            case BigInteger b -> b.doubleValue();
            default -> throw new IllegalArgumentException("not a number: " + v);
        };
    }
}
