package dev.asynciotck.reference.strand;

import java.util.concurrent.locks.LockSupport;

/**
 * A strand on its own virtual thread, with strict hand-off through two single-slot mailboxes.
 *
 * <p>Protocol: the driver clears {@link #outbox}, fills {@link #inbox} and unparks the strand; it then
 * parks until {@link #outbox} is filled. The strand takes {@link #inbox} (clearing it) and runs; to suspend
 * or end it fills {@link #outbox} and unparks the driver, then (when suspending) parks until {@link #inbox}
 * is filled again. Each mailbox has exactly one writer at a time, and the volatile write of one mailbox
 * publishes everything the writer did before to the reader of that mailbox.
 */
final class VirtualThreadStrand implements Strand, Suspender {

    private final VirtualThreadEngine engine;
    private final StrandBody body;
    private final Thread thread;

    private volatile Resumption inbox;
    /** The resumer's thread state, written before {@link #inbox} (whose volatile write publishes it). */
    private Object resumerState;
    private volatile Outcome outbox;
    /** The thread blocked in {@link #resume}, to unpark when the outbox is filled. */
    private volatile Thread driver;
    private volatile boolean killed;
    private volatile boolean finished;
    private boolean started;

    VirtualThreadStrand(VirtualThreadEngine engine, String name, StrandBody body) {
        this.engine = engine;
        this.body = body;
        this.thread = Thread.ofVirtual().name(name).unstarted(this::main);
    }

    Thread thread() {
        return thread;
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
            throw new IllegalStateException("resume of a finished strand");
        }
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("a strand cannot resume itself");
        }
        if (!started && !(resumption instanceof Resumption.Send)) {
            throw new IllegalStateException("a strand must be started with a send");
        }
        driver = Thread.currentThread();
        outbox = null;
        resumerState = engine.states().capture();
        inbox = resumption;
        if (!started) {
            started = true;
            engine.started(this);
            thread.start();
        } else {
            LockSupport.unpark(thread);
        }
        return awaitOutbox();
    }

    /** Blocks the driver until the strand hands control back; an interrupt is kept for later, not lost. */
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
        engine.states().attach(resumerState);
        return in;
    }

    private void deliver(Outcome out) {
        Thread waiting = driver;
        outbox = out;
        LockSupport.unpark(waiting);
    }

    private void main() {
        awaitInbox(); // the starting Send; its value is ignored, like the first send(None) of a coroutine
        Outcome out;
        try {
            Object value = body.run(this); // before its record, which the suspended stack would otherwise keep
            out = new Outcome.Return(value);
        } catch (Throwable raised) {
            out = new Outcome.Raise(raised);
        }
        finished = true;
        engine.finishing(this);
        deliver(out);
    }

    @Override
    public Object suspend(Object yielded) {
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("suspend() called outside the coroutine's own execution");
        }
        if (killed) {
            throw new StrandKilled();
        }
        deliver(new Outcome.Yield(yielded));
        Resumption in = awaitInbox();
        return switch (in) {
            case Resumption.Send send -> send.value();
            case Resumption.Throw t -> throw Sneaky.<RuntimeException>rethrow(t.exception());
        };
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
        return "Strand[" + thread.getName() + (finished ? ", finished" : started ? ", started" : "") + "]";
    }
}
