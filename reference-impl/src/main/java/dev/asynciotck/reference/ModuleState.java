package dev.asynciotck.reference;

import dev.asynciotck.reference.lib.AsyncioLibrary;
import dev.asynciotck.reference.strand.CoroutineEngine;
import dev.asynciotck.reference.strand.StrandMechanism;
import dev.asynciotck.spi.AsyncGenHooks;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.EventLoopPolicy;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonHost;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The state of one {@code asyncio} module instance, i.e. of one Python process: the event loop policy (a current
 * loop per Python thread), the running loop, the task registries of tasks.py, and
 * what the module must account for when it closes (pending tasks, unretrieved exceptions, suspended
 * coroutines, loops, threads).
 *
 * <p>Everything here is touched only by the code that currently runs the loop's Python thread (hand-off is
 * strict), so no locking is needed; the fields read across a hand-off are published by the strands' volatile
 * mailboxes. Other Python threads (the program's, the executors' workers) reach the module only through what
 * asyncio allows them: {@code call_soon_threadsafe}, {@code run_coroutine_threadsafe}, concurrent futures,
 * making coroutine objects, asking for the running loop, which they do not see ({@link #runningLoop()}), and
 * the policy's loop of their own thread ({@link PolicyLocals}).
 */
final class ModuleState {

    private static final AtomicInteger MODULE_IDS = new AtomicInteger();

    private final RuntimeOptions options;
    /** The asyncio version this module behaves as (the options' or 3.13); every version switch reads it. */
    private final PythonVersion version;
    private final PythonHost host;
    /** The generic part of asyncio (timeouts, gather, …), set once by the module facade. */
    private AsyncioLibrary library;
    private final Reprs reprs;
    private final CoroutineEngine engine;
    private final LoopClock clock;
    /** Always {@link Seams#REFERENCE}, except in the fault models. */
    private final Seams seams;

    // events._event_loop_policy (made on first use), each Python thread's asyncgen hooks, events._running_loop.
    private volatile EventLoopPolicy policy;
    private final PolicyLocals policyLocals = new PolicyLocals();
    private volatile EventLoop runningLoop;
    /** The Python thread state of the thread running {@link #runningLoop} ({@link PythonHost#currentThreadState()}). */
    private volatile Object runningThreadState;
    /** The module's facade, set once right after construction; the loops' shutdown_asyncgens gathers with it. */
    private Asyncio facade;

    // tasks.py: _task_name_counter, _current_tasks, _scheduled_tasks (here: tasks not done, in creation order).
    private long taskCounter;
    private final Map<EventLoop, Task> currentTasks = new IdentityHashMap<>();
    private final IntrusiveList<ReferenceTask> pendingTasks = new IntrusiveList<>(
            t -> t.previousPending, (t, v) -> t.previousPending = v, t -> t.nextPending, (t, v) -> t.nextPending = v);
    /**
     * tasks.py before 3.9: the WeakSet {@code _all_tasks} (3.6 {@code Task._all_tasks}) of every task made, done
     * ones included until collected; kept only for the versions that can read it ({@code Task.all_tasks()}).
     * Weak like CPython's, but the JVM collects later than CPython's reference counting frees.
     */
    private final Set<ReferenceTask> everyTask = Collections.newSetFromMap(new WeakHashMap<>());

    // What garbage collection would report or finalise, kept for module close.
    /** Numbers futures and tasks in the order they are made: CPython finalises what is left in that order. */
    private int futuresCreated;
    private final Set<ReferenceFuture> unretrieved = new LinkedHashSet<>();
    private final IntrusiveList<ReferenceCoroutine> startedCoroutines = new IntrusiveList<>(
            c -> c.previousStarted, (c, v) -> c.previousStarted = v, c -> c.nextStarted, (c, v) -> c.nextStarted = v);
    private final List<ReferenceEventLoop> loops = new ArrayList<>();

    /** Calls from the host into the module that may run Python code for a while (run, run_forever). */
    private final AtomicInteger hostCalls = new AtomicInteger();
    private volatile boolean shutDown;

    ModuleState(RuntimeOptions options) {
        this(options, Seams.REFERENCE);
    }

    ModuleState(RuntimeOptions options, Seams seams) {
        this.options = options;
        this.version = ReferenceVersions.chosen(options);
        this.host = options.host();
        this.seams = seams;
        this.reprs = new Reprs(options.values());
        this.engine = StrandMechanism.selected().newEngine("asyncio-" + MODULE_IDS.incrementAndGet() + "-",
                new HostThreadStates(host));
        this.clock = options.virtualClock() ? new LoopClock.Virtual() : new LoopClock.Real();
    }

    /** The asyncio version this module behaves as. */
    PythonVersion version() {
        return version;
    }

    /** True when this module behaves as asyncio {@code 3.minor} or later. */
    boolean atLeast(int minor) {
        return version.atLeast(3, minor);
    }

    Reprs reprs() {
        return reprs;
    }

    /** Called once, by the facade that owns this state, before any loop exists. */
    void attachFacade(Asyncio asyncio) {
        if (facade != null) {
            throw new IllegalStateException("the module state already belongs to a facade");
        }
        facade = asyncio;
    }

    Asyncio facade() {
        return facade;
    }

    Seams seams() {
        return seams;
    }

    PrintStream stderr() {
        return options.stderr();
    }

    CoroutineEngine engine() {
        return engine;
    }

    PythonHost host() {
        return host;
    }

    void useLibrary(AsyncioLibrary lib) {
        library = lib;
    }

    AsyncioLibrary library() {
        return library;
    }

    /** {@code context} itself, or for {@code null} a copy of the calling thread's current context. */
    Context contextOrCopy(Context context) {
        return context != null ? context : host.copyContext();
    }

    // ---- calls in progress and shutdown ---------------------------------------------------------------------

    void enterHost() {
        hostCalls.incrementAndGet();
    }

    void exitHost() {
        hostCalls.decrementAndGet();
    }

    /** True while some host thread is inside {@code run}/{@code run_forever}/{@code run_until_complete}. */
    boolean hostCallsInProgress() {
        return hostCalls.get() > 0;
    }

    void markShutDown() {
        shutDown = true;
    }

    /** A closed module runs nothing more. */
    void checkNotShutDown() {
        if (shutDown) {
            throw new LoopInterruptedException("the asyncio module is closed");
        }
    }

    // ---- loops and the policy ----------------------------------------------------------------------------

    /** A new loop of this module (what the default policy's {@code new_event_loop} makes). */
    ReferenceEventLoop makeEventLoop() {
        var loop = new ReferenceEventLoop(this, clock);
        loops.add(loop);
        return loop;
    }

    List<ReferenceEventLoop> loops() {
        return List.copyOf(loops);
    }

    /** {@code get_event_loop_policy()}: the policy set, else a default one made now and kept (events.py). */
    synchronized EventLoopPolicy policy() {
        EventLoopPolicy current = policy;
        if (current == null) {
            current = new ReferencePolicy(this);
            policy = current;
        }
        return current;
    }

    /** {@code set_event_loop_policy(policy)}: {@code null} restores a fresh default policy on next use. */
    synchronized void setPolicy(EventLoopPolicy newPolicy) {
        policy = newPolicy;
    }

    /** {@code new_event_loop()}: {@code get_event_loop_policy().new_event_loop()}. */
    EventLoop newEventLoop() {
        return policy().newEventLoop();
    }

    /**
     * {@code get_event_loop()}: the running loop, else {@code get_event_loop_policy().get_event_loop()} (events.py
     * and {@code _asynciomodule.c} of 3.6-3.15): a program's policy is asked only outside a running loop.
     */
    EventLoop getEventLoop() {
        EventLoop running = runningLoop();
        if (running != null) {
            return running;
        }
        return policy().getEventLoop();
    }

    /** {@code set_event_loop(loop)}: {@code get_event_loop_policy().set_event_loop(loop)}. */
    void setEventLoop(EventLoop loop) {
        policy().setEventLoop(loop);
    }

    /**
     * {@code events._get_running_loop()}: the loop running in the calling Python thread. A loop runs in one
     * thread; another thread (an executor's worker, a thread of the program) sees none.
     */
    EventLoop runningLoop() {
        EventLoop running = runningLoop;
        return running != null && host.currentThreadState() == runningThreadState ? running : null;
    }

    /** The loop running in any thread (the module runs one loop at a time). */
    EventLoop anyRunningLoop() {
        return runningLoop;
    }

    void setRunningLoop(EventLoop loop) {
        runningThreadState = loop == null ? null : host.currentThreadState();
        runningLoop = loop;
    }

    /** {@code sys.get_asyncgen_hooks()} of the calling Python thread. */
    AsyncGenHooks asyncgenHooks() {
        return policyLocals.of(host.currentThreadState()).asyncgenHooks;
    }

    /** {@code sys.set_asyncgen_hooks()}: the calling Python thread's pair. */
    void setAsyncgenHooks(AsyncGenHooks hooks) {
        policyLocals.of(host.currentThreadState()).asyncgenHooks = hooks == null ? AsyncGenHooks.NONE : hooks;
    }

    EventLoop getRunningLoop() {
        EventLoop running = runningLoop();
        if (running == null) {
            throw new RuntimeError("no running event loop");
        }
        return running;
    }

    // ---- coroutines, futures and tasks -------------------------------------------------------------------

    ReferenceCoroutine newCoroutine(String name, CoroutineBody body) {
        return new ReferenceCoroutine(this, name, body);
    }

    /** {@code tasks.ensure_future}. */
    Future ensureFuture(Object obj, EventLoop loop) {
        if (obj instanceof Future future && seams.futureBlocking(obj) != null) {
            if (loop != null && loop != future.getLoop()) {
                throw new ValueError(atLeast(8)
                        ? "The future belongs to a different loop than the one specified as the loop argument"
                        : "loop argument must agree with Future");
            }
            return future;
        }
        boolean shouldClose = true;
        Coroutine coro;
        if (obj instanceof Coroutine c) {
            coro = c;
        } else if (obj instanceof Awaitable awaitable) {
            coro = seams.wrapAwaitable(this, awaitable);
            shouldClose = false;
        } else {
            throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required");
        }
        EventLoop target = loop != null ? loop : getEventLoop();
        try {
            return target.createTask(coro, null);
        } catch (RuntimeError e) {
            if (shouldClose && atLeast(10)) {
                // tasks.py _ensure_future closes the coroutine a closed loop refused from 3.10 on.
                coro.close();
            }
            throw e;
        }
    }

    long nextTaskNumber() {
        return ++taskCounter;
    }

    void taskCreated(ReferenceTask task) {
        pendingTasks.add(task);
        if (!atLeast(9)) {
            everyTask.add(task);
        }
    }

    void taskDone(ReferenceTask task) {
        pendingTasks.remove(task);
    }

    /** {@code all_tasks(loop)}: the registered tasks of {@code loop} not yet done, in creation order. */
    Set<Task> allTasks(EventLoop loop) {
        Set<Task> tasks = new LinkedHashSet<>();
        pendingTasks.forEach(task -> {
            if (task.registered && task.getLoop() == loop && !task.done()) {
                tasks.add((Task) task.self());
            }
        });
        return tasks;
    }

    /** {@code Task.all_tasks(loop)} before 3.9 (3.7-3.8 {@code _all_tasks_compat}): the tasks of {@code loop} not yet collected. */
    Set<Task> allTasksIncludingDone(EventLoop loop) {
        Set<Task> tasks = new LinkedHashSet<>();
        for (ReferenceTask task : List.copyOf(everyTask)) {
            if (task.registered && task.getLoop() == loop) {
                tasks.add((Task) task.self());
            }
        }
        return tasks;
    }

    /** Tasks still pending, in creation order (module close reports them). */
    List<ReferenceTask> pendingTasks() {
        return pendingTasks.toList();
    }

    Task currentTask(EventLoop loop) {
        return currentTasks.get(loop);
    }

    /** {@code _enter_task}. */
    void enterTask(EventLoop loop, Task task) {
        Task current = currentTasks.get(loop);
        if (current != null) {
            throw new RuntimeError("Cannot enter into task " + task + " while another task " + current
                    + " is being executed.");
        }
        currentTasks.put(loop, task);
    }

    /** {@code _swap_current_task}: makes {@code task} (or none, if null) current and returns the one before. */
    Task swapCurrentTask(EventLoop loop, Task task) {
        Task previous = task == null ? currentTasks.remove(loop) : currentTasks.put(loop, task);
        return previous;
    }

    /** {@code _leave_task}. */
    void leaveTask(EventLoop loop, Task task) {
        Task current = currentTasks.get(loop);
        if (current != task) {
            throw new RuntimeError("Leaving task " + task + " does not match the current task " + current + ".");
        }
        currentTasks.remove(loop);
    }

    // ---- what module close accounts for -------------------------------------------------------------------

    /** The next creation number of a future or task (it wraps after 2^32 futures; see {@link #byCreation}). */
    int nextFutureNumber() {
        return futuresCreated++;
    }

    /**
     * Orders futures by creation. Numbers wrap around, so they are compared by their difference, which is right
     * as long as the futures compared were made fewer than 2^31 futures apart.
     */
    static int byCreation(ReferenceFuture a, ReferenceFuture b) {
        return Integer.signum(a.creationNumber - b.creationNumber);
    }

    void exceptionNotRetrieved(ReferenceFuture future) {
        unretrieved.add(future);
    }

    void exceptionRetrieved(ReferenceFuture future) {
        unretrieved.remove(future);
    }

    /** Futures whose exception nobody retrieved, in the order the exceptions were set. */
    List<ReferenceFuture> unretrieved() {
        return List.copyOf(unretrieved);
    }

    void coroutineStarted(ReferenceCoroutine coro) {
        startedCoroutines.add(coro);
    }

    void coroutineEnded(ReferenceCoroutine coro) {
        startedCoroutines.remove(coro);
    }

    /** Coroutines driven by send/throw that have not ended, in the order they started. */
    List<ReferenceCoroutine> startedCoroutines() {
        return startedCoroutines.toList();
    }
}
