package dev.asynciotck.spi;

import dev.asynciotck.spi.exceptions.AttributeError;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One instance of the {@code asyncio} module, as one Python process sees it: its event loop policy (the
 * current and the running loop), its module-level functions and its primitives. Methods are named after
 * the Python functions they implement, in Java's camel case ({@code ensure_future} → {@link #ensureFuture}).
 *
 * <p>Functions that Python writes as {@code async def} return a {@link Coroutine}: nothing happens until
 * it is awaited or wrapped in a task. Functions that take "a loop or None" accept {@code null} for None.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-api-index.html">asyncio API index</a>
 */
public interface Asyncio extends AutoCloseable {

    /** The asyncio version whose semantics this module follows: the one it was opened at, else its provider's. */
    PythonVersion version();

    /**
     * Whether {@code asyncio.<name>} exists in this version, for example {@code create_task} only from 3.7.
     * A program that uses a missing name gets Python's {@code AttributeError}.
     */
    boolean hasAttribute(String name);

    /**
     * Whether CancelledError is a subclass of {@code Exception} ({@code except Exception} catches it):
     * true before 3.8, false from 3.8, where it derives from {@code BaseException} only.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-exceptions.html#asyncio.CancelledError">asyncio.CancelledError</a>
     */
    default boolean cancelledErrorIsException() {
        return !version().atLeast(3, 8);
    }

    // ---- event loops and the policy -------------------------------------------------------------------

    /**
     * {@code new_event_loop()}: a new loop, not set as current: {@link EventLoopPolicy#newEventLoop()} of the
     * current policy ({@link #getEventLoopPolicy()}).
     */
    EventLoop newEventLoop();

    /**
     * {@code get_event_loop()}: the running loop if there is one, without asking the policy; else
     * {@link EventLoopPolicy#getEventLoop()} of the current policy ({@link #getEventLoopPolicy()}), whatever it
     * returns or raises. The default policy returns its current loop, creating and setting one if none was set
     * (the behaviour of the main thread before 3.14). A program's policy is called only outside a running loop.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.get_event_loop">asyncio.get_event_loop</a>
     *      ("If there is no running event loop set, the function will return the result of the
     *      {@code get_event_loop_policy().get_event_loop()} call"), and events.py / {@code _asynciomodule.c}
     *      {@code get_event_loop} of 3.6-3.15
     */
    EventLoop getEventLoop();

    /**
     * {@code set_event_loop(loop)}; {@code null} unsets it: {@link EventLoopPolicy#setEventLoop} of the current
     * policy ({@link #getEventLoopPolicy()}).
     */
    void setEventLoop(EventLoop loop);

    /**
     * {@code get_event_loop_policy()}: the current policy, the one {@link #setEventLoopPolicy} set, else the
     * provider's default policy (made on first use and kept until another is set, as events.py's
     * {@code _init_event_loop_policy} does). {@link #getEventLoop()}, {@link #setEventLoop} and
     * {@link #newEventLoop()} go through it. The default, for a provider without policies, throws
     * {@link UnsupportedOperationException}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-policy.html#asyncio.get_event_loop_policy">asyncio.get_event_loop_policy</a>
     */
    default EventLoopPolicy getEventLoopPolicy() {
        throw new UnsupportedOperationException("this provider has no event loop policy objects");
    }

    /**
     * {@code set_event_loop_policy(policy)}: makes {@code policy} the current policy; {@code null} restores a new
     * default policy, made on next use (so a loop set through the old default policy is no longer current). The
     * policy may be the program's object (a subclass of {@code DefaultEventLoopPolicy} or
     * {@code AbstractEventLoopPolicy}): the provider then calls its methods for {@link #getEventLoop()} (only outside
     * a running loop), {@link #setEventLoop}, {@link #newEventLoop()} and the loop {@link #run} makes and sets. The
     * caller has checked that it is a policy. The default, for a provider without policies, throws
     * {@link UnsupportedOperationException}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-policy.html#asyncio.set_event_loop_policy">asyncio.set_event_loop_policy</a>
     */
    default void setEventLoopPolicy(EventLoopPolicy policy) {
        throw new UnsupportedOperationException("this provider has no event loop policy objects");
    }

