package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Runner;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code asyncio.Runner} and {@code asyncio.run} (runners.py, 3.13): a new loop set as the current one (or one
 * from the loop factory, which is not set), with the debug flag if given, and a copy of the current context
 * taken once, in which every {@code run} without a context runs its task. On the way out the remaining tasks
 * are cancelled and gathered, the loop's asynchronous generators closed ({@code shutdown_asyncgens}) and the
 * default executor's shutdown each run as a task, the current loop is unset, and the loop closed. The shutdown
 * steps are real tasks on purpose: they consume task numbers and loop iterations exactly as in CPython, so
 * callbacks left in the ready queue still run during them.
 */
final class AsyncioRunner implements Runner {

    /** {@code constants.THREAD_JOIN_TIMEOUT}: how long close() lets the default executor join its threads. */
    private static final double THREAD_JOIN_TIMEOUT = 300;

    private enum State { CREATED, INITIALIZED, CLOSED }

    private final ReferenceAsyncio asyncio;
    private final ModuleState module;
    private final Boolean debug;
    private final Supplier<EventLoop> loopFactory;
    private State state = State.CREATED;
    private EventLoop loop;
    private Context context;
    private boolean setEventLoop;

    AsyncioRunner(ReferenceAsyncio asyncio, ModuleState module, Boolean debug, Supplier<EventLoop> loopFactory) {
        this.asyncio = asyncio;
        this.module = module;
        this.debug = debug;
        this.loopFactory = loopFactory;
    }

    /** {@code asyncio.run(main, debug=debug, loop_factory=loopFactory)}. */
    static Object run(ReferenceAsyncio asyncio, ModuleState module, Object main, Boolean debug,
                      Supplier<EventLoop> loopFactory) {
        if (module.anyRunningLoop() != null) {
            throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
        }
        module.enterHost();
        try {
            var runner = new AsyncioRunner(asyncio, module, debug, loopFactory);
            runner.enter(); // with Runner(...) as runner:
            try {
                return runner.run(main, null);
            } finally {
                runner.close();
            }
        } finally {
            module.exitHost();
        }
    }

    @Override
    public Runner enter() {
        lazyInit();
        return this;
    }

    @Override
    public EventLoop getLoop() {
        lazyInit();
        return loop;
    }

    @Override
    public Object run(Object main, Context runContext) {
        Coroutine coro;
        if (module.atLeast(14)) {
            // runners.py 3.14: the running loop first, then any awaitable is wrapped in a coroutine.
            if (module.anyRunningLoop() != null) {
                throw new RuntimeError("Runner.run() cannot be called from a running event loop");
            }
            coro = switch (main) {
                case Coroutine c -> c;
                case Awaitable awaitable -> module.newCoroutine("Runner.run.<locals>._wrap_awaitable",
                        awaiter -> awaiter.await(awaitable));
                default -> throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required");
            };
        } else {
            // runners.py 3.11-3.13: a coroutine only, checked first.
            if (!(main instanceof Coroutine c)) {
                throw new ValueError("a coroutine was expected, got " + module.reprs().repr(main));
            }
            coro = c;
            if (module.anyRunningLoop() != null) {
                throw new RuntimeError("Runner.run() cannot be called from a running event loop");
            }
        }
        lazyInit();
        Future task = loop.createTask(coro, null, runContext != null ? runContext : context);
        // Without SIGINT handling the interrupt count stays 0: a CancelledError is simply re-raised.
        return loop.runUntilComplete(task);
    }

    private void lazyInit() {
        if (state == State.CLOSED) {
            throw new RuntimeError("Runner is closed");
        }
        if (state == State.INITIALIZED) {
            return;
        }
        if (loopFactory == null) {
            loop = module.newEventLoop();
            if (!setEventLoop) {
                // Only once, as CPython does (it would attach child watchers again).
                module.setEventLoop(loop);
                setEventLoop = true;
            }
        } else {
            loop = loopFactory.get();
        }
        if (debug != null) {
            loop.setDebug(debug);
        }
        context = module.host().copyContext();
        state = State.INITIALIZED;
    }

    @Override
    public void close() {
        if (state != State.INITIALIZED) {
            return;
        }
        try {
            cancelAllTasks();
            module.seams().shutdownAsyncgensAtRunEnd(loop);
            // runners.py awaits the default executor's shutdown from 3.9; 3.7 and 3.8 leave it to loop.close().
            if (module.atLeast(9) && module.seams().runnerAwaitsDefaultExecutor()) {
                loop.runUntilComplete(loop.shutdownDefaultExecutor(THREAD_JOIN_TIMEOUT));
            }
        } finally {
            if (setEventLoop) {
                module.setEventLoop(null);
            }
            loop.close();
            loop = null;
            state = State.CLOSED;
        }
    }

    /** {@code runners._cancel_all_tasks}. */
    private void cancelAllTasks() {
        Set<Task> toCancel = module.allTasks(loop);
        if (toCancel.isEmpty()) {
            return;
        }
        for (Task task : toCancel) {
            task.cancel(null);
        }
        loop.runUntilComplete(asyncio.gather(new ArrayList<>(toCancel), true));
        for (Task task : toCancel) {
            if (task.cancelled()) {
                continue;
            }
            Throwable exception = task.exception();
            if (exception != null) {
                var context = new Reprs.ContextDict();
                context.put("message", "unhandled exception during asyncio.run() shutdown");
                context.put("exception", exception);
                context.put("task", task);
                loop.callExceptionHandler(context);
            }
        }
    }

    @Override
    public String toString() {
        return "<Runner " + state.name().toLowerCase() + ">";
    }
}
