package dev.asynciotck.reference;

import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.exceptions.PythonException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What happens to a module's objects when its Python process ends. CPython reports
 * {@code Task was destroyed but it is pending!} and {@code ... exception was never retrieved} when the
 * objects are garbage collected, and closes suspended coroutines then (throwing GeneratorExit into them).
 * The JVM's collector is not deterministic, so the reference implementation does all of it here, in the order
 * CPython follows for objects a program keeps in its globals until it ends (measured on 3.6–3.13): first every
 * report, pending tasks and futures whose exception was never retrieved together, in the order they were
 * created; then the coroutines of the pending tasks are closed, in the same order; then other suspended
 * coroutines (start order), loops, threads. (Objects only a local refers to CPython reports as soon as the last
 * reference goes, which only reference counting can reproduce.)
 */
final class ModuleShutdown {

    /** How long to wait for a loop that runs on another thread to notice the module closing. */
    private static final long LOOP_STOP_TIMEOUT_MILLIS = 10_000;

    private final ModuleState module;
    /** The first non-Python exception met on the way, rethrown once everything is released. */
    private Throwable hostFailure;

    ModuleShutdown(ModuleState module) {
        this.module = module;
    }

    void run() {
        stopLoopsRunningElsewhere();
        List<ReferenceTask> pending = module.pendingTasks();
        List<ReferenceFuture> leftOver = new ArrayList<>(pending);
        leftOver.addAll(module.unretrieved());
        leftOver.sort(ModuleState::byCreation);
        Set<ReferenceFuture> wasPending = Collections.newSetFromMap(new IdentityHashMap<>());
        wasPending.addAll(pending);
        for (ReferenceFuture future : leftOver) {
            if (wasPending.contains(future)) {
                reportDestroyedPending((ReferenceTask) future);
            } else {
                reportNeverRetrieved(future);
            }
        }
        for (ReferenceTask task : pending) {
            closeCoroutine(task.getCoro());
        }
        // Closing a coroutine runs its finally blocks, which may leave new failures nobody retrieves.
        for (ReferenceFuture future : module.unretrieved()) {
            reportNeverRetrieved(future);
        }
        for (ReferenceCoroutine coro : module.startedCoroutines()) {
            closeCoroutine(coro);
        }
        for (ReferenceEventLoop loop : module.loops()) {
            if (!loop.isRunning()) {
                guarded(loop::close);
            }
        }
        guarded(() -> module.engine().close());
        if (hostFailure != null) {
            throw dev.asynciotck.reference.strand.Sneaky.<RuntimeException>rethrow(hostFailure);
        }
    }

    private void reportDestroyedPending(ReferenceTask task) {
        if (!task.logDestroyPending) {
            return; // the task run_until_complete made for a coroutine is never reported
        }
        var context = new Reprs.ContextDict();
        context.put("task", task);
        context.put("message", "Task was destroyed but it is pending!");
        guarded(() -> task.getLoop().callExceptionHandler(context));
    }

    private void reportNeverRetrieved(ReferenceFuture future) {
        var context = new Reprs.ContextDict();
        context.put("message", future.pythonClassName() + " exception was never retrieved");
        context.put("exception", future.storedException());
        context.put("future", future);
        module.exceptionRetrieved(future);
        guarded(() -> future.getLoop().callExceptionHandler(context));
    }

    /**
     * A program still running on another thread (a hung one, abandoned by its host) is made to give up:
     * every loop wait fails from now on; then the module waits, for a bounded time, until no host call is
     * inside it any more. Only then is its state touched.
     */
    private void stopLoopsRunningElsewhere() {
        module.markShutDown();
        for (ReferenceEventLoop loop : module.loops()) {
            loop.abortWaiting("the asyncio module was closed while the loop was waiting");
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOOP_STOP_TIMEOUT_MILLIS);
        while (module.hostCallsInProgress() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Closes a coroutine as its deallocation does; what that raises is "ignored" (written to stderr as
     * CPython's unraisable hook does), and a body that refuses to end is killed.
     */
    private void closeCoroutine(Coroutine coro) {
        try {
            coro.close();
        } catch (PythonException ignored) {
            var err = module.stderr();
            synchronized (err) {
                err.println("Exception ignored in: " + coro);
                err.println(Reprs.exceptionText(ignored));
                err.flush();
            }
        } catch (Throwable bug) {
            remember(bug);
        }
        if (coro instanceof ReferenceCoroutine own && own.state() != Coroutine.State.CLOSED) {
            guarded(own::kill);
        }
    }

    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (Throwable failure) {
            remember(failure);
        }
    }

    private void remember(Throwable failure) {
        if (failure instanceof PythonException) {
            return; // a Python error during finalisation is unraisable: nothing to propagate
        }
        if (hostFailure == null) {
            hostFailure = failure;
        }
    }
}
