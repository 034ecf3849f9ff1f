package dev.asynciotck.reference;

import dev.asynciotck.reference.lib.AsyncioLibrary;
import java.util.function.UnaryOperator;
import dev.asynciotck.reference.strand.StrandMechanism;
import dev.asynciotck.spi.AsCompleted;
import dev.asynciotck.spi.AsyncGenHooks;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Barrier;
import dev.asynciotck.spi.ConcurrentFuture;
import dev.asynciotck.spi.Condition;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.spi.Event;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.EventLoopPolicy;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.ReturnWhen;
import dev.asynciotck.spi.Runner;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.Semaphore;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.TaskConstructor;
import dev.asynciotck.spi.TaskFactory;
import dev.asynciotck.spi.TaskGroup;
import dev.asynciotck.spi.Timeout;
import dev.asynciotck.spi.TimerHandle;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One {@code asyncio} module of CPython 3.13, or of the version its options chose
 * ({@link ReferenceVersions}): the policy, the module functions of events.py, tasks.py and
 * runners.py, and, through {@link AsyncioLibrary}, the combinators, queues and locks.
 */
public final class ReferenceAsyncio implements Asyncio {

    private final ModuleState module;
    private final AsyncioLibrary library;
    private boolean closed;
    /** {@code eager_task_factory = create_eager_task_factory(Task)}: one object, so that identity holds. */
    private final TaskFactory eagerTaskFactory;

    ReferenceAsyncio(RuntimeOptions options) {
        this(options, Seams.REFERENCE);
    }

    /** A module whose behaviour differs from the reference's where {@code seams} says (the fault models). */
    ReferenceAsyncio(RuntimeOptions options, Seams seams) {
        this.module = new ModuleState(options, seams);
        module.attachFacade(this);
        this.library = new AsyncioLibrary(this, options.values());
        module.useLibrary(library);
        this.eagerTaskFactory = new EagerTaskFactory(module);
    }

    @Override
    public PythonVersion version() {
        return module.version();
    }

    @Override
    public boolean hasAttribute(String name) {
        return ModuleAttributes.of(module.version()).contains(name);
    }

    // ---- event loops and the policy -----------------------------------------------------------------------

    @Override
    public EventLoop newEventLoop() {
        return module.newEventLoop();
    }

    @Override
    public EventLoop getEventLoop() {
        return module.getEventLoop();
    }

    @Override
    public void setEventLoop(EventLoop loop) {
        module.setEventLoop(loop);
    }

    @Override
    public EventLoopPolicy getEventLoopPolicy() {
        return module.policy();
    }

    @Override
    public void setEventLoopPolicy(EventLoopPolicy policy) {
        module.setPolicy(policy);
    }

    @Override
    public EventLoopPolicy newDefaultEventLoopPolicy() {
        return new ReferencePolicy(module);
    }

    @Override
    public EventLoop getRunningLoop() {
        return module.getRunningLoop();
    }

    @Override
    public Object run(Object main, Boolean debug, Supplier<EventLoop> loopFactory) {
        return AsyncioRunner.run(this, module, main, debug, loopFactory);
    }

    @Override
    public Runner runner(Boolean debug, Supplier<EventLoop> loopFactory) {
        return new AsyncioRunner(this, module, debug, loopFactory);
    }

    // ---- asynchronous generators ----------------------------------------------------------------------------

    @Override
    public AsyncGenHooks getAsyncgenHooks() {
        return module.asyncgenHooks();
    }

    @Override
    public void setAsyncgenHooks(AsyncGenHooks hooks) {
        module.setAsyncgenHooks(hooks);
    }

    // ---- coroutines and tasks -----------------------------------------------------------------------------

    @Override
    public Coroutine coroutine(String name, CoroutineBody body) {
        return module.newCoroutine(name, body);
    }

