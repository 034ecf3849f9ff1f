package dev.asynciotck.spi;

/**
 * The context manager of {@code asyncio.timeout()} / {@code asyncio.timeout_at()} (3.11+): when the
 * deadline passes, the current task is cancelled and, on exit, the CancelledError becomes
 * {@code TimeoutError}.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.Timeout">asyncio.Timeout</a>
 */
public interface Timeout extends AsyncContextManager {

    /** The deadline on the loop's clock, or {@code null} for none. */
    Double when();

    /** Moves the deadline ({@code null} removes it). */
    void reschedule(Double when);

    /** True if the deadline passed and the block was cancelled because of it. */
    boolean expired();
}
