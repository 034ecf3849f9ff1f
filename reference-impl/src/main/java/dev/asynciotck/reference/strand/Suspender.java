package dev.asynciotck.reference.strand;

/** The strand's side of the hand-off, usable only on the strand's own execution. */
@FunctionalInterface
public interface Suspender {

    /**
     * Parks the strand, handing {@code yielded} to the caller of {@link Strand#resume}; returns the value of
     * the next {@link Resumption.Send}, or throws the exception of the next {@link Resumption.Throw}.
     */
    Object suspend(Object yielded);
}
