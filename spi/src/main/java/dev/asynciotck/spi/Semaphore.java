package dev.asynciotck.spi;

/**
 * asyncio.Semaphore and asyncio.BoundedSemaphore: a counter that {@code acquire} decrements, waiting while
 * it is zero, and {@code release} increments. A bounded semaphore raises
 * {@code ValueError('BoundedSemaphore released too many times')} when released above its initial value.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-sync.html#asyncio.Semaphore">asyncio.Semaphore</a>
 */
public interface Semaphore extends AsyncContextManager {

    /** {@code acquire()}: a coroutine that waits for a unit and returns {@code True}. */
    Coroutine acquire();

    /** {@code release()}. */
    void release();

    /** {@code locked()}: true when {@code acquire} would wait. */
    boolean locked();
}
