package dev.asynciotck.spi;

/**
 * asyncio.Lock: a mutual-exclusion lock for tasks, acquired in FIFO order. A waiter cancelled while
 * waiting does not take the lock, and the lock passes to the next waiter. {@code async with lock} acquires
 * and releases it.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock">asyncio.Lock</a>
 */
public interface Lock extends AsyncContextManager {

    /** {@code acquire()}: a coroutine that waits for the lock and returns {@code True}. */
    Coroutine acquire();

    /** {@code release()}: {@code RuntimeError('Lock is not acquired.')} if unlocked. */
    void release();

    /** {@code locked()}. */
    boolean locked();
}
