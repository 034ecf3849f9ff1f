package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.InvalidStateError;
import dev.asynciotck.spi.exceptions.KeyboardInterrupt;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.SystemExit;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * {@code asyncio.Task} (tasks.py, 3.13): a future that drives a coroutine one step per callback.
 *
 * <p>While the task is not done it is in exactly one of three states (tasks.py's invariant):
 * <ol>
 *   <li>waiting: {@link #futWaiter} is a pending future whose callbacks include this task's wakeup, and
 *       no step is scheduled;</li>
 *   <li>scheduled: a step is in the loop's ready queue ({@link #futWaiter} is null or done);</li>
 *   <li>running: inside {@link #step}, {@link #futWaiter} is null.</li>
 * </ol>
 */
public final class ReferenceTask extends ReferenceFuture implements Task {

    /** The wrapped coroutine; null once the task finished in its eager first step (3.13 drops it then). */
    private Coroutine coro;
    /** {@code _context}: every step runs in it. */
    private final Context context;
    /** Null until first asked for when the name is the default {@code Task-<taskNumber>} (saves a string per task). */
    private String name;
    private int taskNumber;
    private boolean mustCancel;
    private Future futWaiter;
    private int numCancelsRequested;
    /** {@code _log_destroy_pending}: report "Task was destroyed but it is pending!" at module close. */
    boolean logDestroyPending = true;
    /** Registered for {@code all_tasks()} (after the first step was scheduled). */
    boolean registered;
    /** Links of the module's list of pending tasks (see {@link ModuleState}). */
    ReferenceTask previousPending;
    ReferenceTask nextPending;

    /**
     * {@code Task(coro, loop=loop, name=name, context=context, eager_start=eagerStart)}: the task runs in
     * {@code context}, or in a copy of the current context taken now. With {@code eagerStart} (3.12+) and a
     * running loop the first step runs here ({@link #eagerStart()}); otherwise it is scheduled with
     * {@code call_soon}.
     */
    ReferenceTask(ModuleState module, EventLoop loop, Object coro, String name, boolean eagerStart,
                  Context context) {
        this(module, loop, coro, name, eagerStart, context, null);
    }

    /**
     * The same, for a program subclass instance: {@code identity} (null: none) is given this task and returns the
     * instance, bound as this task's identity before any step can run.
     */
    ReferenceTask(ModuleState module, EventLoop loop, Object coro, String name, boolean eagerStart,
                  Context context, UnaryOperator<Task> identity) {
        super(module, loop);
        if (!(coro instanceof Coroutine coroutine)) {
            throw new TypeError("a coroutine was expected, got " + module.reprs().repr(coro));
        }
        this.coro = coroutine;
        this.context = module.seams().taskContext(module, loop, context);
        if (name != null) {
            this.name = name;
        } else {
            long number = module.nextTaskNumber();
            if (number <= Integer.MAX_VALUE) {
                this.taskNumber = (int) number;
            } else {
                this.name = "Task-" + number;
            }
        }
        if (identity != null) {
            bindSelf(identity.apply(this));
        }
        module.taskCreated(this);
        if (eagerStart && loop.isRunning()) {
            // Among all_tasks() while the eager step runs (_register_eager_task), and after it unless done.
            registered = true;
            eagerStart();
        } else {
            module.seams().scheduleFirstStep(loop, new Step(this, null));
            registered = true;
        }
    }

    /**
     * {@code Task.__eager_start}: the first step, run now with this task swapped in as the loop's current
     * task, and the previous current task swapped back afterwards.
     */
    private void eagerStart() {
        Task previous = module.swapCurrentTask(loop, (Task) self);
        try {
            context.run(() -> stepRunAndHandleResult(null));
        } finally {
            module.swapCurrentTask(loop, previous);
            if (done()) {
                // Task.__eager_start: a task done in its eager step lets go of its coroutine (get_coro() is None).
                coro = null;
            }
        }
    }

    @Override
    public String getName() {
        if (name == null) {
            name = "Task-" + taskNumber;
        }
        return name;
    }

    @Override
    public void setName(String newName) {
        name = newName == null ? "None" : newName;
    }

    @Override
    public Coroutine getCoro() {
        return coro;
    }

    @Override
    public Context getContext() {
        return context;
    }

    @Override
    public void setResult(Object value) {
        if (!module.atLeast(7)) {
            // 3.6's Task inherits Future.set_result (tasks.py 3.7 added the override that refuses): the task ends
            // with the value and its coroutine never runs; its scheduled step then fails ("_step(): already done").
            setResultFuture(value);
            return;
        }
        throw new RuntimeError("Task does not support set_result operation");
    }

    @Override
    public void setException(Throwable error) {
        if (!module.atLeast(7)) {
            setExceptionFuture(error); // as set_result: 3.6's Task inherits Future.set_exception
            return;
        }
        throw new RuntimeError("Task does not support set_exception operation");
    }

    /** {@code Task.cancel}: cancels the awaited future if it can, else delivers CancelledError at the next step. */
    @Override
    public boolean cancel(Object message) {
        clearLogTraceback();
        if (done()) {
            return false;
        }
        numCancelsRequested++;
        if (futWaiter != null && module.seams().cancelAwaitedFuture(futWaiter, message)) {
            // Keep futWaiter: it may be a task that swallows the cancellation and must be cancelled again.
            return true;
        }
        mustCancel = true;
        cancelMessage = message;
        return true;
    }

    @Override
    public int cancelling() {
        return numCancelsRequested;
    }

    @Override
    public int uncancel() {
        if (numCancelsRequested > 0) {
            numCancelsRequested--;
            if (numCancelsRequested == 0 && module.atLeast(13)) {
                // tasks.py 3.13: back at zero, a requested cancellation not yet delivered is withdrawn too.
                mustCancel = false;
            }
        }
        return numCancelsRequested;
    }

    /** {@code Task.__step}. */
    void step(Throwable exc) {
        if (done()) {
            throw new InvalidStateError("_step(): already done: " + this + ", " + module.reprs().repr(exc));
        }
        if (mustCancel && module.seams().deliversRequestedCancel(this)) {
            if (!(exc instanceof CancelledError)) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        module.enterTask(loop, (Task) self);
        try {
            stepRunAndHandleResult(exc);
        } finally {
            module.leaveTask(loop, (Task) self);
        }
    }

    private void stepRunAndHandleResult(Throwable exc) {
        Coroutine.Step outcome;
        try {
            outcome = exc == null ? coro.send(null) : coro.throwInto(exc);
        } catch (CancelledError cancelled) {
            if (module.seams().keepsCancelledError(this)) {
                cancelledExc = cancelled; // raised again by the first result()
            }
            cancelFuture(null);
            return;
        } catch (KeyboardInterrupt | SystemExit fatal) {
            setExceptionFuture(fatal);
            throw fatal;
        } catch (PythonException raised) {
            setExceptionFuture(raised);
            return;
        } catch (Throwable bug) {
            // Not a Python exception: a bug of the body's host. It propagates unchanged, like
            // KeyboardInterrupt; the task ends with it so that nothing waits for it forever.
            setExceptionFuture(bug);
            clearLogTraceback();
            throw bug;
        }
        switch (outcome) {
            case Coroutine.Step.Returned returned -> {
                if (module.seams().endsCancelledOnReturn(this, mustCancel)) {
                    // Cancelled right before the coroutine returned.
                    mustCancel = false;
                    if (module.atLeast(8)) {
                        cancelFuture(cancelMessage);
                    } else {
                        // tasks.py 3.6-3.7 __step: super().set_exception(CancelledError()), so the task is not
                        // cancelled() but holds the error as its exception (3.8 calls super().cancel()).
                        setExceptionFuture(new CancelledError());
                    }
                } else {
                    setResultFuture(returned.value());
                }
            }
            case Coroutine.Step.Yielded yielded -> handleYield(yielded.value());
        }
    }

    private void handleYield(Object result) {
        Boolean blockingFlag = module.seams().futureBlocking(result);
        if (blockingFlag != null) {
            // A future (or a Future-like object of the program): its _asyncio_future_blocking tells whether it
            // came from its own __await__.
            Future future = (Future) result;
            boolean isBlocking = blockingFlag;
            if (future.getLoop() != loop) {
                scheduleStep(new RuntimeError("Task " + this + " got Future " + module.reprs().repr(result)
                        + " attached to a different loop"));
            } else if (isBlocking) {
                if (future == this || future == self) {
                    scheduleStep(new RuntimeError("Task cannot await on itself: " + self));
                } else {
                    ReferenceFuture awaited = module.atLeast(14) ? ReferenceFuture.linksOf(future) : null;
                    if (awaited != null) {
                        awaited.addAwaitedBy(self); // tasks.py 3.14 __step: future_add_to_awaited_by(result, self)
                    }
                    future.setAsyncioFutureBlocking(false);
                    // 3.6's Task._step calls result.add_done_callback(self._wakeup): no context= (3.7 added it),
                    // which a program's Future subclass overriding add_done_callback sees.
                    future.addDoneCallback(new Wakeup(this), module.atLeast(7) ? context : null);
                    futWaiter = future;
                    if (mustCancel && futWaiter.cancel(cancelMessage)) {
                        mustCancel = false;
                    }
                }
            } else {
                scheduleStep(new RuntimeError("yield was used instead of yield from in task " + this
                        + " with " + module.reprs().repr(result)));
            }
        } else if (result == null) {
            // A bare yield gives up control for one loop iteration.
            loop.callSoon(new Step(this, null), context);
        } else {
            Throwable refusal = module.seams().badYield(module.reprs().repr(result));
            if (refusal == null) {
                loop.callSoon(new Step(this, null));
            } else {
                scheduleStep(refusal);
            }
        }
    }

    private void scheduleStep(Throwable exc) {
        loop.callSoon(new Step(this, exc), context);
    }

    /** {@code Task.__wakeup}: resumes the coroutine with the awaited future's outcome. */
    void wakeup(Future future) {
        ReferenceFuture awaited = module.atLeast(14) ? ReferenceFuture.linksOf(future) : null;
        if (awaited != null) {
            awaited.discardAwaitedBy(self); // tasks.py 3.14 __wakeup: future_discard_from_awaited_by(future, self)
        }
        try {
            future.result();
        } catch (Throwable raised) {
            step(raised); // this may also be a cancellation
            return;
        }
        step(null);
    }

    @Override
    protected void whenDone() {
        module.taskDone(this);
    }

    Future futWaiter() {
        return futWaiter;
    }

    @Override
    protected String pythonClassName() {
        return "Task";
    }

    /**
     * {@code base_tasks._task_repr_info}: {@code cancelling} while a cancel is pending (from 3.11
     * {@code task.cancelling() and not task.done()}; before, {@code task._must_cancel}, so a task whose awaited
     * future was cancelled still shows as pending), the name from 3.8.
     */
    @Override
    protected List<String> reprInfo() {
        List<String> info = super.reprInfo();
        if (module.atLeast(11) ? numCancelsRequested > 0 && !done() : mustCancel) {
            info.set(0, "cancelling");
        }
        int at = 1;
        if (module.atLeast(8)) {
            info.add(at++, "name=" + module.reprs().repr(getName()));
        }
        if (futWaiter != null) {
            info.add(at, "wait_for=" + module.reprs().repr(futWaiter));
        }
        if (coro != null) {
            info.add(at, "coro=<" + ReferenceCoroutine.format(coro) + ">");
        }
        return info;
    }

    /** A scheduled {@code __step}, shown as CPython's C task shows it in a handle. */
    record Step(ReferenceTask task, Throwable exc) implements Runnable {
        @Override
        public void run() {
            task.step(exc);
        }

        @Override
        public String toString() {
            return "<_asyncio.TaskStepMethWrapper object at " + task.module.reprs().address(this) + ">()";
        }
    }

    /** The bound method {@code task.__wakeup}: equal for the same task, like bound methods. */
    record Wakeup(ReferenceTask task) implements Consumer<Future> {
        @Override
        public void accept(Future future) {
            task.wakeup(future);
        }

        @Override
        public String toString() {
            return "Task.task_wakeup()";
        }
    }
}
