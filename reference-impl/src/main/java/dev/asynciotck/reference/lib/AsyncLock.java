package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code asyncio.Lock} (locks.py).
 *
 * <p>Invariants: {@code waiters} holds the futures of blocked acquire() calls in arrival order; each
 * removes its own future when it wakes. The lock is taken at once only when it is free and no waiter is
 * still pending (FIFO fairness). release() completes the first waiter's future; that waiter takes the
 * lock when it runs. A waiter cancelled while the lock is free hands the wake-up to the next waiter.
 */
final class AsyncLock extends LoopBound implements Lock, LockContext {

    private Deque<Future> waiters; // null until someone waits (as in CPython)
    private boolean locked;

    AsyncLock(Asyncio asyncio, PythonValues values) {
        super(asyncio, values);
    }

    @Override
    public Asyncio asyncio() {
        return asyncio;
    }

    @Override
    public boolean locked() {
        return locked;
    }

    @Override
    public Coroutine acquire() {
        return asyncio.coroutine("Lock.acquire", awaiter -> {
            if (!locked && (waiters == null || waiters.stream().allMatch(Future::cancelled))) {
                locked = true;
                return true;
            }
            if (waiters == null) {
                waiters = new ArrayDeque<>();
            }
            Future fut = boundLoop().createFuture();
            waiters.addLast(fut);
            try {
                try {
                    awaiter.await(fut);
                } finally {
                    waiters.remove(fut);
                }
            } catch (CancelledError e) {
                // Cancelled, possibly after release() chose us: let the next waiter have the lock.
                if (!locked) {
                    wakeUpFirst();
                }
                throw e;
            }
            locked = true;
            return true;
        });
    }

    @Override
    public void release() {
        if (locked) {
            locked = false;
            wakeUpFirst();
        } else {
            throw new RuntimeError("Lock is not acquired.");
        }
    }

    /** {@code _wake_up_first()}: makes sure the first waiter will wake up. */
    private void wakeUpFirst() {
        if (waiters == null || waiters.isEmpty()) {
            return;
        }
        Future fut = waiters.peekFirst();
        if (!fut.done()) {
            fut.setResult(true);
        }
    }

    @Override
    public String toString() {
        String extra = locked ? "locked" : "unlocked";
        if (waiters != null && !waiters.isEmpty()) {
            extra += (asyncio.version().atLeast(3, 7) ? ", waiters:" : ",waiters:") + waiters.size();
        }
        return "<asyncio.locks.Lock object at " + Support.id(values, this) + " [" + extra + "]>";
    }
}
