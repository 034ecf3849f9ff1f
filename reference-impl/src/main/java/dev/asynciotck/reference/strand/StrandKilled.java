package dev.asynciotck.reference.strand;

/**
 * Thrown from {@link Suspender#suspend} inside a strand that is being {@linkplain Strand#kill killed} at
 * shutdown. It is an {@link Error}, not a Python exception: Python-level {@code except} clauses do not
 * catch it; only {@code finally} blocks run.
 */
public final class StrandKilled extends Error {

    private static final long serialVersionUID = 1L;

    public StrandKilled() {
        super("the asyncio module was closed while this coroutine was suspended", null, false, false);
    }
}
