package dev.asynciotck.reference.strand;

import dev.asynciotck.spi.Awaiter;

/**
 * The strand's side of the hand-off, usable only on the strand's own execution. It is an {@link Awaiter} (the
 * same {@code suspend}), so a coroutine body driven on a strand awaits through the strand itself: no adapter
 * object per coroutine and no adapter frame in every frozen stack.
 */
@FunctionalInterface
public interface Suspender extends Awaiter {

    /**
     * Parks the strand, handing {@code yielded} to the caller of {@link Strand#resume}; returns the value of
     * the next {@link Resumption.Send}, or throws the exception of the next {@link Resumption.Throw}.
     */
    @Override
    Object suspend(Object yielded);
}
