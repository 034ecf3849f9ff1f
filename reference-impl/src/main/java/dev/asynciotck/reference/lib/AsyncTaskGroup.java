package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.TaskGroup;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.GeneratorExit;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code asyncio.TaskGroup} (taskgroups.py, 3.11+).
 *
 * <p>Invariants: {@code tasks} holds the group's tasks not yet done. The first task to fail (with
 * anything but CancelledError) aborts the group, cancelling every other task, and cancels the parent
 * task once ({@code parentCancelRequested}) so its body stops; __aexit__ uncancels it again. __aexit__
 * returns only when {@code tasks} is empty, then raises, in priority order: a SystemExit or
 * KeyboardInterrupt, a CancelledError of the parent's own, or the collected errors as an exception group.
 */
final class AsyncTaskGroup implements TaskGroup {

    private final Asyncio asyncio;
    private boolean entered;
    private boolean exiting;
    private boolean aborting;
    private EventLoop loop;
    private Task parentTask;
    private boolean parentCancelRequested;
    /** {@code cancel()} was called before the group was entered (3.15): it cancels itself on entry. */
    private boolean cancelOnEnter;
    private final Set<Future> tasks = new LinkedHashSet<>(); // insertion order stands in for set order
    private List<Throwable> errors = new ArrayList<>();
    private Throwable baseError;
    private Future onCompletedFut;
    private final Consumer<Future> onTaskDone = this::onTaskDone;

    AsyncTaskGroup(Asyncio asyncio) {
        this.asyncio = asyncio;
    }

    @Override
    public Awaitable aenter() {
        return asyncio.coroutine("TaskGroup.__aenter__", awaiter -> {
            if (entered) {
                throw new RuntimeError("TaskGroup " + this + " has already been entered");
            }
            if (loop == null) {
                loop = asyncio.getRunningLoop();
            }
            parentTask = asyncio.currentTask(loop);
            if (parentTask == null) {
                throw new RuntimeError("TaskGroup " + this + " cannot determine the parent task");
            }
            entered = true;
            if (cancelOnEnter) {
                cancel();
            }
            return this;
        });
    }

    @Override
    public Awaitable aexit(Throwable exc) {
        return asyncio.coroutine("TaskGroup.__aexit__", awaiter -> {
            exiting = true;
            if (exc != null && Support.isBaseError(exc) && baseError == null) {
                baseError = exc;
            }
            CancelledError propagateCancellationError = exc instanceof CancelledError ce ? ce : null;
            boolean before313 = !asyncio.version().atLeast(3, 13);
            if (before313 && parentCancelRequested && parentTask.uncancel() == 0) {
                // taskgroups.py 3.11 and 3.12 take their own cancellation back before waiting for the tasks.
                propagateCancellationError = null;
            }
            if (exc != null && !aborting) {
                // The parent is being cancelled, or the body raised: stop the group's tasks.
                abort();
            }
            // A loop: the completion future may be cancelled again and again if the parent task is.
            while (!tasks.isEmpty()) {
                if (onCompletedFut == null) {
                    onCompletedFut = loop.createFuture();
                }
                try {
                    awaiter.await(onCompletedFut);
                } catch (CancelledError ex) {
                    if (!aborting) {
                        // The parent task is cancelled while the group's tasks still run.
                        propagateCancellationError = ex;
                        abort();
                    }
                }
                onCompletedFut = null;
            }
            if (baseError != null) {
                throw Support.sneakyThrow(baseError);
            }
            if (parentCancelRequested && !before313) {
                // We cancelled the parent ourselves: take that back; only a foreign cancel propagates.
                if (parentTask.uncancel() == 0) {
                    propagateCancellationError = null;
                }
            }
            if (propagateCancellationError != null && errors.isEmpty()) {
                throw propagateCancellationError;
            }
            if (exc != null && !(exc instanceof CancelledError)) {
                errors.add(exc);
            }
            if (!errors.isEmpty()) {
                // A parent cancelled from outside stays cancelled: uncancel + cancel keeps the count (3.13).
                if (!before313 && parentTask.cancelling() != 0) {
                    parentTask.uncancel();
                    parentTask.cancel(null);
                }
                List<Throwable> collected = errors;
                errors = null;
                if (asyncio.version().atLeast(3, 15) && exc instanceof GeneratorExit && collected.size() == 1) {
                    // taskgroups.py of 3.15: a GeneratorExit from the body that is the only error is raised as it
                    // is, so that an async generator running a group is closed cleanly by aclose().
                    throw (GeneratorExit) exc;
                }
                throw Support.exceptionGroup("unhandled errors in a TaskGroup", collected);
            }
            // taskgroups.py of 3.15 suppresses what is left (the body's CancelledError after cancel()).
            return asyncio.version().atLeast(3, 15) ? Boolean.TRUE : null;
        });
    }

