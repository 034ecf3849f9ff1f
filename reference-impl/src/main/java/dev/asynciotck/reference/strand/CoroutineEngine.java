package dev.asynciotck.reference.strand;

/**
 * Makes {@link Strand}s and owns every thread they use. One engine belongs to one asyncio module.
 */
public interface CoroutineEngine extends AutoCloseable {

    /**
     * A new strand for {@code body}, not yet started.
     *
     * @param name a label for diagnostics (the coroutine's name)
     */
    Strand newStrand(String name, StrandBody body);

    /**
     * Runs {@code driver} (an event loop's {@code run_forever}) on the kind of execution that hands off to
     * strands most cheaply, and blocks the caller until it returns, rethrowing whatever it throws. The
     * caller does nothing meanwhile, so hand-off stays strict. An engine may simply call {@code driver}.
     *
     * @param onCallerInterrupted called (on the caller) if the caller is interrupted while waiting; the
     *                            wait goes on until {@code driver} returns, and the interrupt is kept
     */
    void runDriver(String name, Runnable driver, Runnable onCallerInterrupted);

    /** How many strands have started and not yet finished. */
    int liveStrands();

    /** Threads this engine started that are still alive (0 for an engine that starts none). */
    int aliveThreads();

    /** The suspension mechanism this engine implements. */
    StrandMechanism mechanism();

    /**
     * Kills every strand still suspended and waits until every thread this engine started has ended.
     * Afterwards {@link #liveStrands()} is 0 and no thread of the engine's is alive.
     */
    @Override
    void close();
}