    /**
     * {@code async def sleep(delay, result=None)}: a bare yield for {@code delay <= 0}; otherwise a future
     * resolved by a timer with {@code futures._set_result_unless_cancelled}, the timer being cancelled on
     * the way out whatever happens.
     */
    @Override
    public Coroutine sleep(double delay, Object result) {
        return module.newCoroutine("sleep", new SleepBody(module, delay, result));
    }

    /**
     * {@code sleep}'s body, and its timer's callback {@code futures._set_result_unless_cancelled(fut, result)}: one
     * object where a body lambda and a callback record were two (each sleeping task holds it while it sleeps).
     */
    private static final class SleepBody implements CoroutineBody, Runnable {
        private final ModuleState module;
        private final double delay;
        private final Object result;
        /** The future the timer resolves; set once, by the body, before the timer is scheduled. */
        private Future future;

        SleepBody(ModuleState module, double delay, Object result) {
            this.module = module;
            this.delay = delay;
            this.result = result;
        }

        @Override
        public Object run(Awaiter awaiter) {
            if (delay <= 0) {
                awaiter.suspend(null); // tasks.__sleep0: one bare yield
                return result;
            }
            if (Double.isNaN(delay)) {
                throw new ValueError("Invalid delay: NaN (not a number)");
            }
            EventLoop loop = module.getRunningLoop();
            future = loop.createFuture();
            TimerHandle handle = loop.callLater(delay, this);
            try {
                return awaiter.await(future);
            } finally {
                handle.cancel();
            }
        }

        /** The timer's callback: {@code _set_result_unless_cancelled(fut, result)}. */
        @Override
        public void run() {
            if (future.cancelled()) {
                return;
            }
            future.setResult(result);
        }

        @Override
        public String toString() {
            return "_set_result_unless_cancelled()";
        }
    }

    @Override
    public Future newFuture(EventLoop loop) {
        return new ReferenceFuture(module, loop != null ? loop : module.getEventLoop());
    }

    @Override
    public Task newTask(Object coro, EventLoop loop, String name, boolean eagerStart, Context context) {
        return new ReferenceTask(module, loop != null ? loop : module.getEventLoop(), coro, name, eagerStart,
                context);
    }

    @Override
    public Task newTask(Object coro, EventLoop loop, String name, boolean eagerStart, Context context,
                        UnaryOperator<Task> identity) {
        return new ReferenceTask(module, loop != null ? loop : module.getEventLoop(), coro, name, eagerStart,
                context, identity);
    }

    @Override
    public TaskFactory eagerTaskFactory() {
        return eagerTaskFactory;
    }

    @Override
    public TaskFactory createEagerTaskFactory(TaskConstructor constructor) {
        return new CustomEagerTaskFactory(constructor);
    }

    @Override
    public Future ensureFuture(Object obj, EventLoop loop) {
        return module.ensureFuture(obj, loop);
    }

    @Override
    public Future createTask(Object coro, String name, Context context) {
        return module.getRunningLoop().createTask(coro, name, context);
    }

    @Override
    public Future createTask(Object coro, String name, Context context, Boolean eagerStart) {
        return module.getRunningLoop().createTask(coro, name, context, eagerStart);
    }

    @Override
    public Task currentTask(EventLoop loop) {
        return module.currentTask(loop != null ? loop : module.getRunningLoop());
    }

    @Override
    public Set<Task> allTasks(EventLoop loop) {
        return module.allTasks(loop != null ? loop : module.getRunningLoop());
    }

    /** tasks.py before 3.9: {@code Task.all_tasks(loop)}, {@code get_event_loop()}'s tasks when no loop is given. */
    @Override
    public Set<Task> allTasksIncludingDone(EventLoop loop) {
        if (module.atLeast(9)) {
            throw new UnsupportedOperationException("Task.all_tasks() was removed in Python 3.9");
        }
        return module.allTasksIncludingDone(loop != null ? loop : module.getEventLoop());
    }

    // ---- the library: combinators, timeouts, task groups, queues, locks --------------------------------------

    @Override
    public Future gather(List<?> awaitables, boolean returnExceptions) {
        return library.gather(awaitables, returnExceptions);
    }

