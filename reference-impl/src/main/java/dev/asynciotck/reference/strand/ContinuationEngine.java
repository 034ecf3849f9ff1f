package dev.asynciotck.reference.strand;

/**
 * Strands on {@code jdk.internal.vm.Continuation}s (see {@link ContinuationStrand}): every body runs on the
 * thread that resumes it, so the engine starts no thread at all and the loop runs on its caller's thread.
 * A real wait of the loop (nothing ready, a timer ahead) parks that thread, which is what a selector does.
 *
 * <p>An interrupt of the caller's thread reaches the loop's wait directly (there is no second thread to
 * forward it to), and stays set on the thread, as with the virtual-thread engine.
 *
 * <p>Everything here is touched only by the thread running Python code at the moment; hand-off is strict,
 * and a module closed from another thread kills its strands only once no loop of it runs.
 */
public final class ContinuationEngine implements CoroutineEngine {

    /** Head and tail of the live strands (started, not finished), in start order. */
    private ContinuationStrand firstLive;
    private ContinuationStrand lastLive;
    private int liveCount;
    private volatile boolean closed;

    /** @throws IllegalStateException if this JVM does not open continuations to us */
    public ContinuationEngine() {
        if (Continuations.UNAVAILABLE_REASON != null) {
            throw new IllegalStateException("continuation strands are unavailable: "
                    + Continuations.UNAVAILABLE_REASON);
        }
    }

    @Override
    public Strand newStrand(String name, StrandBody body) {
        if (closed) {
            throw new IllegalStateException("the coroutine engine is closed");
        }
        return new ContinuationStrand(this, name, body);
    }

    @Override
    public void runDriver(String name, Runnable driver, Runnable onCallerInterrupted) {
        driver.run();
    }

    @Override
    public int liveStrands() {
        return liveCount;
    }

    @Override
    public int aliveThreads() {
        return 0;
    }

    @Override
    public StrandMechanism mechanism() {
        return StrandMechanism.CONTINUATION;
    }

    void started(ContinuationStrand strand) {
        strand.previousLive = lastLive;
        if (lastLive == null) {
            firstLive = strand;
        } else {
            lastLive.nextLive = strand;
        }
        lastLive = strand;
        liveCount++;
    }

    void finished(ContinuationStrand strand) {
        ContinuationStrand before = strand.previousLive;
        ContinuationStrand after = strand.nextLive;
        if (before == null) {
            firstLive = after;
        } else {
            before.nextLive = after;
        }
        if (after == null) {
            lastLive = before;
        } else {
            after.previousLive = before;
        }
        strand.previousLive = null;
        strand.nextLive = null;
        liveCount--;
    }

    @Override
    public void close() {
        closed = true;
        ContinuationStrand strand;
        while ((strand = firstLive) != null) {
            strand.kill();
            if (firstLive == strand) {
                throw new IllegalStateException(liveCount + " coroutine bodies refused to end");
            }
        }
    }
}
