package dev.asynciotck.reference;

import dev.asynciotck.spi.ConcurrentExecutor;
import dev.asynciotck.spi.ConcurrentFuture;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Timeout;
import dev.asynciotck.spi.exceptions.AttributeError;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TimeoutError;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loop's executors (base_events.py, 3.13): {@code run_in_executor}, the default executor made on first use,
 * {@code set_default_executor}, {@code shutdown_default_executor}, and the executor part of {@code close()}.
 *
 * <p>It also counts the work the loop handed to other threads and has not seen end ({@link #foreignWork()}):
 * a loop under a virtual clock must not jump over real time that such work is still spending.
 */
final class LoopExecutors {

    /** An object's default repr, {@code <module.T object at 0x...>}: group 1 is the type's name. */
    private static final Pattern DEFAULT_REPR = Pattern.compile("<(?:[\\w.]*\\.)?(\\w+) object at 0x[0-9a-fA-F]+>");

    private final ReferenceEventLoop loop;
    private final ModuleState module;
    /**
     * {@code _default_executor}: a ThreadPoolExecutor ({@link ConcurrentExecutor}); before 3.11 any object the
     * program set, whose use then fails as a missing attribute ({@link #asExecutor}).
     */
    private volatile Object defaultExecutor;
    /** {@code _executor_shutdown_called}. */
    private volatile boolean shutdownCalled;
    private final AtomicInteger foreignWork = new AtomicInteger();

    LoopExecutors(ReferenceEventLoop loop, ModuleState module) {
        this.loop = loop;
        this.module = module;
    }

    /** Functions submitted by this loop, and shutdown threads it started, that have not ended yet. */
    int foreignWork() {
        return foreignWork.get();
    }

    /** {@code run_in_executor(executor, func)}. */
    Future runInExecutor(ConcurrentExecutor executor, Supplier<?> function) {
        ConcurrentExecutor target = executor;
        if (target == null) {
            if (shutdownCalled) {
                throw new RuntimeError("Executor shutdown has been called");
            }
            Object current = defaultExecutor;
            if (current == null) {
                target = module.host().newThreadPoolExecutor("asyncio");
                defaultExecutor = target;
            } else {
                target = asExecutor(current, "submit");
            }
        }
        foreignWork.incrementAndGet();
        ConcurrentFuture submitted;
        try {
            submitted = target.submit(function);
        } catch (RuntimeException | Error refused) {
            foreignWork.decrementAndGet();
            throw refused;
        }
        Future wrapped = ConcurrentChains.wrapFuture(module, submitted, loop);
        // Registered after wrap_future's callback: the outcome is queued (and the loop woken) before the count
        // drops, so a virtual clock never jumps while the outcome is on its way.
        submitted.addDoneCallback(done -> workEnded());
        return wrapped;
    }

    /**
     * One piece of foreign work ended, after it queued what it hands the loop. The loop is woken again: it may
     * have gone back to a real-time wait for its next timer while the count still held this work.
     */
    private void workEnded() {
        foreignWork.decrementAndGet();
        loop.wakeSelector();
    }

    /**
     * {@code set_default_executor(executor)}: a ThreadPoolExecutor only (3.11+). Before (base_events.py 3.7-3.10)
     * any object is kept (3.8-3.10 warn first, a DeprecationWarning the caller issues: warnings are the Python
     * runtime's, as for every deprecation of the module); its first use (run_in_executor's {@code submit},
     * the shutdown of {@code shutdown_default_executor} or {@code close()}) then raises AttributeError.
     */
    void setDefaultExecutor(Object executor) {
        if (!(executor instanceof ConcurrentExecutor) && module.atLeast(11)) {
            throw new TypeError("executor must be ThreadPoolExecutor instance");
        }
        defaultExecutor = executor;
    }

    /**
     * {@code executor.<attribute>} of a default executor set before 3.11: a ThreadPoolExecutor has it, another
     * object raises CPython's {@code AttributeError: 'T' object has no attribute '<attribute>'}. The type's name
     * comes from the object's repr when it is the default one ({@code <module.T object at 0x...>}); the SPI
     * gives a provider no other way to it.
     */
    private ConcurrentExecutor asExecutor(Object executor, String attribute) {
        if (executor instanceof ConcurrentExecutor threadPool) {
            return threadPool;
        }
        String repr = module.reprs().repr(executor);
        Matcher plain = DEFAULT_REPR.matcher(repr);
        String type = plain.matches() ? plain.group(1) : repr;
        throw new AttributeError("'" + type + "' object has no attribute '" + attribute + "'");
    }


    /**
     * {@code shutdown_default_executor(timeout)}: the executor is shut down (waiting for its workers) by a
     * thread of its own, which then sets a future of this loop; the coroutine awaits that future, at most
     * {@code timeout} seconds, and then joins the thread. On timeout, asyncio warns and shuts the executor
     * down without waiting.
     */
    Coroutine shutdownDefaultExecutor(Double timeout) {
        return module.newCoroutine("BaseEventLoop.shutdown_default_executor", awaiter -> {
            shutdownCalled = true;
            Object executor = defaultExecutor;
            if (executor == null) {
                return null;
            }
            Future done = loop.createFuture();
            foreignWork.incrementAndGet();
            Thread thread = Thread.ofPlatform().daemon().name("asyncio-shutdown-default-executor")
                    .unstarted(() -> doShutdown(executor, done));
            thread.start();
            Timeout limit = module.library().timeout(timeout);
            try {
                // async with timeouts.timeout(timeout): await future  (its __aexit__ never suppresses)
                awaiter.await(limit.aenter());
                try {
                    awaiter.await(done);
                } catch (Throwable raised) {
                    awaiter.await(limit.aexit(raised));
                    throw raised;
                }
                awaiter.await(limit.aexit(null));
            } catch (TimeoutError expired) {
                warn("The executor did not finishing joining its threads within " + module.reprs().repr(timeout)
                        + " seconds.");
                asExecutor(executor, "shutdown").shutdown(false, false);
                return null;
            }
            joinUninterruptibly(thread);
            return null;
        });
    }

    /** {@code _do_shutdown(future)}, on the shutdown thread. */
    private void doShutdown(Object executor, Future done) {
        try {
            asExecutor(executor, "shutdown").shutdown(true, false);
            if (!loop.isClosed()) {
                loop.callSoonThreadsafe(new SetResultUnlessCancelled(done));
            }
        } catch (PythonException ex) {
            if (!loop.isClosed() && !done.cancelled()) {
                loop.callSoonThreadsafe(() -> done.setException(ex));
            }
        } finally {
            workEnded();
        }
    }

    /** The executor part of {@code close()}: shut the default executor down without waiting. */
    void closeLoop() {
        shutdownCalled = true;
        Object executor = defaultExecutor;
        if (executor != null) {
            defaultExecutor = null;
            asExecutor(executor, "shutdown").shutdown(false, false);
        }
    }

    private void warn(String message) {
        var err = module.stderr();
        synchronized (err) {
            err.println("RuntimeWarning: " + message);
            err.flush();
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code futures._set_result_unless_cancelled(fut, None)}. */
    private record SetResultUnlessCancelled(Future future) implements Runnable {
        @Override
        public void run() {
            if (!future.cancelled()) {
                future.setResult(null);
            }
        }

        @Override
        public String toString() {
            return "_set_result_unless_cancelled()";
        }
    }
}
