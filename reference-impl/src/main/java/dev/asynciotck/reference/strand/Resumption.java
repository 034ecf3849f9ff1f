package dev.asynciotck.reference.strand;

/** What a driver passes to a strand: a value for the pending suspension, or an exception to raise there. */
public sealed interface Resumption {

    /** Resume with {@code value} (the first resumption starts the body; its value is ignored). */
    record Send(Object value) implements Resumption {
    }

    /** Raise {@code exception} at the suspension point. */
    record Throw(Throwable exception) implements Resumption {
    }
}
