package dev.asynciotck.interpreter.runtime.object;

/**
 * A value that is its own iterator, with state the object package does not know (a generator, the iterator of
 * {@code fut.__await__()}): {@code iter()} returns it unchanged, {@code next()} steps it. As a Java
 * {@link Iterable} it gives each next item until the StopIteration that ends it.
 */
public interface SelfIterator extends Iterable<Object> {

    /** Python's {@code next(self)}: the next item, or StopIteration (raised as a Python exception). */
    Object pyNext();
}
