package dev.asynciotck.interpreter.runtime.threading;

import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;
import dev.asynciotck.spi.ConcurrentExecutor;
import dev.asynciotck.spi.ConcurrentFuture;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@code concurrent.futures.ThreadPoolExecutor(max_workers, thread_name_prefix)}: up to {@code max_workers}
 * platform threads named {@code prefix_N}, each a Python thread of its own (an empty context), that take the
 * submitted work in order. A worker marks a future running before it starts the work and skips one cancelled
 * meanwhile.
 */
public final class PyThreadPoolExecutor implements ConcurrentExecutor, PyValue {

    private final ProgramHost host;
    private final ThreadPoolExecutor pool;
    private volatile boolean shutdown;

    PyThreadPoolExecutor(ProgramHost host, int maxWorkers, String prefix) {
        this.host = host;
        AtomicInteger numbers = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(maxWorkers, maxWorkers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    String name = prefix + "_" + numbers.getAndIncrement();
                    PyThreadState state = host.newState(name, false, null);
                    return Thread.ofPlatform().group(host.group()).daemon().name(name).unstarted(() -> {
                        host.attachThreadState(state);
                        work.run();
                    });
                });
    }

    @Override
    public PyClass pyClass() {
        return host.futures().executorClass;
    }

    @Override
    public ConcurrentFuture submit(Supplier<?> function) {
        PyConcurrentFuture future = new PyConcurrentFuture(host);
        synchronized (this) {
            if (shutdown) {
                throw new RuntimeError("cannot schedule new futures after shutdown");
            }
            pool.execute(new WorkItem(future, function));
        }
        return future;
    }

    @Override
    public void shutdown(boolean wait, boolean cancelFutures) {
        synchronized (this) {
            shutdown = true;
            if (cancelFutures) {
                List<Runnable> queued = new ArrayList<>();
                pool.getQueue().drainTo(queued);
                for (Runnable item : queued) {
                    if (item instanceof WorkItem work) {
                        work.future().cancel();
                    }
                }
            }
            pool.shutdown();
        }
        if (wait) {
            awaitWorkers();
        }
    }

    /** At the program's end: the work already given is done, then the workers end. */
    void joinAtExit() {
        synchronized (this) {
            shutdown = true;
            pool.shutdown();
        }
        awaitWorkers();
    }

    private void awaitWorkers() {
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while joining an executor's threads (the run was stopped)", e);
        }
    }

    /** {@code _WorkItem.run}: skipped if its future was cancelled; the outcome goes to the future. */
    private record WorkItem(PyConcurrentFuture future, Supplier<?> function) implements Runnable {
        @Override
        public void run() {
            if (!future.setRunningOrNotifyCancel()) {
                return;
            }
            Object result;
            try {
                result = function.get();
            } catch (UnsupportedConstructError unsupported) {
                future.setException(unsupported);
                throw unsupported;
            } catch (PythonException failure) {
                future.setException(failure);
                return;
            }
            future.setResult(result);
        }
    }
}