    /**
     * {@code DefaultEventLoopPolicy()}: a new default policy with current loops of its own (none set yet); also the
     * other half of an instance of a program's subclass of it, whose {@code super()} calls reach it. The default,
     * for a provider without policies, throws {@link UnsupportedOperationException}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-policy.html#asyncio.DefaultEventLoopPolicy">asyncio.DefaultEventLoopPolicy</a>
     */
    default EventLoopPolicy newDefaultEventLoopPolicy() {
        throw new UnsupportedOperationException("this provider has no event loop policy objects");
    }

    /**
     * {@code get_running_loop()} (3.7+): the loop running the current callback or task;
     * {@code RuntimeError('no running event loop')} outside one.
     */
    EventLoop getRunningLoop();

    /**
     * {@code asyncio.run(main, debug=debug, loop_factory=loopFactory)} (3.7+): runs {@code main} on a new loop
     * (in a copy of the current context), then cancels the tasks still pending and waits for them, closes the
     * asynchronous generators still open on the loop ({@link EventLoop#shutdownAsyncgens()}, run to completion
     * on it), shuts down (3.9+) the default executor, and closes the loop: a {@link Runner} used once. Without a
     * {@code loopFactory} the loop comes from {@link #newEventLoop()} and is set with {@link #setEventLoop} before
     * {@code main} runs, and unset with {@code setEventLoop(null)} before it is closed: both through the current
     * policy (runners.py of 3.7-3.15). {@code RuntimeError} when called from a running loop, {@code ValueError} if {@code main} is not a
     * coroutine.
     *
     * @param debug       the loop's debug mode, or {@code null} to leave it as it is
     * @param loopFactory {@code loop_factory} (3.12+): makes the loop instead of {@link #newEventLoop()}, which
     *                    is then not set as the current loop; {@code null} for none
     * @see <a href="https://docs.python.org/3/library/asyncio-runner.html#asyncio.run">asyncio.run</a>
     */
    Object run(Object main, Boolean debug, Supplier<EventLoop> loopFactory);

    /** {@code asyncio.run(main)}. */
    default Object run(Object main) {
        return run(main, null, null);
    }

    /**
     * {@code asyncio.Runner(debug=debug, loop_factory=loopFactory)} (3.11+): a runner not yet initialised.
     *
     * @param debug       the loop's debug mode, or {@code null} to leave it as it is
     * @param loopFactory makes the runner's loop instead of {@link #newEventLoop()} (which the runner also sets
     *                    as the current loop); {@code null} for none
     * @see <a href="https://docs.python.org/3/library/asyncio-runner.html#asyncio.Runner">asyncio.Runner</a>
     */
    Runner runner(Boolean debug, Supplier<EventLoop> loopFactory);

    // ---- asynchronous generators ----------------------------------------------------------------------

    /**
     * {@code sys.get_asyncgen_hooks()} as this module's Python thread sees it: {@link AsyncGenHooks#NONE} until
     * something sets hooks; while one of the module's loops runs, that loop's hooks (see {@link AsyncGenHooks}).
     * The language runtime calls this on an asynchronous generator's first iteration and calls the
     * {@code firstiter} hook it finds.
     *
     * @see <a href="https://docs.python.org/3/library/sys.html#sys.get_asyncgen_hooks">sys.get_asyncgen_hooks</a>
     */
    AsyncGenHooks getAsyncgenHooks();

    /**
     * {@code sys.set_asyncgen_hooks(firstiter, finalizer)}: replaces both hooks of this module's Python thread.
     * A running loop's {@code run_forever} installs its own and, when it returns, restores the pair that was set
     * before it started.
     *
     * @see <a href="https://docs.python.org/3/library/sys.html#sys.set_asyncgen_hooks">sys.set_asyncgen_hooks</a>
     */
    void setAsyncgenHooks(AsyncGenHooks hooks);

    // ---- coroutines and tasks -------------------------------------------------------------------------

