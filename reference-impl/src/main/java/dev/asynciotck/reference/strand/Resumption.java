package dev.asynciotck.reference.strand;

/** What a driver passes to a strand: a value for the pending suspension, or an exception to raise there. */
public sealed interface Resumption {

    /** Resume with {@code value} (the first resumption starts the body; its value is ignored). */
    record Send(Object value) implements Resumption {
        /** {@code send(None)}, the resumption of almost every step: one shared instance (records are immutable). */
        public static final Send NONE = new Send(null);

        /** A send of {@code value}, without a new object for {@code None}. */
        public static Send of(Object value) {
            return value == null ? NONE : new Send(value);
        }
    }

    /** Raise {@code exception} at the suspension point. */
    record Throw(Throwable exception) implements Resumption {
    }
}
