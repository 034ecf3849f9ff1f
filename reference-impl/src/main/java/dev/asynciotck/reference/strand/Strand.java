package dev.asynciotck.reference.strand;

/**
 * One body's own line of execution. Control passes strictly back and forth: while the strand runs, the
 * thread that resumed it is blocked, and while that thread runs, the strand is parked. So a strand never
 * runs at the same moment as its driver, and (since every driver is itself either the loop or another
 * parked-for-now strand) no two bodies ever run at once.
 */
public interface Strand {

    /**
     * Starts the body (first call) or resumes it from its suspension, and blocks until it suspends again or
     * ends. The first resumption must be a {@link Resumption.Send}.
     *
     * @throws IllegalStateException if the strand has finished, or is resumed from its own execution
     */
    Outcome resume(Resumption resumption);

    /** True once the body has been started. */
    boolean started();

    /** True once the body has returned or thrown. */
    boolean finished();

    /**
     * Makes a suspended strand unwind without running any further asyncio code: from now on each
     * {@link Suspender#suspend} throws {@link StrandKilled} at once. Resumes the strand until its body has
     * ended. Used only when a module shuts down and a body refused to close.
     */
    void kill();
}
