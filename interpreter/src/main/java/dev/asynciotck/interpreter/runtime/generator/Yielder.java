package dev.asynciotck.interpreter.runtime.generator;

/**
 * A generator frame's {@code yield}: hands a value to whoever drives the generator and returns what it sends back
 * (or throws what it throws in).
 */
@FunctionalInterface
public interface Yielder {

    Object yieldValue(Object value);
}
