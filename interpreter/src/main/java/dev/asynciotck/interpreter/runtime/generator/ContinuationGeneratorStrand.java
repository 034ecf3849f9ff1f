package dev.asynciotck.interpreter.runtime.generator;

/**
 * A generator strand on a {@code jdk.internal.vm.Continuation} of the interpreter's own scope (see
 * {@link GeneratorStrand}): {@link #resume} mounts the body's continuation on the caller's thread and runs it until
 * it yields or ends; {@link #yieldValue} yields it. Strict hand-off holds by construction: the caller's thread runs
 * the body. A yield from a body whose continuation is pinned (a native frame on its stack) cannot happen and raises
 * an error naming the fallback.
 */
final class ContinuationGeneratorStrand implements GeneratorStrand, Runnable {

    private final Registry registry;
    private final Body body;
    private final Object continuation;

    private Resumption inbox;
    private Outcome outbox;
    private boolean started;
    private boolean finished;
    private boolean running;
    private boolean abandoned;

    ContinuationGeneratorStrand(Registry registry, Body body) {
        this.registry = registry;
        this.body = body;
        this.continuation = GeneratorContinuations.create(this);
    }

    /** The continuation's body; runs on the first {@link #resume}. */
    @Override
    public void run() {
        inbox = null; // the starting send; its value is checked by the generator object, not used
        Outcome out;
        try {
            out = new Outcome.Returned(body.run(this));
        } catch (Throwable raised) {
            out = new Outcome.Raised(raised);
        }
        finished = true;
        registry.finished(this);
        outbox = out;
    }

    @Override
    public Outcome resume(Resumption resumption) {
        if (finished) {
            throw new IllegalStateException("resume of a finished generator strand");
        }
        if (running) {
            throw new IllegalStateException("a generator strand cannot resume itself");
        }
        if (!started && !(resumption instanceof Resumption.Send)) {
            throw new IllegalStateException("a generator strand must be started with a send");
        }
        if (!started) {
            started = true;
            registry.started(this);
        }
        inbox = resumption;
        running = true;
        try {
            GeneratorContinuations.run(continuation);
        } finally {
            running = false;
        }
        Outcome out = outbox;
        outbox = null;
        if (out == null) {
            throw new IllegalStateException("a generator strand returned control without an outcome");
        }
        return out;
    }

    @Override
    public Object yieldValue(Object value) {
        if (!running) {
            throw new IllegalStateException("yield outside the generator's own strand");
        }
        if (abandoned) {
            throw new Abandoned();
        }
        outbox = new Outcome.Yielded(value);
        String pinned = GeneratorContinuations.yieldOrReason();
        if (pinned != null) {
            outbox = null;
            throw new IllegalStateException("a generator cannot suspend here (" + pinned + "); run the JVM with -D"
                    + GeneratorMechanism.PROPERTY + "=virtual-thread");
        }
        Resumption in = inbox;
        inbox = null;
        return switch (in) {
            case Resumption.Send send -> send.value();
            case Resumption.Throw t -> throw Generators.rethrow(t.exception());
        };
    }

    @Override
    public void abandon() {
        abandoned = true;
        for (int attempt = 0; started && !finished && attempt < 100; attempt++) {
            resume(new Resumption.Throw(new Abandoned()));
        }
    }

    @Override
    public boolean started() {
        return started;
    }

    @Override
    public boolean finished() {
        return finished;
    }
}
