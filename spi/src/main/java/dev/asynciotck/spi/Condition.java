package dev.asynciotck.spi;

import java.util.function.Supplier;

/**
 * asyncio.Condition: a lock plus a wait/notify queue.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-sync.html#asyncio.Condition">asyncio.Condition</a>
 */
public interface Condition extends Lock {

    /**
     * {@code wait()}: a coroutine that releases the lock, waits to be notified, re-acquires the lock and
     * returns {@code True}. {@code RuntimeError('cannot wait on un-acquired lock')} if not held.
     */
    Coroutine waitNotified();

    /**
     * {@code wait_for(predicate)}: waits until {@code predicate} is true (by {@link PythonValues#truth}) and
     * returns its last value.
     */
    Coroutine waitFor(Supplier<Object> predicate);

    /** {@code notify(n)}: wakes up to {@code n} waiters; {@code RuntimeError} if the lock is not held. */
    void notifyWaiters(int n);

    /** {@code notify_all()}. */
    void notifyAllWaiters();
}