    @Override
    public Future createTask(Object coro, String name, Context context) {
        return createTask(coro, name, context, null);
    }

    /** From 3.14 create_task passes its keyword arguments (eager_start among them) to loop.create_task. */
    @Override
    public Future createTask(Object coro, String name, Context context, Boolean eagerStart) {
        if (!entered) {
            close(coro);
            throw new RuntimeError("TaskGroup " + this + " has not been entered");
        }
        if (exiting && tasks.isEmpty()) {
            close(coro);
            throw new RuntimeError("TaskGroup " + this + " is finished");
        }
        if (aborting) {
            close(coro);
            throw new RuntimeError("TaskGroup " + this + " is shutting down");
        }
        Future task = loop.createTask(coro, name, context, eagerStart);
        AwaitedByLinks.ofParent(asyncio, parentTask).add(task); // taskgroups.py 3.14 create_task
        // Before 3.14 a task that already finished (eagerly) is accounted for at once, without a callback; from 3.14
        // (taskgroups.py, gh-128550) the done callback is always scheduled, so an eager member's link and its error
        // reach the group one callback later, as for any other member.
        if (task.done() && !asyncio.version().atLeast(3, 14)) {
            onTaskDone(task);
        } else {
            tasks.add(task);
            task.addDoneCallback(onTaskDone);
        }
        return task;
    }

    /** taskgroups.py 3.13 closes a coroutine create_task refuses; 3.11 and 3.12 leave it unstarted and open. */
    private void close(Object coro) {
        if (coro instanceof Coroutine c && asyncio.version().atLeast(3, 13)) {
            c.close();
        }
    }

    /** {@code cancel()} of taskgroups.py 3.15. */
    @Override
    public void cancel() {
        if (!asyncio.version().atLeast(3, 15)) {
            throw new UnsupportedOperationException("TaskGroup.cancel() before asyncio 3.15");
        }
        if (!entered) {
            cancelOnEnter = true;
            return;
        }
        if (exiting && tasks.isEmpty()) {
            return;
        }
        if (!aborting) {
            abort();
            if (parentTask != null && !parentCancelRequested) {
                parentCancelRequested = true;
                parentTask.cancel(null);
            }
        }
    }

    /** {@code _abort()}. */
    private void abort() {
        aborting = true;
        for (Future t : new ArrayList<>(tasks)) {
            if (!t.done()) {
                t.cancel(null);
            }
        }
    }

    /** {@code _on_task_done(task)}. */
    private void onTaskDone(Future task) {
        tasks.remove(task);
        AwaitedByLinks.ofParent(asyncio, parentTask).discard(task);
        if (onCompletedFut != null && tasks.isEmpty()) {
            if (!onCompletedFut.done()) {
                onCompletedFut.setResult(true);
            }
        }
        if (task.cancelled()) {
            return;
        }
        Throwable exc = task.exception();
        if (exc == null) {
            return;
        }
        errors.add(exc);
        if (Support.isBaseError(exc) && baseError == null) {
            baseError = exc;
        }
        if (parentTask.done()) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("message", "Task " + task + " has errored out but its parent task " + parentTask
                    + " is already completed");
            context.put("exception", exc);
            context.put("task", task);
            loop.callExceptionHandler(context);
            return;
        }
        if (!aborting && !parentCancelRequested) {
            // Stop whatever the parent is awaiting in the group's body; __aexit__ uncancels it later.
            abort();
            parentCancelRequested = true;
            parentTask.cancel(null);
        }
    }

    @Override
    public String toString() {
        StringBuilder info = new StringBuilder();
        if (!tasks.isEmpty()) {
            info.append(" tasks=").append(tasks.size());
        }
        if (errors != null && !errors.isEmpty()) {
            info.append(" errors=").append(errors.size());
        }
        if (aborting) {
            info.append(" cancelling");
        } else if (entered) {
            info.append(" entered");
        }
        return "<TaskGroup" + info + ">";
    }
}
