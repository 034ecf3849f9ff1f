package dev.asynciotck.reference.strand;

/** What one {@link Strand#resume} produced: the body suspended, returned, or raised. */
public sealed interface Outcome {

    /** The body suspended, yielding {@code value}. */
    record Yield(Object value) implements Outcome {
    }

    /** The body returned {@code value}; the strand is finished. */
    record Return(Object value) implements Outcome {
    }

    /** The body threw {@code exception}; the strand is finished. */
    record Raise(Throwable exception) implements Outcome {
    }
}
