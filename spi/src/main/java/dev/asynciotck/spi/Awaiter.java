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
     * throws in. A task treats a yielded {@code null} (a bare {@code yield}) as "run me again on the next loop
     * iteration" (what {@code sleep(0)} does) and a yielded {@link Future} of its own loop as "wake me when it is
     * done", provided the future was yielded by its own {@link Future#awaitIn} ({@code yield from fut}, which sets
     * its {@code _asyncio_future_blocking} flag). Anything else is thrown back into the coroutine at this
     * suspension, in the next loop iteration, as {@code RuntimeError}: a future yielded directly
     * ({@code 'yield was used instead of yield from in task ...'}), a future of another loop
     * ({@code 'Task ... got Future ... attached to a different loop'}), the task itself ({@code 'Task cannot await
     * on itself: ...'}) or any other value ({@code 'Task got bad yield: <repr>'}).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.sleep">asyncio.sleep</a>
     * @see <a href="https://docs.python.org/3/library/asyncio-future.html#asyncio.Future">asyncio.Future</a>
     */
    Object suspend(Object yielded);

    /** Python's {@code await awaitable} in this coroutine: {@code awaitable.awaitIn(this)}. */
    default Object await(Awaitable awaitable) {
        return awaitable.awaitIn(this);
    }
}
