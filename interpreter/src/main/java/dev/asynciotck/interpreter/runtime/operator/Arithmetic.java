package dev.asynciotck.interpreter.runtime.operator;

import dev.asynciotck.interpreter.runtime.object.Numbers;
import dev.asynciotck.spi.exceptions.TypeError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;

/** Python's int and float arithmetic: ints never overflow (Long, then BigInteger), floats are doubles. */
public final class Arithmetic {

    private Arithmetic() {
    }

    public static boolean isInt(Object v) {
        return Numbers.isInt(v);
    }

    public static boolean isNumber(Object v) {
        return Numbers.isNumber(v);
    }

    public static BigInteger big(Object v) {
        return Numbers.big(v);
    }

    /** A Long when it fits, else the BigInteger. */
    public static Object normalize(BigInteger b) {
        return Numbers.normalize(b);
    }

    public static double toDouble(Object v) {
        return switch (v) {
            case Double d -> d;
            case Long l -> l;
            case Integer i -> i;
            case Boolean b -> b ? 1 : 0;
            case BigInteger b -> {
                double d = b.doubleValue();
                if (Double.isInfinite(d)) {
                    throw Errors.of(ExceptionClasses.OVERFLOW_ERROR, "int too large to convert to float");
                }
                yield d;
            }
            default -> throw new IllegalArgumentException("not a number: " + v);
        };
    }

    private static boolean small(Object v) {
        return v instanceof Long || v instanceof Boolean || v instanceof Integer;
    }

    private static long lng(Object v) {
        return switch (v) {
            case Long l -> l;
            case Integer i -> i;
            case Boolean b -> b ? 1L : 0L;
            default -> throw new IllegalArgumentException();
        };
    }

    /** Applies a numeric binary operator to two numbers, or returns null if it does not apply. */
    public static Object binary(String op, Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            return null;
        }
        if (a instanceof Double || b instanceof Double) {
            return floatBinary(op, toDouble(a), toDouble(b));
        }
        if (small(a) && small(b)) {
            long x = lng(a);
            long y = lng(b);
            try {
                switch (op) {
                    case "+": return Math.addExact(x, y);
                    case "-": return Math.subtractExact(x, y);
                    case "*": return Math.multiplyExact(x, y);
                    case "//":
                        if (y == 0) throw zero("integer division or modulo by zero");
                        if (x == Long.MIN_VALUE && y == -1) break;
                        return Math.floorDiv(x, y);
                    case "%":
                        if (y == 0) throw zero("integer modulo by zero");
                        return Math.floorMod(x, y);
                    case "&": return x & y;
                    case "|": return x | y;
                    case "^": return x ^ y;
                    default: break;
                }
            } catch (ArithmeticException overflow) {
                // fall through to BigInteger
            }
        }
        BigInteger x = big(a);
        BigInteger y = big(b);
        return switch (op) {
            case "+" -> normalize(x.add(y));
            case "-" -> normalize(x.subtract(y));
            case "*" -> normalize(x.multiply(y));
            case "/" -> {
                if (y.signum() == 0) {
                    throw zero("division by zero");
                }
                yield new BigDecimal(x).divide(new BigDecimal(y), java.math.MathContext.DECIMAL128).doubleValue();
            }
            case "//" -> {
                if (y.signum() == 0) {
                    throw zero("integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                yield normalize(qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0]);
            }
            case "%" -> {
                if (y.signum() == 0) {
                    throw zero("integer modulo by zero");
                }
                BigInteger r = x.mod(y.abs());
                yield normalize(y.signum() < 0 && r.signum() != 0 ? r.add(y) : r);
            }
            case "**" -> {
                if (y.signum() < 0) {
                    if (x.signum() == 0) {
                        throw zero("0.0 cannot be raised to a negative power");
                    }
                    yield Math.pow(toDouble(a), toDouble(b));
                }
                if (y.bitLength() > 31) {
                    throw Errors.of(ExceptionClasses.OVERFLOW_ERROR, "exponent too large");
                }
                yield normalize(x.pow(y.intValue()));
            }
            case "<<" -> {
                if (y.signum() < 0) {
                    throw new dev.asynciotck.spi.exceptions.ValueError("negative shift count");
                }
                yield normalize(x.shiftLeft(y.intValueExact()));
            }
            case ">>" -> {
                if (y.signum() < 0) {
                    throw new dev.asynciotck.spi.exceptions.ValueError("negative shift count");
                }
                yield normalize(x.shiftRight(y.min(BigInteger.valueOf(100000)).intValue()));
            }
            case "&" -> normalize(x.and(y));
            case "|" -> normalize(x.or(y));
            case "^" -> normalize(x.xor(y));
            default -> null;
        };
    }

    private static Object floatBinary(String op, double x, double y) {
        return switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> {
                if (y == 0) {
                    throw zero("float division by zero");
                }
                yield x / y;
            }
            case "//" -> {
                if (y == 0) {
                    throw zero("float floor division by zero");
                }
                yield Math.floor(x / y);
            }
            case "%" -> {
                if (y == 0) {
                    throw zero("float modulo by zero");
                }
                double r = x % y;
                if (r != 0 && (r < 0) != (y < 0)) {
                    r += y;
                }
                yield r == 0 ? Math.copySign(0.0, y) : r;
            }
            case "**" -> {
                if (x == 0 && y < 0) {
                    throw zero("0.0 cannot be raised to a negative power");
                }
                if (x < 0 && y != Math.rint(y)) {
                    throw Errors.unsupported("complex result of a float power");
                }
                yield Math.pow(x, y);
            }
            default -> null;
        };
    }

    private static RuntimeException zero(String message) {
        return Errors.of(ExceptionClasses.ZERO_DIVISION_ERROR, message);
    }

    /** Unary minus, plus and invert on a number; null if not a number. */
    public static Object unary(String op, Object v) {
        if (!isNumber(v)) {
            return null;
        }
        if (v instanceof Double d) {
            return switch (op) {
                case "-" -> -d;
                case "+" -> d;
                default -> throw new TypeError("bad operand type for unary ~: 'float'");
            };
        }
        BigInteger b = big(v);
        return switch (op) {
            case "-" -> normalize(b.negate());
            case "+" -> normalize(b);
            default -> normalize(b.not());
        };
    }

    /** Numeric comparison; both must be numbers. */
    public static int compare(Object a, Object b) {
        return Numbers.compare(a, b);
    }

    /** Python's round(x) (banker's rounding to int) and round(x, n). */
    public static Object round(Object x, Object digits) {
        if (isInt(x)) {
            if (digits == null) {
                return normalize(big(x));
            }
            long n = lng(digits);
            if (n >= 0) {
                return normalize(big(x));
            }
            BigDecimal rounded = new BigDecimal(big(x)).setScale((int) n, RoundingMode.HALF_EVEN);
            return normalize(rounded.toBigInteger());
        }
        double d = toDouble(x);
        if (digits == null) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw Errors.of(Double.isNaN(d) ? ExceptionClasses.VALUE_ERROR : ExceptionClasses.OVERFLOW_ERROR,
                        Double.isNaN(d) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
            }
            return normalize(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return d;
        }
        return new BigDecimal(d).setScale((int) lng(digits), RoundingMode.HALF_EVEN).doubleValue();
    }
}
