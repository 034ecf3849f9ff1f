package dev.asynciotck.reference;

import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.Set;

/**
 * {@code asyncio.run} and {@code asyncio.Runner} (runners.py, 3.13): a new loop set as the current one,
 * the main task, then on the way out the remaining tasks cancelled and gathered, the loop's asynchronous
 * generators closed ({@code shutdown_asyncgens}) and the (empty) executor shutdown, each run as a task, the current loop unset, and the loop closed.
 * The shutdown steps are real tasks on purpose: they consume task numbers and loop iterations exactly as
 * in CPython, so callbacks left in the ready queue still run during them.
 */
final class AsyncioRunner {

    private enum State { CREATED, INITIALIZED, CLOSED }

    private final ReferenceAsyncio asyncio;
    private final ModuleState module;
    private State state = State.CREATED;
    private ReferenceEventLoop loop;
    private boolean setEventLoop;

    private AsyncioRunner(ReferenceAsyncio asyncio, ModuleState module) {
        this.asyncio = asyncio;
        this.module = module;
    }

    /** {@code asyncio.run(main)}. */
    static Object run(ReferenceAsyncio asyncio, ModuleState module, Object main) {
        if (module.runningLoop() != null) {
            throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
        }
        module.enterHost();
        try {
            var runner = new AsyncioRunner(asyncio, module);
            runner.lazyInit(); // with Runner() as runner:
            try {
                return runner.run(main);
            } finally {
                runner.close();
            }
        } finally {
            module.exitHost();
        }
    }

    private Object run(Object coro) {
        if (!(coro instanceof Coroutine)) {
            throw new ValueError("a coroutine was expected, got " + module.reprs().repr(coro));
        }
        if (module.runningLoop() != null) {
            throw new RuntimeError("Runner.run() cannot be called from a running event loop");
        }
        lazyInit();
        Future task = loop.createTask(coro, null);
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
        loop = module.newEventLoop();
        if (!setEventLoop) {
            module.setEventLoop(loop);
            setEventLoop = true;
        }
        state = State.INITIALIZED;
    }

    private void close() {
        if (state != State.INITIALIZED) {
            return;
        }
        try {
            cancelAllTasks();
            module.seams().shutdownAsyncgensAtRunEnd(loop);
            loop.runUntilComplete(module.newCoroutine("BaseEventLoop.shutdown_default_executor", awaiter -> null));
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
}
