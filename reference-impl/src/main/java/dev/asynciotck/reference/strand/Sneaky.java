package dev.asynciotck.reference.strand;

/** Rethrows any {@link Throwable} unchanged, checked or not (Python exceptions are all unchecked). */
public final class Sneaky {

    private Sneaky() {
    }

    /** Throws {@code t}; declared to return so callers can write {@code throw Sneaky.rethrow(t)}. */
    @SuppressWarnings("unchecked")
    public static <T extends Throwable> RuntimeException rethrow(Throwable t) throws T {
        throw (T) t;
    }
}
