package dev.asynciotck.spi;

import java.util.function.Consumer;

/**
 * A {@code concurrent.futures.Future}: the thread-safe future of the Python runtime, which asyncio hands to
 * other threads ({@link Asyncio#runCoroutineThreadsafe}) and receives from executors
 * ({@link EventLoop#runInExecutor}, {@link Asyncio#wrapFuture}). It belongs to the Python runtime that runs the
 * program ({@link PythonHost#newConcurrentFuture()}), not to asyncio; every method may be called from any
 * thread.
 *
 * <p>Unlike {@link Future}, a concurrent future runs its done callbacks at once, in the thread that completes
 * it (or in the caller's thread, if it is already done when the callback is added), and its {@link #result}
 * blocks the calling thread.
 *
 * @see <a href="https://docs.python.org/3/library/concurrent.futures.html#future-objects">concurrent.futures.Future</a>
 */
public interface ConcurrentFuture {

    /**
     * {@code cancel()}: cancels the future unless it is running or done.
     *
     * @return true if it is cancelled now (also if it already was), false if it runs or is done
     */
    boolean cancel();

    /** {@code cancelled()}. */
    boolean cancelled();

    /** {@code running()}: the work is being done and cannot be cancelled. */
    boolean running();

    /** {@code done()}: cancelled or finished. */
    boolean done();

    /**
     * {@code result(timeout)}: waits at most {@code timeout} seconds ({@code null}: without limit) for the
     * future and returns its result. Raises the future's exception, the runtime's
     * {@code concurrent.futures.CancelledError} if it was cancelled, and its {@code TimeoutError} when the time
     * runs out.
     */
    Object result(Double timeout);

    /**
     * {@code exception(timeout)}: waits as {@link #result} does and returns the exception, or {@code null} if
     * the future finished with a result.
     */
    Throwable exception(Double timeout);

    /**
     * {@code add_done_callback(fn)}: {@code fn(future)} runs when the future is cancelled or finishes, in the
     * thread that does it; at once, in the calling thread, if the future is already done.
     */
    void addDoneCallback(Consumer<? super ConcurrentFuture> callback);

    /**
     * {@code set_running_or_notify_cancel()}: called before the work starts; false if the future was cancelled
     * (its waiters are then woken), true if it is now running and can no longer be cancelled.
     */
    boolean setRunningOrNotifyCancel();

    /** {@code set_result(result)}. */
    void setResult(Object result);

    /** {@code set_exception(exception)}. */
    void setException(Throwable exception);
}
