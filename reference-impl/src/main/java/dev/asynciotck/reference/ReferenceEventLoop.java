package dev.asynciotck.reference;

import dev.asynciotck.spi.ConcurrentExecutor;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.AsyncGenHooks;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.ExceptionHandler;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Handle;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.TaskFactory;
import dev.asynciotck.spi.TimerHandle;
import dev.asynciotck.spi.exceptions.KeyboardInterrupt;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.SystemExit;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code BaseEventLoop} (base_events.py, 3.13): a FIFO ready queue and a heap of timers. The loop owns
 * nothing else; futures hold their own state and callbacks, tasks drive their coroutines.
 *
 * <p>Threads: everything runs on whichever thread holds the module's single "Python thread" (the loop's
 * caller, or a coroutine's strand while the loop waits for it). Only {@link #callSoonThreadsafe} may be
 * called from elsewhere; it touches just the ready queue (under its lock) and the {@link LoopWaker}.
 */
public final class ReferenceEventLoop implements EventLoop {

    /** Cleanup of cancelled timers starts above this many scheduled timers... */
    private static final int MIN_SCHEDULED_TIMER_HANDLES = 100;
    /** ...when more than this fraction of them are cancelled. */
    private static final double MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;
    /** The longest the selector is asked to wait, in seconds. */
    private static final double MAXIMUM_SELECT_TIMEOUT = 24 * 3600;
    /** {@code time.get_clock_info('monotonic').resolution} on Linux. */
    private static final double CLOCK_RESOLUTION = 1e-09;

    private final ModuleState module;
    private final LoopClock clock;
    private final ArrayDeque<CallbackHandle> ready = new ArrayDeque<>();
    private final Seams seams;
    private final TimerHeap scheduled;
    private final LoopWaker waker = new LoopWaker();
    private final LoopAsyncgens asyncgens;
    private int timerCancelledCount;
    private volatile boolean closed;
    private boolean stopping;
    private volatile boolean running;
    private ExceptionHandler exceptionHandler;
    private TaskFactory taskFactory;
    /** The program's identity of this loop ({@link #bindSelf}); this loop until a subclass instance binds it. */
    private volatile EventLoop self = this;
    private volatile boolean debug;
    /** {@code slow_callback_duration}: kept for the program to read; the reference logs no slow callbacks. */
    private volatile double slowCallbackDuration = 0.1;
    private final LoopExecutors executors;

    ReferenceEventLoop(ModuleState module, LoopClock clock) {
        this.module = module;
        this.clock = clock;
        this.seams = module.seams();
        this.scheduled = seams.newTimerHeap();
        this.executors = new LoopExecutors(this, module);
        this.asyncgens = new LoopAsyncgens(this, module);
    }

    ModuleState module() {
        return module;
    }

    // ---- scheduling -------------------------------------------------------------------------------------

    @Override
    public Handle callSoon(Runnable callback, Context context) {
        checkClosed();
        if (debug) {
            seams.checkDebugThread(module, this);
            LoopDebugChecks.checkCallback(module, callback, "call_soon");
        }
        return enqueue(callback, context);
    }

    /** {@code _call_soon}: queues the handle, with no check. */
    private Handle enqueue(Runnable callback, Context context) {
        var handle = new CallbackHandle(this, callback, module.contextOrCopy(context));
        synchronized (ready) {
            seams.enqueueReady(ready, handle);
        }
        return handle;
    }

    @Override
    public Handle callSoonThreadsafe(Runnable callback, Context context) {
        checkClosed();
        if (debug) {
            LoopDebugChecks.checkCallback(module, callback, "call_soon_threadsafe");
        }
        Handle handle = enqueue(callback, context);
        waker.wake();
        return handle;
    }

    /** Wakes the loop's wait for its next timer, as {@code call_soon_threadsafe} does, without a callback. */
    void wakeSelector() {
        waker.wake();
    }

    @Override
    public TimerHandle callLater(double delay, Runnable callback, Context context) {
        return callAt(time() + delay, callback, context);
    }

