package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.TimerHandle;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.TimeoutError;
import java.util.function.Consumer;

/**
 * {@code wait_for} before 3.12, when it was written with a waiter future and {@code call_later} instead of
 * {@code asyncio.timeout} (tasks.py of each version; the 3.12 one is {@link Waits#waitFor}). Four variants:
 * <ul>
 *   <li>3.6: no special case for {@code timeout <= 0}; on timeout or cancellation the inner future is only
 *       cancelled ({@code fut.cancel()}), not waited for;</li>
 *   <li>3.7: {@code timeout <= 0} cancels a future that is not done and raises at once; on timeout the inner
 *       future is cancelled and waited for ({@code _cancel_and_wait}), on cancellation only cancelled;</li>
 *   <li>3.8: both wait for the cancelled inner future; a caller cancelled while the inner future is
 *       already done returns its result; the TimeoutError has no cause except for {@code timeout <= 0};</li>
 *   <li>3.9 to 3.11: as 3.8, but after the timeout's cancellation the inner future's result is returned if
 *       it has one (the cancellation was swallowed), else TimeoutError from its CancelledError.</li>
 * </ul>
 */
final class LegacyWaitFor {

    private final Asyncio asyncio;
    private final Waits waits;

    LegacyWaitFor(Asyncio asyncio, Waits waits) {
        this.asyncio = asyncio;
        this.waits = waits;
    }

    Coroutine waitFor(Object awaitable, Double timeout) {
        PythonVersion version = asyncio.version();
        int minor = version.minor();
        return asyncio.coroutine("wait_for", awaiter -> {
            EventLoop loop = minor == 6 ? asyncio.getEventLoop() : asyncio.getRunningLoop();
            if (timeout == null) {
                return Support.awaitAny(awaiter, awaitable);
            }
            if (timeout <= 0 && minor >= 7) {
                Future fut = asyncio.ensureFuture(awaitable, loop);
                if (fut.done()) {
                    return fut.result();
                }
                if (minor == 7) {
                    fut.cancel(null);
                    throw new TimeoutError();
                }
                awaiter.await(waits.cancelAndWait(fut));
                return resultAfterTimeout(fut, minor >= 9, true);
            }
            Future waiter = loop.createFuture();
            TimerHandle timeoutHandle = loop.callLater(timeout, () -> Support.releaseWaiter(waiter));
            Consumer<Future> cb = f -> Support.releaseWaiter(waiter);
            Future fut = asyncio.ensureFuture(awaitable, loop);
            fut.addDoneCallback(cb);
            try {
                try {
                    awaiter.await(waiter);
                } catch (CancelledError cancelled) {
                    if (minor >= 8 && fut.done()) {
                        return fut.result();
                    }
                    fut.removeDoneCallback(cb);
                    if (minor >= 8) {
                        awaiter.await(waits.cancelAndWait(fut));
                    } else {
                        fut.cancel(null);
                    }
                    throw cancelled;
                }
                if (fut.done()) {
                    return fut.result();
                }
                fut.removeDoneCallback(cb);
                if (minor == 6) {
                    fut.cancel(null);
                    throw new TimeoutError();
                }
                awaiter.await(waits.cancelAndWait(fut));
                if (minor < 9) {
                    throw new TimeoutError();
                }
                return resultAfterTimeout(fut, true, true);
            } finally {
                timeoutHandle.cancel();
            }
        });
    }

    /**
     * After the timeout's cancellation: {@code return fut.result()} (3.10+) or {@code fut.result()} then a bare
     * TimeoutError (3.8, 3.9, {@code timeout <= 0}); a CancelledError becomes TimeoutError from it.
     */
    private static Object resultAfterTimeout(Future fut, boolean returnsResult, boolean chained) {
        Object result;
        try {
            result = fut.result();
        } catch (CancelledError exc) {
            throw chained ? Support.timeoutErrorFrom(exc) : new TimeoutError();
        }
        if (returnsResult) {
            return result;
        }
        throw new TimeoutError();
    }
}
