package dev.asynciotck.spi;

/**
 * asyncio.Handle: a callback scheduled on a loop.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.Handle">asyncio.Handle</a>
 */
public interface Handle {

    /** Cancels the callback; it will not run. Cancelling a handle that has run or was cancelled does nothing. */
    void cancel();

    /** True once {@link #cancel()} was called. */
    boolean cancelled();
}