    @Override
    public TimerHandle callAt(double when, Runnable callback, Context context) {
        checkClosed();
        if (debug) {
            seams.checkDebugThread(module, this);
            LoopDebugChecks.checkCallback(module, callback, "call_at");
        }
        var timer = new ScheduledTimer(this, callback, when, module.contextOrCopy(context));
        scheduled.push(timer);
        timer.scheduled = true;
        return timer;
    }

    /** {@code _timer_handle_cancelled}: counts cancelled timers still in the heap. */
    void timerHandleCancelled(ScheduledTimer timer) {
        if (timer.scheduled) {
            timerCancelledCount++;
        }
    }

    @Override
    public double time() {
        return clock.time();
    }

    // ---- the program's identity ---------------------------------------------------------------------------

    /**
     * The object the program knows this loop as: itself, or the instance of the program's loop subclass that
     * {@link #bindSelf} gave it. Handed out wherever asyncio hands out the loop (the running loop, the loop of the
     * futures and tasks it makes, the task factory's and the exception handler's argument), and called where
     * asyncio's own code calls the loop object (base_events.py: {@code tasks.ensure_future(future, loop=self)},
     * whose {@code loop.create_task}; {@code self.call_exception_handler}; {@code self.default_exception_handler}).
     */
    EventLoop self() {
        return self;
    }

    @Override
    public void bindSelf(EventLoop bound) {
        if (self != this) {
            throw new IllegalStateException("bindSelf: this loop already has its program identity");
        }
        self = bound;
    }

    // ---- futures and tasks ------------------------------------------------------------------------------

    @Override
    public Future createFuture() {
        return new ReferenceFuture(module, self());
    }

    @Override
    public Future createTask(Object coro, String name, Context context) {
        return createTask(coro, name, context, null);
    }

    /**
     * From 3.14 (base_events.py {@code create_task(self, coro, **kwargs)}) every keyword goes on, to
     * {@code factory(loop, coro, **kwargs)} or to {@code Task(coro, loop=self, **kwargs)}, and the loop names
     * nothing itself; before, {@code eager_start} is not a keyword of create_task.
     */
    @Override
    public Future createTask(Object coro, String name, Context context, Boolean eagerStart) {
        checkClosed();
        if (eagerStart != null && !module.atLeast(14)) {
            throw new dev.asynciotck.spi.exceptions.TypeError("create_task() got an unexpected keyword argument 'eager_start'");
        }
        if (taskFactory == null) {
            return new ReferenceTask(module, self(), coro, name, Boolean.TRUE.equals(eagerStart), context);
        }
        if (module.atLeast(14)) {
            return taskFactory.create(self(), coro, name, context, eagerStart);
        }
        // 3.13.0 calls factory(loop, coro) (factory(loop, coro, context=context) when given one) without the
        // name and without looking at coro, then task.set_name(name) on whatever the factory returned, even
        // with name None.
        Future task = taskFactory.create(self(), coro, null, context);
        if (task instanceof Task named) {
            named.setName(name == null ? "None" : name);
        } else {
            String type = task instanceof ReferenceFuture ? "_asyncio.Future" : task.getClass().getSimpleName();
            throw new dev.asynciotck.spi.exceptions.AttributeError("'" + type + "' object has no attribute 'set_name'");
        }
        return task;
    }

    @Override
    public void setTaskFactory(TaskFactory factory) {
        taskFactory = factory;
    }

    @Override
    public TaskFactory getTaskFactory() {
        return taskFactory;
    }

    // ---- debug mode and executors ---------------------------------------------------------------------------

    /** Debug mode's checks of callbacks and threads ({@link LoopDebugChecks}); no logging (see README). */
    @Override
    public boolean getDebug() {
        return debug;
    }

    @Override
    public void setDebug(boolean enabled) {
        debug = enabled;
    }

    @Override
    public double slowCallbackDuration() {
        return slowCallbackDuration;
    }

    @Override
    public void setSlowCallbackDuration(double seconds) {
        slowCallbackDuration = seconds;
    }

    @Override
    public Future runInExecutor(ConcurrentExecutor executor, Supplier<?> function) {
        checkClosed();
        if (debug) {
            LoopDebugChecks.checkCallback(module, function, "run_in_executor");
        }
        return executors.runInExecutor(executor, function);
    }

