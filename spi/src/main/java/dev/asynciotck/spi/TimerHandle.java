package dev.asynciotck.spi;

/**
 * asyncio.TimerHandle: a callback scheduled for a time on the loop's clock.
 *
 * <p>asyncio's TimerHandle also hashes and compares (events.py, undocumented): {@code __hash__} is
 * {@code hash(self._when)}; {@code <} and {@code >} compare the deadlines; {@code ==} holds when the deadlines, the
 * callbacks, their arguments and the cancelled states are all equal; {@code <=} is {@code <} or {@code ==}, and
 * {@code >=} is {@code >} or {@code ==}. A host maps Python's operators between two TimerHandles to
 * {@link #hashValue()}, {@link #before}, {@link #after} and {@link #sameTimer}.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.TimerHandle">asyncio.TimerHandle</a>
 */
public interface TimerHandle extends Handle {

    /** When the callback is due, on the loop's {@link EventLoop#time()} clock. */
    double when();

    /** The value whose Python hash is this handle's: events.py's {@code __hash__} is {@code hash(self._when)}. */
    default Object hashValue() {
        return when();
    }

    /** {@code self < other}: events.py's {@code __lt__}, {@code self._when < other._when}. */
    default boolean before(TimerHandle other) {
        return when() < other.when();
    }

    /** {@code self > other}: events.py's {@code __gt__}, {@code self._when > other._when}. */
    default boolean after(TimerHandle other) {
        return when() > other.when();
    }

    /**
     * {@code self == other}: events.py's {@code __eq__}, equal deadlines, equal callbacks with equal arguments and
     * the same cancelled state. By default only the identical handle: a provider that keeps its callbacks
     * overrides it and compares them with {@link PythonCallback#sameCall} (cancelling drops the callback, as
     * events.py's {@code cancel} sets {@code _callback} to None, so a cancelled timer equals only cancelled ones).
     */
    default boolean sameTimer(TimerHandle other) {
        return this == other;
    }
}
