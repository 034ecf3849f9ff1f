package dev.asynciotck.interpreter.runtime.object;

/**
 * A number of a type outside the core ones ({@code decimal.Decimal}) that implements Python's numeric protocol
 * itself: the operators, {@code ==}, ordering, {@code hash()}, truth and {@code str()} ask it, as they ask a
 * class's dunder methods.
 */
public interface NumericValue extends PyValue {

    /**
     * {@code self op other}, or {@code other op self} when {@code reflected}; {@link Values#NOT_IMPLEMENTED}
     * when {@code other} is not a number this type combines with.
     */
    Object binary(String op, Object other, boolean reflected);

    /** {@code -self} or {@code +self}. */
    Object unary(String op);

    /** The sign of {@code self - other}, or null when the two do not compare. */
    Integer compareTo(Object other);

    /** A Java hash equal to {@link HashKey#hash} of every int or float that is {@code ==} to this value. */
    int hashKey();

    /** {@code bool(self)}. */
    boolean truth();

    /** {@code str(self)}; {@code toString()} is its repr. */
    String str();
}