    @Override
    public void setDefaultExecutor(Object executor) {
        executors.setDefaultExecutor(executor);
    }

    @Override
    public Coroutine shutdownDefaultExecutor(Double timeout) {
        return executors.shutdownDefaultExecutor(timeout);
    }

    // ---- running ----------------------------------------------------------------------------------------

    @Override
    public Object runUntilComplete(Object awaitable) {
        checkClosed();
        if (module.atLeast(7)) {
            checkRunning(); // base_events.py 3.7+: before the coroutine is wrapped in a task
        }
        boolean newTask = !(awaitable instanceof Future);
        Future future = module.ensureFuture(awaitable, self());
        if (newTask && future instanceof ReferenceTask task) {
            // The caller gets the outcome (or "stopped before completed"): no "destroyed pending" report.
            task.logDestroyPending = false;
        }
        future.addDoneCallback(RunUntilCompleteCallback.INSTANCE);
        try {
            if (!module.atLeast(7)) {
                // base_events.py 3.6: only run_forever checks, after ensure_future, so a refused coroutine
                // stays scheduled as a task of the running loop and runs there.
                checkRunning();
            }
            runForever();
        } catch (Throwable escaping) {
            if (newTask && future.done() && !future.cancelled()) {
                // The coroutine raised a BaseException: consume it, the caller cannot see the task.
                future.exception();
            }
            throw escaping;
        } finally {
            future.removeDoneCallback(RunUntilCompleteCallback.INSTANCE);
        }
        if (!future.done()) {
            throw new RuntimeError("Event loop stopped before Future completed.");
        }
        return future.result();
    }

    @Override
    public void runForever() {
        module.enterHost();
        try {
            module.engine().runDriver("loop", this::runForeverHere,
                    () -> waker.interrupt("the thread running the event loop was interrupted"));
        } finally {
            module.exitHost();
        }
    }

    private void runForeverHere() {
        module.checkNotShutDown();
        checkClosed();
        checkRunning();
        running = true;
        // _run_forever_setup: the loop's asyncgen hooks replace the thread's until the loop stops.
        AsyncGenHooks oldHooks = module.asyncgenHooks();
        module.setAsyncgenHooks(seams.installedAsyncgenHooks(asyncgens.hooks(), oldHooks));
        module.setRunningLoop(self());
        try {
            while (true) {
                runOnce();
                if (stopping) {
                    break;
                }
            }
        } finally {
            stopping = false;
            running = false;
            module.setRunningLoop(null);
            module.setAsyncgenHooks(oldHooks);
        }
    }

    private void checkRunning() {
        if (running) {
            throw new RuntimeError("This event loop is already running");
        }
        if (module.anyRunningLoop() != null) {
            throw new RuntimeError("Cannot run the event loop while another loop is running");
        }
    }

    /**
     * {@code _run_once}: drop cancelled timers, wait for the next timer (or a threadsafe callback), move the
     * due timers to the ready queue, then run exactly the callbacks that are ready now.
     */
    private void runOnce() {
        int schedCount = scheduled.size();
        if (schedCount > MIN_SCHEDULED_TIMER_HANDLES
                && (double) timerCancelledCount / schedCount > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
            scheduled.dropCancelled();
            timerCancelledCount = 0;
        } else {
            while (!scheduled.isEmpty() && scheduled.peek().cancelled()) {
                timerCancelledCount--;
                scheduled.pop().scheduled = false;
            }
        }

        Double timeout = null;
        double selectStart = 0;
        if (readyCount() > 0 || stopping) {
            timeout = 0.0;
        } else if (!scheduled.isEmpty()) {
            selectStart = time();
            timeout = Math.min(Math.max(0, scheduled.peek().when() - selectStart), MAXIMUM_SELECT_TIMEOUT);
        }
        select(timeout, selectStart);

        double endTime = time() + CLOCK_RESOLUTION;
        while (!scheduled.isEmpty()) {
            if (scheduled.peek().when() >= endTime) {
                break;
            }
            ScheduledTimer due = scheduled.pop();
            due.scheduled = false;
            synchronized (ready) {
                ready.addLast(due);
            }
        }

        // Run what is ready now; callbacks scheduled meanwhile wait for the next iteration.
        int ntodo = readyCount();
        for (int i = 0; i < ntodo; i++) {
            CallbackHandle handle;
            synchronized (ready) {
                handle = ready.pollFirst();
            }
            if (handle == null || handle.cancelled()) {
                continue;
            }
            handle.run();
            if (stopping && seams.stopEndsBatch()) {
                break;
            }
        }
    }