    @Override
    public Future shield(Object awaitable) {
        return library.shield(awaitable);
    }

    @Override
    public Coroutine waitFor(Object awaitable, Double timeout) {
        return library.waitFor(awaitable, timeout);
    }

    @Override
    public Coroutine wait(Collection<?> awaitables, Double timeout, ReturnWhen returnWhen) {
        return library.wait(awaitables, timeout, returnWhen);
    }

    @Override
    public AsCompleted asCompleted(Collection<?> awaitables, Double timeout) {
        return library.asCompleted(awaitables, timeout);
    }

    @Override
    public Timeout timeout(Double delay) {
        return library.timeout(delay);
    }

    @Override
    public Timeout timeoutAt(Double when) {
        return library.timeoutAt(when);
    }

    /** futures.py 3.14: only asyncio's own futures and tasks keep the links; anything else is ignored. */
    @Override
    public void futureAddToAwaitedBy(Object fut, Object waiter) {
        if (ReferenceFuture.linksOf(fut) instanceof ReferenceFuture future && waiter instanceof Future awaiting) {
            future.addAwaitedBy(awaiting);
        }
    }

    @Override
    public void futureDiscardFromAwaitedBy(Object fut, Object waiter) {
        if (ReferenceFuture.linksOf(fut) instanceof ReferenceFuture future && waiter instanceof Future awaiting) {
            future.discardAwaitedBy(awaiting);
        }
    }

    @Override
    public TaskGroup taskGroup() {
        return library.taskGroup();
    }

    @Override
    public Queue queue(Object maxsize) {
        return library.queue(maxsize);
    }

    @Override
    public Queue lifoQueue(Object maxsize) {
        return library.lifoQueue(maxsize);
    }

    @Override
    public Queue priorityQueue(Object maxsize) {
        return library.priorityQueue(maxsize);
    }

    @Override
    public Event event() {
        return library.event();
    }

    @Override
    public Lock lock() {
        return library.lock();
    }

    @Override
    public Semaphore semaphore(int value) {
        return library.semaphore(value);
    }

    @Override
    public Semaphore boundedSemaphore(int value) {
        return library.boundedSemaphore(value);
    }

    @Override
    public Condition condition(Lock lock) {
        return library.condition(lock);
    }

    @Override
    public Barrier barrier(int parties) {
        return library.barrier(parties);
    }

    // ---- threads ------------------------------------------------------------------------------------------

    @Override
    public ConcurrentFuture runCoroutineThreadsafe(Object coro, EventLoop loop) {
        return ConcurrentChains.runCoroutineThreadsafe(module, coro, loop);
    }

    @Override
    public Future wrapFuture(Object future, EventLoop loop) {
        return ConcurrentChains.wrapFuture(module, future, loop);
    }

    /**
     * {@code async def to_thread(func, *args, **kwargs)}: the function runs in the default executor inside a
     * copy of the context current when the coroutine runs ({@code functools.partial(ctx.run, func, ...)}).
     */
    @Override
    public Coroutine toThread(Supplier<?> function) {
        return module.newCoroutine("to_thread", awaiter -> {
            EventLoop loop = module.getRunningLoop();
            Context context = module.host().copyContext();
            return awaiter.await(loop.runInExecutor(null, () -> context.run(function)));
        });
    }

    // ---- lifetime -----------------------------------------------------------------------------------------

    /**
     * Ends the module as the end of a Python process would (see {@link ModuleShutdown}). Afterwards no
     * thread of the module is alive. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        new ModuleShutdown(module).run();
    }

    /** Threads this module started that are still alive (0 after {@link #close()}). */
    public int liveThreads() {
        return module.engine().aliveThreads();
    }

    /** How this module suspends coroutine bodies (see {@link StrandMechanism#selected()}). */
    public StrandMechanism strandMechanism() {
        return module.engine().mechanism();
    }

    /** Coroutine bodies started and not yet ended. */
    public int liveCoroutineBodies() {
        return module.engine().liveStrands();
    }
}
