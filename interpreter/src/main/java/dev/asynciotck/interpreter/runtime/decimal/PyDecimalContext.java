package dev.asynciotck.interpreter.runtime.decimal;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;

/**
 * {@code decimal.Context}, as far as the programs use it: its precision ({@code prec}, 28 by default), read and
 * set; the rounding is always ROUND_HALF_EVEN, the default. A context is mutable and shared by whoever holds it:
 * {@code localcontext()} gives each block a copy.
 */
final class PyDecimalContext implements PyValue {

    /** {@code decimal.MAX_PREC} on 64-bit builds. */
    static final long MAX_PREC = 999_999_999_999_999_999L;

    private final PyClass pyClass;
    private volatile int precision;

    PyDecimalContext(PyClass pyClass, int precision) {
        this.pyClass = pyClass;
        this.precision = precision;
    }

    @Override
    public PyClass pyClass() {
        return pyClass;
    }

    int precision() {
        return precision;
    }

    /** {@code ctx.prec = value}: an int in [1, MAX_PREC]; the interpreter computes with at most 2**31-1 digits. */
    void setPrecision(long value) {
        if (value < 1 || value > MAX_PREC) {
            throw Errors.valueError("valid range for prec is [1, MAX_PREC]");
        }
        if (value > Integer.MAX_VALUE) {
            throw Errors.unsupported("decimal precision above " + Integer.MAX_VALUE);
        }
        precision = (int) value;
    }

    PyDecimalContext copy() {
        return new PyDecimalContext(pyClass, precision);
    }

    /** Its repr lists flags and traps, which this subset does not keep. */
    @Override
    public String toString() {
        throw Errors.unsupported("repr() of a decimal.Context");
    }
}
