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

    /**
     * The context the callback runs in ({@code get_context}, 3.12+): the one given when it was scheduled, or the
     * copy taken then.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.Handle.get_context">Handle.get_context</a>
     */
    Context getContext();
}