    /**
     * The selector's wait: real time, or under a virtual clock a jump to where epoll would wake. Like
     * {@code selectors.EpollSelector.select}, a wait is rounded up to whole milliseconds, so timers due
     * within that millisecond (such as several tasks' equal sleeps started one after another) come due
     * together, as on CPython.
     */
    private void select(Double timeout, double selectStart) {
        if (timeout == null) {
            waker.await(null);
        } else if (timeout == 0) {
            waker.poll();
        } else if (clock instanceof LoopClock.Virtual virtual) {
            // While work handed to other threads runs, it spends real time: the loop waits as a real clock
            // would (the work's end wakes it), and jumps only if the timer came due meanwhile.
            boolean woken = executors.foreignWork() > 0 ? waker.await(timeout) : waker.poll();
            if (!woken) {
                virtual.advanceTo(selectStart + Math.ceil(timeout * 1e3) * 1e-3);
            }
        } else {
            waker.await(timeout);
        }
    }

    private int readyCount() {
        synchronized (ready) {
            return ready.size();
        }
    }

    /** Makes every wait and poll of this loop, now or later, end with {@link LoopInterruptedException}. */
    void abortWaiting(String reason) {
        waker.close(reason);
    }

    @Override
    public void stop() {
        stopping = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (running) {
            throw new RuntimeError("Cannot close a running event loop");
        }
        if (closed) {
            return;
        }
        closed = true;
        synchronized (ready) {
            ready.clear();
        }
        scheduled.clear();
        executors.closeLoop();
    }

    private void checkClosed() {
        if (closed) {
            throw new RuntimeError("Event loop is closed");
        }
    }

    // ---- asynchronous generators --------------------------------------------------------------------------

    @Override
    public Coroutine shutdownAsyncgens() {
        return asyncgens.shutdown();
    }

    // ---- errors -----------------------------------------------------------------------------------------

    @Override
    public void setExceptionHandler(ExceptionHandler handler) {
        exceptionHandler = handler;
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return exceptionHandler;
    }

    @Override
    public void callExceptionHandler(Map<String, Object> context) {
        LoopErrors.callExceptionHandler(self(), exceptionHandler, context, module.reprs(), module.stderr(),
                module.atLeast(12));
    }

    @Override
    public void defaultExceptionHandler(Map<String, Object> context) {
        LoopErrors.defaultExceptionHandler(context, module.reprs(), module.stderr());
    }

    // ---- introspection (tests) ----------------------------------------------------------------------------

    /** How many timers are in the heap, cancelled ones included. */
    int scheduledCount() {
        return scheduled.size();
    }

    int timerCancelledCount() {
        return timerCancelledCount;
    }

    @Override
    public String toString() {
        return "<_UnixSelectorEventLoop running=" + (running ? "True" : "False")
                + " closed=" + (closed ? "True" : "False") + " debug=" + (debug ? "True" : "False") + ">";
    }

    /** {@code base_events._run_until_complete_cb}: stops the loop once the future is done. */
    private enum RunUntilCompleteCallback implements Consumer<Future> {
        INSTANCE;

        @Override
        public void accept(Future future) {
            if (!future.cancelled()) {
                Throwable exc = future.exception();
                if (exc instanceof SystemExit || exc instanceof KeyboardInterrupt) {
                    // run_forever() already ended by propagating it: no need to stop.
                    return;
                }
            }
            future.getLoop().stop();
        }

        @Override
        public String toString() {
            return "_run_until_complete_cb()";
        }
    }
}
