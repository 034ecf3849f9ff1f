package dev.asynciotck.reference.strand;

/**
 * A strand on a {@code jdk.internal.vm.Continuation}: {@link #resume} mounts the body's continuation on the
 * caller's own thread and runs it until it suspends or ends; {@link #suspend} yields it. A switch is a copy
 * of the body's frames to and from the heap, with no scheduler, no park and no second thread, and strict
 * hand-off holds by construction: the caller's thread runs the body, so the caller cannot run meanwhile.
 *
 * <p>A resumption from inside another strand nests the continuations; a suspension always yields the
 * innermost one, i.e. returns to its own resumer. A continuation cannot yield while it is pinned (a native
 * frame, or on JVMs before 24 a held monitor, on its stack): {@link #suspend} then raises
 * {@link StrandPinned} in the body, naming the reason and the fallback, instead of blocking the loop.
 *
 * <p>Live strands (started, not finished) are kept in an intrusive doubly linked list of the engine, so
 * that closing the engine can kill them without a hash set per strand.
 */
final class ContinuationStrand implements Strand, Suspender, Runnable {

    private final ContinuationEngine engine;
    private final String name;
    private final StrandBody body;
    private final Object continuation;

    private Resumption inbox;
    private Outcome outbox;
    private boolean started;
    private boolean finished;
    private boolean running;
    private boolean killed;

    /** Links of the engine's live list. */
    ContinuationStrand previousLive;
    ContinuationStrand nextLive;

    ContinuationStrand(ContinuationEngine engine, String name, StrandBody body) {
        this.engine = engine;
        this.name = name;
        this.body = body;
        this.continuation = Continuations.create(this);
    }

    /** The continuation's body; runs on the first {@link #resume}. */
    @Override
    public void run() {
        inbox = null; // the starting Send; its value is ignored, like the first send(None) of a coroutine
        Outcome out;
        try {
            // The value first, then its record: `new Return(body.run(this))` allocates the record before the call,
            // and every suspended body's frozen frame would keep it (16 B each).
            Object value = body.run(this);
            out = new Outcome.Return(value);
        } catch (Throwable raised) {
            out = new Outcome.Raise(raised);
        }
        finished = true;
        engine.finished(this);
        outbox = out;
    }

    @Override
    public Outcome resume(Resumption resumption) {
        if (finished) {
            throw new IllegalStateException("resume of a finished strand");
        }
        if (running) {
            throw new IllegalStateException("a strand cannot resume itself");
        }
        if (!started && !(resumption instanceof Resumption.Send)) {
            throw new IllegalStateException("a strand must be started with a send");
        }
        if (!started) {
            started = true;
            engine.started(this);
        }
        inbox = resumption;
        running = true;
        try {
            Continuations.run(continuation);
        } finally {
            running = false;
        }
        Outcome out = outbox;
        outbox = null;
        if (out == null) {
            throw new IllegalStateException("strand '" + name + "' returned control without an outcome");
        }
        return out;
    }

    @Override
    public Object suspend(Object yielded) {
        if (!running) {
            throw new IllegalStateException("suspend() called outside the coroutine's own execution");
        }
        if (killed) {
            throw new StrandKilled();
        }
        outbox = new Outcome.Yield(yielded);
        String pinned = Continuations.yieldOrReason();
        if (pinned != null) {
            outbox = null;
            throw new StrandPinned(name, pinned);
        }
        Resumption in = inbox;
        inbox = null;
        return switch (in) {
            case Resumption.Send send -> send.value();
            case Resumption.Throw t -> throw Sneaky.<RuntimeException>rethrow(t.exception());
        };
    }

    @Override
    public boolean started() {
        return started;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public void kill() {
        killed = true;
        for (int attempt = 0; started && !finished && attempt < 100; attempt++) {
            resume(new Resumption.Throw(new StrandKilled()));
        }
    }

    @Override
    public String toString() {
        return "Strand[" + name + (finished ? ", finished" : started ? ", started" : "") + "]";
    }
}
