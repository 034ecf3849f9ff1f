package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.Semaphore;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code asyncio.Semaphore} and, with a bound, {@code asyncio.BoundedSemaphore} (locks.py).
 *
 * <p>Invariants: {@code value >= 0}. Waking a waiter takes its unit at once (value is decremented when
 * its future is completed), so a unit is never given twice; a woken waiter that is cancelled gives its
 * unit back. acquire() is immediate only when no pending waiter is ahead (FIFO).
 */
class AsyncSemaphore extends LoopBound implements Semaphore, LockContext {

    private Deque<Future> waiters; // null until someone waits (as in CPython)
    private int value;
    private final Integer bound; // BoundedSemaphore's initial value, or null for a plain Semaphore

    AsyncSemaphore(Asyncio asyncio, PythonValues values, int value, boolean bounded) {
        super(asyncio, values);
        this.bound = bounded ? value : null;
        if (value < 0) {
            throw new ValueError("Semaphore initial value must be >= 0");
        }
        this.value = value;
    }

    @Override
    public Asyncio asyncio() {
        return asyncio;
    }

    @Override
    public boolean locked() {
        return value == 0 || (waiters != null && waiters.stream().anyMatch(w -> !w.cancelled()));
    }

    @Override
    public Coroutine acquire() {
        return asyncio.coroutine("Semaphore.acquire", awaiter -> {
            if (!locked()) {
                value--;
                return true;
            }
            if (waiters == null) {
                waiters = new ArrayDeque<>();
            }
            Future fut = boundLoop().createFuture();
            waiters.addLast(fut);
            try {
                try {
                    try {
                        awaiter.await(fut);
                    } finally {
                        waiters.remove(fut);
                    }
                } catch (CancelledError e) {
                    if (fut.done() && !fut.cancelled()) {
                        wokenWaiterGaveUp();
                    }
                    throw e;
                }
            } finally {
                while (value > 0) {
                    if (!wakeUpNext()) {
                        break; // nobody left to wake
                    }
                }
            }
            return true;
        });
    }

    /**
     * A waiter that was handed a unit was cancelled before it resumed: it gives the unit back (the seam of the
     * fault model {@code semaphore-woken-waiter-keeps-unit}; this is the reference's own code).
     */
    void wokenWaiterGaveUp() {
        value++;
    }

    @Override
    public void release() {
        if (bound != null && value >= bound) {
            throw new ValueError("BoundedSemaphore released too many times");
        }
        value++;
        wakeUpNext();
    }

    /** {@code _wake_up_next()}: gives a unit to the first pending waiter; false if there is none. */
    private boolean wakeUpNext() {
        if (waiters == null || waiters.isEmpty()) {
            return false;
        }
        for (Future fut : waiters) {
            if (!fut.done()) {
                value--;
                fut.setResult(true);
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        String separator = asyncio.version().atLeast(3, 7) ? ", " : ","; // locks.py 3.6: no space
        String extra = locked() ? "locked" : "unlocked" + separator + "value:" + value;
        if (waiters != null && !waiters.isEmpty()) {
            extra += separator + "waiters:" + waiters.size();
        }
        String type = bound != null ? "BoundedSemaphore" : "Semaphore";
        return "<asyncio.locks." + type + " object at " + Support.id(values, this) + " [" + extra + "]>";
    }
}
