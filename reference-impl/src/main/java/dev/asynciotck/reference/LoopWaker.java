package dev.asynciotck.reference;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What stands in for the selector and its self-pipe: the loop waits here for its next timer, and
 * {@code call_soon_threadsafe} wakes it ("writes a byte"). A wake-up that comes while the loop is not
 * waiting is kept, so the next wait returns at once, as a byte left in the pipe does.
 *
 * <p>The host can also make the loop give up, with {@link LoopInterruptedException}: an interrupt of the
 * host thread ends the current or next blocking wait (one only: the loop can still run what needs no
 * waiting, such as the cancellations of {@code asyncio.run}'s shutdown); closing the module ends every
 * wait and every poll from then on, so that even a loop that never waits stops at its next iteration.
 */
final class LoopWaker {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private boolean woken;
    private String interruptReason;
    private String closeReason;

    /** {@code _write_to_self}. */
    void wake() {
        lock.lock();
        try {
            woken = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Ends the current or next blocking wait with {@link LoopInterruptedException}. */
    void interrupt(String reason) {
        lock.lock();
        try {
            interruptReason = reason;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Ends every wait and poll from now on with {@link LoopInterruptedException}. */
    void close(String reason) {
        lock.lock();
        try {
            closeReason = reason;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Consumes a pending wake-up without waiting; true if there was one. */
    boolean poll() {
        lock.lock();
        try {
            if (closeReason != null) {
                throw new LoopInterruptedException(closeReason);
            }
            boolean was = woken;
            woken = false;
            return was;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until woken or until {@code timeoutSeconds} pass ({@code null}: no limit).
     *
     * @return true if woken, false if the time ran out
     * @throws LoopInterruptedException if the thread is interrupted or the host gives up on the loop
     */
    boolean await(Double timeoutSeconds) {
        lock.lock();
        try {
            long nanos = timeoutSeconds == null ? Long.MAX_VALUE : (long) (timeoutSeconds * 1e9);
            while (!woken) {
                checkGivenUp();
                if (timeoutSeconds != null && nanos <= 0) {
                    return false;
                }
                try {
                    if (timeoutSeconds == null) {
                        signal.await();
                    } else {
                        nanos = signal.awaitNanos(nanos);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LoopInterruptedException("the thread running the event loop was interrupted");
                }
            }
            woken = false;
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void checkGivenUp() {
        if (closeReason != null) {
            throw new LoopInterruptedException(closeReason);
        }
        if (interruptReason != null) {
            String reason = interruptReason;
            interruptReason = null;
            throw new LoopInterruptedException(reason);
        }
    }
}
