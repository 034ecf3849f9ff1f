package dev.asynciotck.interpreter.runtime.generator;

import java.util.concurrent.locks.LockSupport;

/**
 * A generator strand on a virtual thread of its own (the fallback of {@link GeneratorStrand}).
 *
 * <p>Protocol (the same as the reference's virtual-thread strands): the driver clears {@link #outbox}, fills
 * {@link #inbox} and unparks the body; it then parks until {@link #outbox} is filled. The body takes
 * {@link #inbox} (clearing it) and runs; to yield or end it fills {@link #outbox} and unparks the driver, then
 * (when yielding) parks until {@link #inbox} is filled again. Each mailbox has exactly one writer at a time,
 * and the volatile write of one mailbox publishes everything its writer did before to the reader. Waiting uses
 * {@link LockSupport#park} only, never a monitor, and an interrupt of the driver while it waits is kept for later.
 */
final class VirtualThreadGeneratorStrand implements GeneratorStrand {

    private final Registry registry;
    private final Body body;
    private final Thread thread;

    private volatile Resumption inbox;
    private volatile Outcome outbox;
    /** The thread blocked in {@link #resume}, to unpark when the outbox is filled. */
    private volatile Thread driver;
    /** The driver's Python thread state, written before {@link #inbox} and attached by the body after reading it. */
    private Object driverState;
    private volatile boolean abandoned;
    private volatile boolean finished;
    private boolean started;

    VirtualThreadGeneratorStrand(Registry registry, String name, Body body) {
        this.registry = registry;
        this.body = body;
        this.thread = Thread.ofVirtual().name(name).unstarted(this::main);
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
        driverState = registry.threadStates().current();
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

    @Override
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
        registry.threadStates().attach(driverState);
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
}