    /**
     * A coroutine object whose code is {@code body}, what calling an {@code async def} function returns.
     *
     * @param name the function's qualified name
     */
    Coroutine coroutine(String name, CoroutineBody body);

    /**
     * {@code sleep(delay, result)}: a coroutine that suspends for {@code delay} seconds and returns
     * {@code result}. {@code sleep(0)} suspends for exactly one loop iteration by yielding {@code None}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.sleep">asyncio.sleep</a>
     */
    Coroutine sleep(double delay, Object result);

    /** {@code asyncio.Future(loop=loop)}: a pending future on {@code loop}, or on {@link #getEventLoop()}. */
    Future newFuture(EventLoop loop);

    /**
     * {@code asyncio.Task(coro, loop=loop, name=name, eager_start=eagerStart, context=context)}: a task whose
     * every step runs in {@code context} (3.11+), or in a copy of the context current now.
     *
     * <p>{@code eager_start} (3.12+): with {@code eagerStart} and a running {@code loop}, the task's first step
     * runs synchronously inside this call, in the task's context, with the task as the loop's current task
     * (the caller's task is current again afterwards); a coroutine that finishes without suspending leaves the
     * task done when this returns, never scheduled and never among {@link #allTasks}. Otherwise the first step
     * is scheduled with {@code call_soon}. Providers without {@link Capabilities#EAGER_TASK_FACTORY} refuse
     * {@code eagerStart} with Python's {@code TypeError("Task.__init__() got an unexpected keyword argument
     * 'eager_start'")}.
     *
     * @param loop    the task's loop; {@code null} means {@link #getEventLoop()}
     * @param context the context, or {@code null} for a copy of the current one
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.Task">asyncio.Task</a>
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#eager-task-factory">Eager Task Factory</a>
     */
    Task newTask(Object coro, EventLoop loop, String name, boolean eagerStart, Context context);

    /**
     * {@code Task.__init__(self, coro, ...)} of an instance of a program's subclass of {@code asyncio.Task}:
     * {@link #newTask(Object, EventLoop, String, boolean, Context)}, where the provider calls {@code identity} once
     * with its new task before the task's first step can run and binds what it returns ({@link Future#bindSelf}):
     * an eager first step (3.12+), which runs inside this call, then already sees the program's instance as the
     * current task, and the instance already knows its task. The default calls it right after construction, which
     * suits a provider whose tasks never start eagerly.
     *
     * @param identity given the provider's task, returns the program's instance that stands for it
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.create_eager_task_factory">asyncio.create_eager_task_factory</a>
     *      (its {@code custom_task_constructor}, e.g. a Task subclass)
     */
    default Task newTask(Object coro, EventLoop loop, String name, boolean eagerStart, Context context,
                         java.util.function.UnaryOperator<Task> identity) {
        Task task = newTask(coro, loop, name, eagerStart, context);
        task.bindSelf(identity.apply(task));
        return task;
    }

    /** {@code asyncio.Task(coro, loop=loop, name=name)}; {@code loop} null means {@link #getEventLoop()}. */
    default Task newTask(Object coro, EventLoop loop, String name) {
        return newTask(coro, loop, name, false, null);
    }

    /** {@code asyncio.Task(coro, loop=loop, name=name, eager_start=eagerStart)} (3.12+). */
    default Task newTask(Object coro, EventLoop loop, String name, boolean eagerStart) {
        return newTask(coro, loop, name, eagerStart, null);
    }

    /**
     * {@code asyncio.eager_task_factory} (3.12+): the task factory that makes every task with
     * {@code eager_start=True} (see {@link #newTask(Object, EventLoop, String, boolean)}), for
     * {@link EventLoop#setTaskFactory}. The same object on every call, so that {@code get_task_factory()}
     * returns it. Providers without {@link Capabilities#EAGER_TASK_FACTORY} keep the default, which raises
     * Python's AttributeError.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.eager_task_factory">asyncio.eager_task_factory</a>
     */
    default TaskFactory eagerTaskFactory() {
        throw new AttributeError("module 'asyncio' has no attribute 'eager_task_factory'");
    }

