package dev.asynciotck.reference.strand;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Strands on virtual threads: each started strand has its own virtual thread, parked whenever the strand
 * is suspended. Hand-off is strict (see {@link VirtualThreadStrand}), so the threads never run Python code
 * concurrently; they exist only to keep each suspended body's stack.
 *
 * <p>Invariant: every thread this engine started is either in {@link #live} (its body has not ended) or in
 * {@link #exiting} (its body ended, the thread may still be unwinding) until it is seen dead.
 */
public final class VirtualThreadEngine implements CoroutineEngine {

    /** How long {@link #close()} waits for threads to end before declaring a leak. */
    private static final long JOIN_TIMEOUT_MILLIS = 10_000;

    private final Set<VirtualThreadStrand> live = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Thread> exiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String threadPrefix;
    private final ThreadStates states;

    /** @param threadPrefix the prefix of every thread name, to tell the module's threads apart */
    public VirtualThreadEngine(String threadPrefix) {
        this(threadPrefix, ThreadStates.NONE);
    }

    /**
     * @param threadPrefix the prefix of every thread name, to tell the module's threads apart
     * @param states       the host's thread state, carried to every thread that runs code on another's behalf
     */
    public VirtualThreadEngine(String threadPrefix, ThreadStates states) {
        this.threadPrefix = threadPrefix;
        this.states = states;
    }

    ThreadStates states() {
        return states;
    }

    @Override
    public Strand newStrand(String name, StrandBody body) {
        if (closed.get()) {
            throw new IllegalStateException("the coroutine engine is closed");
        }
        return new VirtualThreadStrand(this, threadPrefix + name, body);
    }

    /**
     * Hand-off between a platform thread and a virtual thread costs a kernel wake-up each way; between two
     * virtual threads it is a scheduler hop. So a loop started from a platform thread runs on a virtual
     * thread of its own, and the caller just waits for it.
     */
    @Override
    public void runDriver(String name, Runnable driver, Runnable onCallerInterrupted) {
        if (Thread.currentThread().isVirtual()) {
            driver.run();
            return;
        }
        Throwable[] failure = new Throwable[1];
        Object callerState = states.capture();
        Thread thread = Thread.ofVirtual().name(threadPrefix + name).unstarted(() -> {
            try {
                states.attach(callerState);
                driver.run();
            } catch (Throwable raised) {
                failure[0] = raised;
            }
        });
        exiting.add(thread);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                onCallerInterrupted.run();
            }
        }
        pruneExiting();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            throw Sneaky.<RuntimeException>rethrow(failure[0]);
        }
    }

    @Override
    public int liveStrands() {
        return live.size();
    }

    @Override
    public StrandMechanism mechanism() {
        return StrandMechanism.VIRTUAL_THREAD;
    }

    /** Threads started and not yet seen dead (live bodies plus exiting threads). */
    @Override
    public int aliveThreads() {
        pruneExiting();
        int count = 0;
        for (VirtualThreadStrand strand : live) {
            if (strand.thread().isAlive()) {
                count++;
            }
        }
        for (Thread thread : exiting) {
            if (thread.isAlive()) {
                count++;
            }
        }
        return count;
    }

    void started(VirtualThreadStrand strand) {
        live.add(strand);
    }

    /** Called on the strand's own thread just before it delivers its last outcome. */
    void finishing(VirtualThreadStrand strand) {
        live.remove(strand);
        exiting.add(strand.thread());
        pruneExiting();
    }

    private void pruneExiting() {
        Thread head;
        while ((head = exiting.peek()) != null && !head.isAlive()) {
            exiting.remove(head);
        }
    }

    @Override
    public void close() {
        closed.set(true);
        for (VirtualThreadStrand strand : live.toArray(VirtualThreadStrand[]::new)) {
            strand.kill();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOIN_TIMEOUT_MILLIS);
        boolean interrupted = false;
        Thread thread;
        while ((thread = exiting.poll()) != null) {
            while (thread.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("a coroutine thread did not end: " + thread);
                }
                try {
                    thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (!live.isEmpty()) {
            throw new IllegalStateException(live.size() + " coroutine bodies refused to end");
        }
    }
}
