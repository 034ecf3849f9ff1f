package dev.asynciotck.reference.lib;

import dev.asynciotck.faults.FaultModelProvider;
import dev.asynciotck.faults.ModuleOverride;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.TimerHandle;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.TimeoutError;

import java.util.function.Consumer;

/**
 * Fault model: wait_for with a positive timeout, written as asyncio 3.6 wrote it — wait for the awaitable or
 * the timer, whichever comes first — and on timeout cancel the awaitable and raise TimeoutError at once,
 * without waiting for the cancelled awaitable to finish. Without a timeout or with {@code timeout <= 0} it is
 * the reference's wait_for.
 */
public final class WaitForDoesNotWaitForCancel extends FaultModelProvider {

    public WaitForDoesNotWaitForCancel() {
        super("wait-for-does-not-wait-for-cancel",
                "on timeout wait_for cancels the awaitable and raises TimeoutError at once, without waiting for "
                        + "the cancelled task to finish (its except/finally blocks run later)",
                "wait-for.timeout.cancels-and-raises", "wait-for.timeout.suppressed-cancellation");
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        Asyncio module = reference().open(options);
        return ModuleOverride.of(module, "waitFor", args -> {
            Double timeout = (Double) args[1];
            if (timeout == null || timeout <= 0) {
                return module.waitFor(args[0], timeout);
            }
            return module.coroutine("wait_for", awaiter -> waitFor(module, awaiter, args[0], timeout));
        });
    }

    private static Object waitFor(Asyncio module, Awaiter awaiter, Object awaitable, double timeout) {
        EventLoop loop = module.getRunningLoop();
        Future waiter = loop.createFuture();
        TimerHandle timer = loop.callLater(timeout, () -> Support.releaseWaiter(waiter));
        Consumer<Future> onDone = f -> Support.releaseWaiter(waiter);
        Future fut = module.ensureFuture(awaitable, loop);
        fut.addDoneCallback(onDone);
        try {
            try {
                awaiter.await(waiter);
            } catch (CancelledError cancelled) {
                fut.removeDoneCallback(onDone);
                fut.cancel(null);
                throw cancelled;
            }
            if (fut.done()) {
                return fut.result();
            }
            fut.removeDoneCallback(onDone);
            fut.cancel(null); // the deviation: no "await _cancel_and_wait(fut)" before raising
            throw new TimeoutError();
        } finally {
            timer.cancel();
        }
    }
}
