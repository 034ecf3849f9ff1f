package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.Awaitable;

/** What {@code fut.__await__()} or {@code coro.__await__()} returns: an iterator that awaits {@code target}. */
public record AwaitIterator(Awaitable target) {

    @Override
    public String toString() {
        return "<" + (target instanceof dev.asynciotck.spi.Coroutine ? "coroutine_wrapper" : "generator")
                + " object at " + Values.address(this) + ">";
    }
}