    /**
     * {@code asyncio.create_eager_task_factory(custom_task_constructor)} (3.12+): a task factory
     * {@code factory(loop, coro, *, name=None, context=None)} that returns
     * {@code custom_task_constructor(coro, loop=loop, name=name, context=context, eager_start=True)}. Whether the
     * task starts eagerly is the constructor's doing: {@code asyncio.Task} with {@code eager_start=True} runs the
     * first step at once (see {@link #newTask(Object, EventLoop, String, boolean)}).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.create_eager_task_factory">asyncio.create_eager_task_factory</a>
     */
    default TaskFactory createEagerTaskFactory(TaskConstructor constructor) {
        throw new AttributeError("module 'asyncio' has no attribute 'create_eager_task_factory'");
    }

    /**
     * {@code ensure_future(obj, loop=loop)}: a {@link Future} is returned unchanged; a {@link Coroutine}
     * becomes a task; another {@link Awaitable} (an object with {@code __await__}) is wrapped, not rejected: it
     * becomes a task whose coroutine awaits it ({@code _wrap_awaitable}), so the task runs its {@code __await__}
     * protocol, handling what it yields as {@link Awaiter#suspend} describes, and its result is the awaitable's
     * value; anything else raises {@code TypeError('An asyncio.Future, a coroutine or an awaitable is required')}.
     * {@link #gather}, {@link #shield}, {@link #waitFor}, {@link #wait}, {@link #asCompleted} and
     * {@link EventLoop#runUntilComplete} take their awaitables through this function.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-future.html#asyncio.ensure_future">asyncio.ensure_future</a>
     */
    Future ensureFuture(Object obj, EventLoop loop);

    /**
     * {@code isfuture(obj)}: true for an asyncio {@link Future} or {@link Task} and for a Future-like object, one
     * whose class has {@code _asyncio_future_blocking} with a value other than {@code None} (a program's object
     * reaches the provider as a {@link Future} whose {@link Future#asyncioFutureBlocking} reads that attribute).
     * Such objects are what {@link #ensureFuture} returns unchanged and what a task waits on when it yields one.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-future.html#asyncio.isfuture">asyncio.isfuture</a>
     */
    default boolean isFuture(Object obj) {
        return obj instanceof Future future && future.asyncioFutureBlocking() != null;
    }

    /**
     * {@code create_task(coro, name=name, context=context)} (3.7+; {@code context} 3.11+) on the running loop,
     * as {@link EventLoop#createTask(Object, String, Context)}; {@code RuntimeError('no running event loop')}
     * without one.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task">asyncio.create_task</a>
     */
    Future createTask(Object coro, String name, Context context);

    /** {@code create_task(coro, name=name)}: the task runs in a copy of the current context. */
    default Future createTask(Object coro, String name) {
        return createTask(coro, name, null);
    }

    /**
     * {@code create_task(coro, name=name, context=context, eager_start=eagerStart)} (3.14+) on the running loop,
     * as {@link EventLoop#createTask(Object, String, Context, Boolean)} (tasks.py of 3.14: {@code
     * loop.create_task(coro, **kwargs)}; {@code null}: the keyword not given).
     */
    default Future createTask(Object coro, String name, Context context, Boolean eagerStart) {
        return eagerStart != null ? getRunningLoop().createTask(coro, name, context, eagerStart)
                : createTask(coro, name, context);
    }

    /**
     * {@code current_task(loop)}: the task running on {@code loop} (the running loop if {@code null}), or
     * {@code null} when a plain callback runs.
     */
    Task currentTask(EventLoop loop);

    /** {@code all_tasks(loop)}: the tasks of {@code loop} (the running loop if {@code null}) not yet done. */
    Set<Task> allTasks(EventLoop loop);

