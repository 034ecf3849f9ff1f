package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Condition;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * {@code asyncio.Condition} (locks.py): acquire/release/locked are the underlying lock's.
 *
 * <p>Invariants: {@code waiters} holds the futures of pending wait() calls in arrival order; notify(n)
 * completes the first n still pending. A waiter always re-acquires the lock before leaving wait(), even
 * when cancelled (the cancellation is re-raised afterwards); from 3.13 a waiter that leaves by an exception
 * passes one notification on, so a wake-up is never lost.
 */
final class AsyncCondition extends LoopBound implements Condition, LockContext {

    private final Lock lock;
    private final Deque<Future> waiters = new ArrayDeque<>();

    AsyncCondition(Asyncio asyncio, PythonValues values, Lock lock) {
        super(asyncio, values);
        this.lock = lock != null ? lock : new AsyncLock(asyncio, values);
    }

    @Override
    public Asyncio asyncio() {
        return asyncio;
    }

    @Override
    public Coroutine acquire() {
        return lock.acquire();
    }

    @Override
    public void release() {
        lock.release();
    }

    @Override
    public boolean locked() {
        return lock.locked();
    }

    @Override
    @SuppressWarnings("finally")
    public Coroutine waitNotified() {
        return asyncio.coroutine("Condition.wait", awaiter -> {
            if (!locked()) {
                throw new RuntimeError("cannot wait on un-acquired lock");
            }
            Future fut = boundLoop().createFuture();
            release();
            try {
                try {
                    waiters.addLast(fut);
                    try {
                        awaiter.await(fut);
                        return true;
                    } finally {
                        waiters.remove(fut);
                    }
                } finally {
                    // Re-acquire whatever happened; cancellations meanwhile are re-raised afterwards.
                    CancelledError err = null;
                    while (true) {
                        try {
                            awaiter.await(acquire());
                            break;
                        } catch (CancelledError e) {
                            err = e;
                        }
                    }
                    if (err != null) {
                        // Before 3.13 (locks.py Condition.wait, 3.6-3.12): `raise exceptions.CancelledError`,
                        // a new one without the cancel message; 3.13 re-raises the one caught.
                        throw asyncio.version().atLeast(3, 13) ? err : new CancelledError();
                    }
                }
            } catch (Throwable t) {
                // From 3.13 (locks.py Condition.wait `except BaseException: self._notify(1)`) a waiter that leaves
                // by an exception passes a notification it may have received on; before, it was lost.
                if (asyncio.version().atLeast(3, 13)) {
                    notifyInternal(1);
                }
                throw t;
            }
        });
    }

    @Override
    public Coroutine waitFor(Supplier<Object> predicate) {
        return asyncio.coroutine("Condition.wait_for", awaiter -> {
            Object result = predicate.get();
            while (!values.truth(result)) {
                awaiter.await(waitNotified());
                result = predicate.get();
            }
            return result;
        });
    }

    @Override
    public void notifyWaiters(int n) {
        if (!locked()) {
            throw new RuntimeError("cannot notify on un-acquired lock");
        }
        notifyInternal(n);
    }

    @Override
    public void notifyAllWaiters() {
        notifyWaiters(waiters.size());
    }

    /** {@code _notify(n)}: completes (with False) the first {@code n} waiters still pending. */
    private void notifyInternal(int n) {
        int idx = 0;
        for (Future fut : waiters) {
            if (idx >= n) {
                break;
            }
            if (!fut.done()) {
                idx++;
                fut.setResult(false);
            }
        }
    }

    @Override
    public String toString() {
        String extra = locked() ? "locked" : "unlocked";
        if (!waiters.isEmpty()) {
            extra += (asyncio.version().atLeast(3, 7) ? ", waiters:" : ",waiters:") + waiters.size();
        }
        return "<asyncio.locks.Condition object at " + Support.id(values, this) + " [" + extra + "]>";
    }
}
