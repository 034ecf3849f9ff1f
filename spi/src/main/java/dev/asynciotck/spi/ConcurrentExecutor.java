package dev.asynciotck.spi;

import java.util.function.Supplier;

/**
 * A {@code concurrent.futures.ThreadPoolExecutor}: a pool of worker threads of the Python runtime, such as the
 * default executor a loop makes for {@link EventLoop#runInExecutor} ({@link PythonHost#newThreadPoolExecutor}),
 * or one the program made and passed in.
 *
 * @see <a href="https://docs.python.org/3/library/concurrent.futures.html#threadpoolexecutor">ThreadPoolExecutor</a>
 */
public interface ConcurrentExecutor {

    /**
     * {@code submit(fn)}: schedules {@code function} on a worker thread and returns its future; the worker
     * first calls {@link ConcurrentFuture#setRunningOrNotifyCancel()} and skips a cancelled one. Raises Python's
     * {@code RuntimeError} after {@link #shutdown}.
     */
    ConcurrentFuture submit(Supplier<?> function);

    /**
     * {@code shutdown(wait=wait, cancel_futures=cancelFutures)}: accepts no more work; with {@code wait},
     * returns once every submitted function has ended and the workers have exited.
     */
    void shutdown(boolean wait, boolean cancelFutures);
}