    /**
     * The class method {@code asyncio.Task.all_tasks(loop)} (before 3.9): every task of {@code loop} (of
     * {@link #getEventLoop()} if {@code null}) still alive, done ones included. CPython keeps every task in the
     * {@code WeakSet} {@code tasks._all_tasks} (3.6: {@code Task._all_tasks}, filled by {@code Task.__init__};
     * 3.7-3.8: {@code _register_task}, read by {@code tasks._all_tasks_compat}), so a done task stays in the
     * answer until it is collected. When that is differs between runtimes (CPython frees a task the moment its
     * last reference goes; a JVM when its collector runs): which done tasks no longer referenced by the program
     * still count is a detail. The default throws {@link UnsupportedOperationException}, for a provider that
     * keeps no registry of done tasks.
     *
     * @see <a href="https://docs.python.org/3.8/library/asyncio-task.html#asyncio.Task.all_tasks">Task.all_tasks</a>
     */
    default Set<Task> allTasksIncludingDone(EventLoop loop) {
        throw new UnsupportedOperationException("this provider keeps no registry of done tasks (Task.all_tasks)");
    }

    // ---- combinators ----------------------------------------------------------------------------------

    /**
     * {@code gather(*aws, return_exceptions=…)}: a future whose result is the list of results in argument
     * order. Without {@code returnExceptions} the first exception propagates (the others keep running);
     * cancelling the gather future cancels every child not yet done.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.gather">asyncio.gather</a>
     */
    Future gather(List<?> awaitables, boolean returnExceptions);

    /**
     * {@code shield(aw)}: a future that follows {@code aw} but whose cancellation does not cancel it.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.shield">asyncio.shield</a>
     */
    Future shield(Object awaitable);

    /**
     * {@code wait_for(aw, timeout)}: waits for {@code aw}; at the timeout cancels it, waits for it to end,
     * and raises TimeoutError. {@code timeout} null waits forever.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for">asyncio.wait_for</a>
     */
    Coroutine waitFor(Object awaitable, Double timeout);

    /**
     * {@code wait(aws, timeout=…, return_when=…)}: a coroutine whose value is a {@link WaitResult}. Bare
     * coroutines are refused with {@code TypeError} from 3.11.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.wait">asyncio.wait</a>
     */
    Coroutine wait(Collection<?> awaitables, Double timeout, ReturnWhen returnWhen);

    /**
     * {@code as_completed(aws, timeout=…)}: awaitables that yield the results in completion order, and from 3.13
     * an asynchronous iterator over the completed inputs themselves (see {@link AsCompleted}).
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.as_completed">asyncio.as_completed</a>
     */
    AsCompleted asCompleted(Collection<?> awaitables, Double timeout);

    /**
     * {@code timeout(delay)} (3.11+): {@code delay} seconds from entry, or none if {@code null}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout">asyncio.timeout</a>
     */
    Timeout timeout(Double delay);

    /** {@code timeout_at(when)} (3.11+): a deadline on the loop's clock, or none if {@code null}. */
    Timeout timeoutAt(Double when);

    /** {@code TaskGroup()} (3.11+). */
    TaskGroup taskGroup();

    // ---- queues and synchronisation primitives --------------------------------------------------------

    /**
     * {@code Queue(maxsize)}: first in, first out. {@code maxsize} is the program's value as given (a {@code Long}
     * for {@code Queue(3)}, a {@code Double} for {@code Queue(1.3)}, ...): the queue keeps it, shows it and compares
     * it as {@link Queue} says, and rejects none.
     */
    Queue queue(Object maxsize);

    /** {@code LifoQueue(maxsize)}: last in, first out; {@code maxsize} as for {@link #queue}. */
    Queue lifoQueue(Object maxsize);

    /**
     * {@code PriorityQueue(maxsize)}: lowest first, ordered by {@link PythonValues#lessThan}, as heapq does;
     * {@code maxsize} as for {@link #queue}.
     */
    Queue priorityQueue(Object maxsize);

    /** {@code Event()}. */
    Event event();

    /** {@code Lock()}. */
    Lock lock();

    /** {@code Semaphore(value)}; {@code ValueError} if negative. */
    Semaphore semaphore(int value);

    /** {@code BoundedSemaphore(value)}. */
    Semaphore boundedSemaphore(int value);

    /** {@code Condition(lock)}; {@code null} makes a new lock. */
    Condition condition(Lock lock);

    /** {@code Barrier(parties)} (3.11+). */
    Barrier barrier(int parties);

    // ---- threads ({@link Capabilities#THREADS}) -----------------------------------------------------------

