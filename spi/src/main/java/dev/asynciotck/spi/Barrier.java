package dev.asynciotck.spi;

/**
 * asyncio.Barrier (3.11+): {@code parties} tasks wait until all have arrived.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-sync.html#asyncio.Barrier">asyncio.Barrier</a>
 */
public interface Barrier extends AsyncContextManager {

    /** {@code wait()}: a coroutine returning this party's index, 0 to parties-1. */
    Coroutine waitParties();

    /** {@code reset()}: a coroutine; waiting tasks get {@code BrokenBarrierError}. */
    Coroutine reset();

    /** {@code abort()}: a coroutine; the barrier is broken. */
    Coroutine abort();

    /** {@code parties}. */
    int parties();

    /** {@code n_waiting}. */
    int nWaiting();

    /** {@code broken}. */
    boolean broken();
}
