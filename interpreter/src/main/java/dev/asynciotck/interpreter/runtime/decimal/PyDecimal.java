package dev.asynciotck.interpreter.runtime.decimal;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.HashKey;
import dev.asynciotck.interpreter.runtime.object.NumericValue;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code decimal.Decimal}: a finite decimal number (no NaN or infinity), immutable. Arithmetic rounds to the
 * precision of the calling thread's current decimal context with ROUND_HALF_EVEN, as the default context does;
 * {@link BigDecimal} follows the same General Decimal Arithmetic specification for results, exponents and
 * {@code str()} (to-scientific-string). Zero keeps a sign, as Python's does ({@code Decimal('-0')}).
 */
final class PyDecimal implements NumericValue {

    private final DecimalModule module;
    /** The magnitude and sign; for zero, the sign is {@link #negativeZero}. */
    final BigDecimal value;
    final boolean negativeZero;

    PyDecimal(DecimalModule module, BigDecimal value, boolean negativeZero) {
        this.module = module;
        this.value = value;
        this.negativeZero = negativeZero && value.signum() == 0;
    }

    @Override
    public PyClass pyClass() {
        return module.decimalClass();
    }

    /** The sign bit: true for negative numbers and for -0. */
    private boolean signBit() {
        return value.signum() < 0 || negativeZero;
    }

    /** An int, a bool or a Decimal as an exact decimal; null for anything else. */
    private PyDecimal operand(Object other) {
        return switch (other) {
            case PyDecimal d -> d;
            case Boolean b -> new PyDecimal(module, b ? BigDecimal.ONE : BigDecimal.ZERO, false);
            case Long l -> new PyDecimal(module, BigDecimal.valueOf(l), false);
            case Integer i -> new PyDecimal(module, BigDecimal.valueOf(i), false);
            case BigInteger b -> new PyDecimal(module, new BigDecimal(b), false);
            case null, default -> null;
        };
    }

    @Override
    public Object binary(String op, Object other, boolean reflected) {
        PyDecimal o = operand(other);
        if (o == null) {
            return Values.NOT_IMPLEMENTED;
        }
        PyDecimal a = reflected ? o : this;
        PyDecimal b = reflected ? this : o;
        MathContext context = new MathContext(module.currentContext().precision(), RoundingMode.HALF_EVEN);
        return switch (op) {
            case "+" -> sum(a, b.value, b.signBit(), context);
            case "-" -> sum(a, b.value.negate(), !b.signBit(), context);
            case "*" -> new PyDecimal(module, a.value.multiply(b.value, context), a.signBit() != b.signBit());
            case "/" -> {
                if (b.value.signum() == 0) {
                    throw Errors.unsupported("decimal.Decimal division by zero (decimal."
                            + (a.value.signum() == 0 ? "InvalidOperation" : "DivisionByZero") + ")");
                }
                yield new PyDecimal(module, a.value.divide(b.value, context), a.signBit() != b.signBit());
            }
            default -> throw Errors.unsupported("decimal.Decimal " + op + " (only +, -, * and / are supported)");
        };
    }

    /** a + b, where b is given by its value and sign bit: an exact zero sum is -0 only if both signs are negative. */
    private PyDecimal sum(PyDecimal a, BigDecimal b, boolean bNegative, MathContext context) {
        BigDecimal result = a.value.add(b, context);
        return new PyDecimal(module, result, result.signum() == 0 && a.signBit() && bNegative);
    }

    @Override
    public Object unary(String op) {
        MathContext context = new MathContext(module.currentContext().precision(), RoundingMode.HALF_EVEN);
        // Under ROUND_HALF_EVEN, -0 and +0 both give 0 (decimal's __neg__ and __pos__ take the zero's abs).
        return switch (op) {
            case "-" -> new PyDecimal(module, value.negate(context), false);
            case "+" -> new PyDecimal(module, value.plus(context), false);
            default -> throw Errors.typeError("bad operand type for unary " + op + ": 'decimal.Decimal'");
        };
    }

    @Override
    public Integer compareTo(Object other) {
        if (other instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? null : value.compareTo(new BigDecimal(d));
        }
        PyDecimal o = operand(other);
        return o == null ? null : value.compareTo(o.value);
    }

    @Override
    public int hashKey() {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            // an integral value hashes as the int equal to it (Long when it fits, as the interpreter keeps ints)
            BigInteger integral = stripped.toBigIntegerExact();
            return integral.bitLength() < 64 ? Long.hashCode(integral.longValue()) : integral.hashCode();
        }
        double d = stripped.doubleValue();
        if (!Double.isInfinite(d) && new BigDecimal(d).compareTo(stripped) == 0) {
            return HashKey.hash(d);
        }
        return stripped.hashCode();
    }

    @Override
    public boolean truth() {
        return value.signum() != 0;
    }

    @Override
    public String str() {
        return (negativeZero ? "-" : "") + value.toString();
    }

    @Override
    public String toString() {
        return "Decimal('" + str() + "')";
    }
}
