package dev.asynciotck.spi;

/**
 * The running coroutine's side of Python's generator protocol, handed to every {@link CoroutineBody}.
 * It is valid only while that body runs and only on the body's own execution; the provider chooses how
 * suspension works (threads with strict hand-off, continuations, …).
 */
public interface Awaiter {

    /**
     * Python's {@code yield value} inside a coroutine's {@code __await__} chain: suspends the coroutine and
     * hands {@code yielded} to whoever drives it (the {@link Coroutine#send}/{@link Coroutine#throwInto}
     * caller, normally a {@link Task}). Returns the value the driver sends next, or throws the exception it
     * throws in. A task treats a yielded {@link Future} as "wake me when it is done" and a yielded
     * {@code null} as "run me again on the next loop iteration" (what {@code sleep(0)} does).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.sleep">asyncio.sleep</a>
     */
    Object suspend(Object yielded);

    /** Python's {@code await awaitable} in this coroutine: {@code awaitable.awaitIn(this)}. */
    default Object await(Awaitable awaitable) {
        return awaitable.awaitIn(this);
    }
}
