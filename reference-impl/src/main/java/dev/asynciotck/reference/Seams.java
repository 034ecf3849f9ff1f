package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.AsyncGenHooks;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The few points where a variant of this implementation replaces one piece of behaviour. The provider only
 * ever uses {@link #REFERENCE}, whose every method is exactly the code that stands at its call site; the fault
 * models (module {@code fault-models}, test sources only, never a provider on the main class path) override
 * one method each to prove that the suite catches that single deviation.
 *
 * <p>Each method is called where the behaviour happens; with only {@link #REFERENCE} loaded the JIT inlines it.
 */
interface Seams {

    /** CPython's behaviour: every method as written below. */
    Seams REFERENCE = new Seams() {
    };

    /** {@code call_soon}: the handle joins the end of the ready queue (first in, first out). */
    default void enqueueReady(ArrayDeque<CallbackHandle> ready, CallbackHandle handle) {
        ready.addLast(handle);
    }

    /**
     * {@code _run_once}: whether a {@code stop()} made by a callback ends the batch of ready callbacks at once.
     * It does not: {@code stop()} takes effect when the current iteration ends.
     */
    default boolean stopEndsBatch() {
        return false;
    }

    /** The loop's timer heap, whose order among equal deadlines is {@code heapq}'s. */
    default TimerHeap newTimerHeap() {
        return new TimerHeap();
    }

    /**
     * {@code Task.__init__}: the first step goes to {@code call_soon}, in the task's context; the task starts at
     * the next iteration.
     */
    default void scheduleFirstStep(EventLoop loop, ReferenceTask.Step firstStep) {
        loop.callSoon(firstStep, firstStep.task().getContext());
    }

    /**
     * {@code Task.__step}: whether a cancellation requested while no future was awaited is thrown into the
     * coroutine at this step. It always is, also at the first step, so a task cancelled before it started never
     * runs its body.
     */
    default boolean deliversRequestedCancel(ReferenceTask task) {
        return true;
    }

    /**
     * {@code Task.__step}, the coroutine returned: whether the task ends cancelled instead of with the value.
     * Only when a cancel request arrived that the coroutine never received ({@code _must_cancel}).
     */
    default boolean endsCancelledOnReturn(ReferenceTask task, boolean mustCancel) {
        return mustCancel;
    }

    /**
     * {@code Task.__step}, the coroutine raised CancelledError: whether the task keeps that exception as its
     * outcome ({@code _cancelled_exc}, 3.11+), so that the first {@code result()}, {@code exception()} or await
     * raises it with the cancel message in its args. It does.
     */
    default boolean keepsCancelledError(ReferenceTask task) {
        return true;
    }

    /** {@code Task.cancel}: a task waiting for a future cancels that future first. */
    default boolean cancelAwaitedFuture(Future awaited, Object message) {
        return awaited.cancel(message);
    }

    /**
     * {@code Task.__init__}: the context the task runs in: the one given, else a copy of the current context
     * taken now (never the creator's own context object).
     */
    default Context taskContext(ModuleState module, EventLoop loop, Context given) {
        return module.contextOrCopy(given);
    }

    /**
     * {@code run_coroutine_threadsafe}: whether cancelling the concurrent future it returned (from any thread)
     * cancels the task on the loop. It does ({@code _chain_future}'s {@code _call_check_cancel}).
     */
    default boolean cancellingConcurrentFutureCancelsTask() {
        return true;
    }

    /**
     * {@code Runner.close} (so {@code asyncio.run}, 3.9+): whether the default executor is shut down and its
     * threads awaited before the loop closes. It is.
     */
    default boolean runnerAwaitsDefaultExecutor() {
        return true;
    }

    /**
     * {@code Future.__schedule_callbacks}: each done callback goes to {@code call_soon} with the context it was
     * registered with, never runs inline.
     */
    default void scheduleDoneCallback(ReferenceFuture future, Runnable callback, Context context) {
        future.getLoop().callSoon(callback, context);
    }

    /**
     * {@code run_forever}: the asyncgen hooks in force while the loop runs. The loop's own, which register each
     * asynchronous generator first iterated meanwhile for {@code shutdown_asyncgens}; the thread's previous pair
     * comes back when the loop stops.
     */
    default AsyncGenHooks installedAsyncgenHooks(AsyncGenHooks loopHooks, AsyncGenHooks previous) {
        return loopHooks;
    }

    /**
     * {@code shutdown_asyncgens}: awaits every generator's {@code aclose()} at once, each in a task of its own, as
     * {@code gather(*closes, return_exceptions=True)}; the value is the list of results and exceptions.
     */
    default Object awaitAsyncgenCloses(Asyncio asyncio, Awaiter awaiter, List<Object> closes) {
        return awaiter.await(asyncio.gather(closes, true));
    }

    /** {@code Runner.close}: after the tasks left over, the loop's asynchronous generators are closed. */
    default void shutdownAsyncgensAtRunEnd(EventLoop loop) {
        loop.runUntilComplete(loop.shutdownAsyncgens());
    }

    /**
     * {@code ensure_future}: an awaitable that is neither a future nor a coroutine is wrapped in the coroutine
     * {@code _wrap_awaitable}, which awaits it: from 3.12 a native coroutine nested in {@code ensure_future};
     * before, tasks.py's module-level {@code @types.coroutine} generator function (3.6-3.7 through
     * {@code @coroutine}), so the object is a generator.
     */
    default Coroutine wrapAwaitable(ModuleState module, Awaitable awaitable) {
        if (!module.atLeast(12)) {
            return new ReferenceCoroutine(module, "_wrap_awaitable", awaiter -> awaiter.await(awaitable), true);
        }
        return module.newCoroutine("ensure_future.<locals>._wrap_awaitable", awaiter -> awaiter.await(awaitable));
    }

    /**
     * {@code Task.__step}: the coroutine yielded something that is neither None nor a future: the exception the
     * next step throws into it, RuntimeError. (A variant returning null would take the value for a bare yield.)
     */
    default Throwable badYield(String yieldedRepr) {
        return new RuntimeError("Task got bad yield: " + yieldedRepr);
    }

    /**
     * {@code _asyncio_future_blocking} of an object as {@code ensure_future} and {@code Task.__step} read it:
     * any future's, the program's Future-like objects included; {@code null} when it is not a future.
     */
    default Boolean futureBlocking(Object obj) {
        return obj instanceof Future future ? future.asyncioFutureBlocking() : null;
    }

    /** Debug mode's {@code _check_thread} for {@code call_soon}, {@code call_at} and {@code call_later}. */
    default void checkDebugThread(ModuleState module, ReferenceEventLoop loop) {
        LoopDebugChecks.checkThread(module, loop);
    }
}