    /**
     * {@code run_coroutine_threadsafe(coro, loop)}, called from any thread: asks {@code loop} (through
     * {@link EventLoop#callSoonThreadsafe}) to run {@code coro} as a task, and returns a concurrent future
     * ({@link PythonHost#newConcurrentFuture()}) chained to it: it gets the task's result or exception, is
     * cancelled if the task ends cancelled, and cancelling it cancels the task. If making the task fails (a task
     * factory raises), the concurrent future gets that exception and the loop reports it to its exception
     * handler. {@code TypeError} at once if {@code coro} is not a coroutine. Providers without
     * {@link Capabilities#THREADS} keep the default, which throws {@link UnsupportedOperationException}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.run_coroutine_threadsafe">asyncio.run_coroutine_threadsafe</a>
     */
    default ConcurrentFuture runCoroutineThreadsafe(Object coro, EventLoop loop) {
        throw new UnsupportedOperationException("run_coroutine_threadsafe needs the threads capability");
    }

    /**
     * {@code wrap_future(future, loop=loop)}: an asyncio {@link Future} is returned unchanged; a
     * {@link ConcurrentFuture} gets a new future of {@code loop} ({@link #getEventLoop()} if {@code null})
     * that follows it: it gets the concurrent future's result, exception or cancellation (delivered through
     * {@link EventLoop#callSoonThreadsafe}), and cancelling it cancels the concurrent future. Providers without
     * {@link Capabilities#THREADS} keep the default, which throws {@link UnsupportedOperationException}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-future.html#asyncio.wrap_future">asyncio.wrap_future</a>
     */
    default Future wrapFuture(Object future, EventLoop loop) {
        throw new UnsupportedOperationException("wrap_future needs the threads capability");
    }

    /**
     * {@code to_thread(func, *args, **kwargs)} (3.9+): a coroutine that runs {@code function} in the running
     * loop's default executor ({@link EventLoop#runInExecutor}), inside a copy of the context current when the
     * coroutine runs, and returns its result. Providers without {@link Capabilities#THREADS} keep the default,
     * which throws {@link UnsupportedOperationException}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.to_thread">asyncio.to_thread</a>
     */
    default Coroutine toThread(Supplier<?> function) {
        throw new UnsupportedOperationException("to_thread needs the threads capability");
    }

    // ---- call-graph introspection (3.14+) ----------------------------------------------------------------

    /**
     * {@code asyncio.future_add_to_awaited_by(fut, waiter)} (3.14+): records that {@code waiter} awaits {@code fut}
     * ({@link Future#awaitedBy}). Does nothing unless both are asyncio futures or tasks of this provider (CPython
     * supports only its own Future and Task and their subclasses). The default throws
     * {@link UnsupportedOperationException}, for a provider that keeps no awaited-by links.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-graph.html">Call Graph Introspection</a>, and
     *      CPython 3.14's {@code asyncio/futures.py} {@code future_add_to_awaited_by}
     */
    default void futureAddToAwaitedBy(Object fut, Object waiter) {
        throw new UnsupportedOperationException("this provider keeps no awaited-by links (future_add_to_awaited_by)");
    }

    /**
     * {@code asyncio.future_discard_from_awaited_by(fut, waiter)} (3.14+): drops the record that {@code waiter}
     * awaits {@code fut}, if there is one; the same conditions and default as {@link #futureAddToAwaitedBy}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-graph.html">Call Graph Introspection</a>, and
     *      CPython 3.14's {@code asyncio/futures.py} {@code future_discard_from_awaited_by}
     */
    default void futureDiscardFromAwaitedBy(Object fut, Object waiter) {
        throw new UnsupportedOperationException(
                "this provider keeps no awaited-by links (future_discard_from_awaited_by)");
    }

    // ---- lifetime -------------------------------------------------------------------------------------

    /**
     * Ends this module as a Python process ends: closes its loops, closes every coroutine still suspended
     * (as garbage collection would, throwing GeneratorExit), and releases every thread it started. After
     * it returns, no thread of this module's is alive.
     */
    @Override
    void close();
}
