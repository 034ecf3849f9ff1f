package dev.asynciotck.interpreter.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * The line of execution of one generator body: a virtual thread of its own, with strict hand-off. While the
 * body runs, the thread that resumed it is parked; while that thread runs, the body is parked at a yield.
 * So a generator body never runs at the same moment as its driver, and Python code keeps running one piece
 * at a time whatever mix of generators, provider strands and loop callbacks is involved.
 *
 * <p>Why a thread: the interpreter walks the syntax tree recursively, so a {@code yield} deep inside nested
 * statements must keep the Java frames above it. The interpreter depends on the SPI alone and cannot borrow a
 * provider's strands, and rewriting the evaluator as a resumable state machine would touch every node. A virtual
 * thread keeps the frames for the price of a parked virtual thread per suspended generator (well under 1 KB of
 * heap for a shallow body) and two hand-offs per resumption (about 15 µs from a platform thread, less from a
 * virtual one). A generator never started costs no thread; one finished has none left.
 *
 * <p>Protocol (the same as the reference's virtual-thread strands): the driver clears {@link #outbox}, fills
 * {@link #inbox} and unparks the body; it then parks until {@link #outbox} is filled. The body takes
 * {@link #inbox} (clearing it) and runs; to yield or end it fills {@link #outbox} and unparks the driver, then
 * (when yielding) parks until {@link #inbox} is filled again. Each mailbox has exactly one writer at a time,
 * and the volatile write of one mailbox publishes everything its writer did before to the reader.
 *
 * <p>Waiting uses {@link LockSupport#park} only, never a monitor: a driver that is itself a virtual thread,
 * or a provider's continuation, parks without pinning its carrier.
 */
public final class GeneratorStrand {

    /** The generator's code: runs on the strand, yields through {@link GeneratorStrand#yieldValue}. */
    @FunctionalInterface
    public interface Body {
        Object run(GeneratorStrand strand);
    }

    /** How the driver resumes the body. */
    public sealed interface Resumption {
        record Send(Object value) implements Resumption {
        }

        record Throw(Throwable exception) implements Resumption {
        }
    }

    /** What the body handed back: a yielded value, its return value, or what it raised. */
    public sealed interface Outcome {
        record Yielded(Object value) implements Outcome {
        }

        record Returned(Object value) implements Outcome {
        }

        record Raised(Throwable exception) implements Outcome {
        }
    }

    /**
     * Thrown at a yield of a strand that is being abandoned: not a Python exception, so no {@code except} or
     * {@code finally} block of the program runs while the body unwinds.
     */
    public static final class Abandoned extends Error {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("generator abandoned at the end of the program", null, false, false);
        }
    }

    private final Registry registry;
    private final Body body;
    private final Thread thread;

    private volatile Resumption inbox;
    private volatile Outcome outbox;
    /** The thread blocked in {@link #resume}, to unpark when the outbox is filled. */
    private volatile Thread driver;
    private volatile boolean abandoned;
    private volatile boolean finished;
    private boolean started;

    GeneratorStrand(Registry registry, String name, Body body) {
        this.registry = registry;
        this.body = body;
        this.thread = Thread.ofVirtual().name(name).unstarted(this::main);
    }

    public boolean started() {
        return started;
    }

    public boolean finished() {
        return finished;
    }

    /**
     * Starts the body (the first resumption must be a send) or resumes it at its yield, and blocks until it
     * yields again or ends. An interrupt of the driver while it waits is kept for later, not lost.
     */
    public Outcome resume(Resumption resumption) {
        if (finished) {
            throw new IllegalStateException("resume of a finished generator strand");
        }
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("a generator strand cannot resume itself");
        }
        if (!started && !(resumption instanceof Resumption.Send)) {
            throw new IllegalStateException("a generator strand must be started with a send");
        }
        driver = Thread.currentThread();
        outbox = null;
        inbox = resumption;
        if (!started) {
            started = true;
            registry.started(this);
            thread.start();
        } else {
            LockSupport.unpark(thread);
        }
        return awaitOutbox();
    }

    /**
     * The body's {@code yield value}: hands {@code value} to the driver and parks until resumed; returns what
     * was sent, or throws what was thrown in.
     */
    public Object yieldValue(Object value) {
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("yield outside the generator's own strand");
        }
        if (abandoned) {
            throw new Abandoned();
        }
        deliver(new Outcome.Yielded(value));
        Resumption in = awaitInbox();
        return switch (in) {
            case Resumption.Send send -> send.value();
            case Resumption.Throw t -> throw GeneratorStrand.<RuntimeException>sneaky(t.exception());
        };
    }

    /**
     * Unwinds a suspended body without running program code: each of its yields throws {@link Abandoned} from
     * now on. Returns once the body has ended. Does nothing to a strand not started or already finished.
     */
    public void abandon() {
        abandoned = true;
        for (int attempt = 0; started && !finished && attempt < 100; attempt++) {
            resume(new Resumption.Throw(new Abandoned()));
        }
    }

    private Outcome awaitOutbox() {
        boolean interrupted = Thread.interrupted();
        Outcome out;
        while ((out = outbox) == null) {
            LockSupport.park(this);
            if (Thread.interrupted()) {
                interrupted = true;
            }
        }
        outbox = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    private Resumption awaitInbox() {
        Resumption in;
        while ((in = inbox) == null) {
            LockSupport.park(this);
        }
        inbox = null;
        return in;
    }

    private void deliver(Outcome out) {
        Thread waiting = driver;
        outbox = out;
        LockSupport.unpark(waiting);
    }

    private void main() {
        awaitInbox(); // the starting send; its value is checked by the generator object, not used
        Outcome out;
        try {
            out = new Outcome.Returned(body.run(this));
        } catch (Throwable raised) {
            out = new Outcome.Raised(raised);
        }
        finished = true;
        registry.finished(this);
        deliver(out);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /** The strands of one program run that have started and not finished, to abandon at its end. */
    public static final class Registry {
        private final java.util.Set<GeneratorStrand> live = java.util.concurrent.ConcurrentHashMap.newKeySet();

        public GeneratorStrand newStrand(String name, Body body) {
            return new GeneratorStrand(this, name, body);
        }

        void started(GeneratorStrand strand) {
            live.add(strand);
        }

        void finished(GeneratorStrand strand) {
            live.remove(strand);
        }

        public int live() {
            return live.size();
        }

        /** Abandons every strand still suspended (see {@link GeneratorStrand#abandon()}). */
        public void abandonAll() {
            for (GeneratorStrand strand : java.util.List.copyOf(live)) {
                if (!strand.finished()) {
                    strand.abandon();
                }
            }
        }
    }
}
