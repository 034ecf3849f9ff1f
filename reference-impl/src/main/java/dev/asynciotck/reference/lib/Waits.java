package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.ReturnWhen;
import dev.asynciotck.spi.TimerHandle;
import dev.asynciotck.spi.WaitResult;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** {@code asyncio.wait()}, {@code asyncio.wait_for()} and their helpers from tasks.py. */
final class Waits {

    private final Asyncio asyncio;
    private final PythonValues values;

    Waits(Asyncio asyncio, PythonValues values) {
        this.asyncio = asyncio;
        this.values = values;
    }

    /** {@code async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED)}. */
    Coroutine wait(Collection<?> fs, Double timeout, ReturnWhen returnWhen) {
        return asyncio.coroutine("wait", awaiter -> {
            if (fs == null || fs.isEmpty()) {
                throw new ValueError(asyncio.version().atLeast(3, 11) ? "Set of Tasks/Futures is empty."
                        : "Set of coroutines/Futures is empty.");
            }
            if (returnWhen == null) {
                throw new ValueError("Invalid return_when value: None");
            }
            List<?> set = Support.distinct(fs);
            if (!asyncio.version().atLeast(3, 11)) {
                // tasks.py wait() before 3.11: coroutines are wrapped, fs = {ensure_future(f, loop=loop) for f in fs}.
                EventLoop running = asyncio.getRunningLoop();
                set = set.stream().map(f -> f instanceof Coroutine ? asyncio.ensureFuture(f, running) : f).toList();
            } else if (set.stream().anyMatch(f -> f instanceof Coroutine)) {
                throw new TypeError("Passing coroutines is forbidden, use tasks explicitly.");
            }
            List<Future> futures = new ArrayList<>();
            for (Object f : set) {
                if (!(f instanceof Future future)) {
                    throw new dev.asynciotck.spi.exceptions.AttributeError(
                            "'" + Support.typeName(f) + "' object has no attribute 'add_done_callback'");
                }
                futures.add(future);
            }
            EventLoop loop = asyncio.getRunningLoop();
            return doWait(awaiter, futures, timeout, returnWhen, loop, AwaitedByLinks.of(asyncio, loop));
        });
    }

    /** {@code _wait(fs, timeout, return_when, loop)}; {@code fs} is non-empty and distinct. */
    static WaitResult doWait(Awaiter awaiter, List<Future> fs, Double timeout, ReturnWhen returnWhen,
                             EventLoop loop, AwaitedByLinks links) {
        Future waiter = loop.createFuture();
        TimerHandle timeoutHandle = timeout == null ? null
                : loop.callLater(timeout, () -> Support.releaseWaiter(waiter));
        int[] counter = {fs.size()};
        Consumer<Future> onCompletion = f -> {
            counter[0]--;
            if (counter[0] <= 0
                    || returnWhen == ReturnWhen.FIRST_COMPLETED
                    || (returnWhen == ReturnWhen.FIRST_EXCEPTION && !f.cancelled() && f.exception() != null)) {
                if (timeoutHandle != null) {
                    timeoutHandle.cancel();
                }
                if (!waiter.done()) {
                    waiter.setResult(null);
                }
            }
            links.discard(f);
        };
        for (Future f : fs) {
            f.addDoneCallback(onCompletion);
            links.add(f);
        }
        try {
            awaiter.await(waiter);
        } finally {
            if (timeoutHandle != null) {
                timeoutHandle.cancel();
            }
            for (Future f : fs) {
                f.removeDoneCallback(onCompletion);
                if (links.asyncio().version().atLeast(3, 15)) {
                    links.discard(f); // tasks.py 3.15 _wait drops the links of the futures still pending too
                }
            }
        }
        Set<Future> done = new LinkedHashSet<>();
        Set<Future> pending = new LinkedHashSet<>();
        for (Future f : fs) {
            (f.done() ? done : pending).add(f);
        }
        return new WaitResult(done, pending);
    }

    /** {@code async def wait_for(fut, timeout)} as 3.12+ writes it, on top of {@code timeout()}. */
    Coroutine waitFor(Object fut, Double timeout, AsyncioLibrary library) {
        if (!asyncio.version().atLeast(3, 12)) {
            return new LegacyWaitFor(asyncio, this).waitFor(fut, timeout);
        }
        return asyncio.coroutine("wait_for", awaiter -> {
            if (timeout != null && timeout <= 0) {
                // A zero timeout must not even start a coroutine: wrap it, cancel it and wait for it.
                Future f = asyncio.ensureFuture(fut, null);
                if (f.done()) {
                    return f.result();
                }
                awaiter.await(cancelAndWait(f));
                try {
                    return f.result();
                } catch (CancelledError exc) {
                    throw Support.timeoutErrorFrom(exc);
                }
            }
            return Support.asyncWith(awaiter, values, library.timeout(timeout),
                    entered -> Support.awaitAny(awaiter, fut));
        });
    }

    /** {@code async def _cancel_and_wait(fut)}: cancels {@code fut} and waits until it is done. */
    Coroutine cancelAndWait(Future fut) {
        return asyncio.coroutine("_cancel_and_wait", awaiter -> {
            EventLoop loop = asyncio.getRunningLoop();
            Future waiter = loop.createFuture();
            Consumer<Future> cb = f -> Support.releaseWaiter(waiter);
            fut.addDoneCallback(cb);
            try {
                fut.cancel(null);
                // Wait on our own future, not on fut, so that this coroutine stays cancellable.
                awaiter.await(waiter);
            } finally {
                fut.removeDoneCallback(cb);
            }
            return null;
        });
    }
}
