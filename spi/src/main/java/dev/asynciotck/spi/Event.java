package dev.asynciotck.spi;

/**
 * asyncio.Event: a flag that tasks wait for.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-sync.html#asyncio.Event">asyncio.Event</a>
 */
public interface Event {

    /** {@code is_set()}. */
    boolean isSet();

    /** {@code set()}: sets the flag and wakes every waiter. */
    void set();

    /** {@code clear()}: resets the flag. */
    void clear();

    /** {@code wait()}: a coroutine that returns {@code True} once the flag is set (at once if it is). */
    Coroutine waitSet();
}
