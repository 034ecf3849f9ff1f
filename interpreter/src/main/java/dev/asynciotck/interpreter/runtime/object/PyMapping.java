package dev.asynciotck.interpreter.runtime.object;

/**
 * A read-only mapping of a kind the object package does not know (a {@code contextvars.Context}): subscripts,
 * {@code len()}, iteration over its keys and {@code in} work on it as on a dict.
 */
public interface PyMapping extends Iterable<Object> {

    /** {@code mapping[key]}: KeyError when there is none. */
    Object getItem(Object key);

    /** {@code len(mapping)}. */
    int length();
}
