package dev.asynciotck.reference;

import dev.asynciotck.spi.ConcurrentFuture;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.KeyboardInterrupt;
import dev.asynciotck.spi.exceptions.SystemExit;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.reference.strand.Sneaky;

/**
 * futures.py's bridges between asyncio futures and {@code concurrent.futures} futures (3.13):
 * {@code _chain_future} in its two directions, {@code wrap_future}, and tasks.py's
 * {@code run_coroutine_threadsafe}. A concurrent future may complete, and be cancelled, in any thread; its
 * state reaches an asyncio future only through its loop's {@code call_soon_threadsafe}.
 */
final class ConcurrentChains {

    private ConcurrentChains() {
    }

    /**
     * {@code wrap_future(future, loop=loop)}: an asyncio future is returned as it is; a concurrent one gets a
     * new future of {@code loop} chained to it.
     */
    static Future wrapFuture(ModuleState module, Object future, EventLoop loop) {
        if (future instanceof Future asyncioFuture) {
            return asyncioFuture;
        }
        if (!(future instanceof ConcurrentFuture source)) {
            throw new AssertionError("concurrent.futures.Future is expected, got " + module.reprs().repr(future));
        }
        EventLoop target = loop != null ? loop : module.getEventLoop();
        Future destination = target.createFuture();
        chainToAsyncio(source, destination);
        return destination;
    }

    /**
     * {@code _chain_future(source, destination)} for a concurrent source and an asyncio destination: cancelling
     * the destination cancels the source (which stops it only if it has not started); the source's outcome is
     * copied into the destination on its loop.
     */
    static void chainToAsyncio(ConcurrentFuture source, Future destination) {
        EventLoop destLoop = destination.getLoop();
        destination.addDoneCallback(new CallCheckCancel(source));
        source.addDoneCallback(done -> {
            // Whatever the destination's state, nothing more happens once its loop is closed.
            if (!destLoop.isClosed()) {
                destLoop.callSoonThreadsafe(new SetState(done, destination));
            }
        });
    }

    /**
     * {@code _chain_future(source, destination)} for an asyncio source and a concurrent destination: cancelling
     * the destination (from any thread) cancels the source on its loop; the source's outcome is set on the
     * destination when the source is done.
     */
    static void chainToConcurrent(ModuleState module, Future source, ConcurrentFuture destination) {
        EventLoop sourceLoop = source.getLoop();
        if (module.seams().cancellingConcurrentFutureCancelsTask()) {
            destination.addDoneCallback(done -> {
                if (done.cancelled()) {
                    sourceLoop.callSoonThreadsafe(new CancelSource(source));
                }
            });
        }
        source.addDoneCallback(done -> setConcurrentFutureState(destination, done));
    }

    /**
     * {@code run_coroutine_threadsafe(coro, loop)}: the task is made on the loop's thread; if that fails, the
     * concurrent future gets the exception and the loop's exception handler sees it too.
     */
    static ConcurrentFuture runCoroutineThreadsafe(ModuleState module, Object coro, EventLoop loop) {
        if (!(coro instanceof Coroutine)) {
            throw new TypeError("A coroutine object is required");
        }
        ConcurrentFuture future = module.host().newConcurrentFuture();
        loop.callSoonThreadsafe(new Submit(module, coro, loop, future));
        return future;
    }

    /** {@code _copy_future_state(source, dest)} from a concurrent source. */
    private static void copyFutureState(ConcurrentFuture source, Future dest) {
        if (dest.cancelled()) {
            return;
        }
        if (source.cancelled()) {
            dest.cancel(null);
            return;
        }
        Throwable exception = source.exception(0.0);
        if (exception != null) {
            dest.setException(exception);
        } else {
            dest.setResult(source.result(0.0));
        }
    }

    /** {@code _set_concurrent_future_state(concurrent, source)}. */
    private static void setConcurrentFutureState(ConcurrentFuture concurrent, Future source) {
        if (source.cancelled()) {
            concurrent.cancel();
        }
        if (!concurrent.setRunningOrNotifyCancel()) {
            return;
        }
        Throwable exception = source.exception();
        if (exception != null) {
            concurrent.setException(exception);
        } else {
            concurrent.setResult(source.result());
        }
    }

    /** {@code _call_check_cancel}: a cancelled destination cancels its concurrent source. */
    private record CallCheckCancel(ConcurrentFuture source) implements java.util.function.Consumer<Future> {
        @Override
        public void accept(Future destination) {
            if (destination.cancelled()) {
                source.cancel();
            }
        }

        @Override
        public String toString() {
            return "_chain_future.<locals>._call_check_cancel()";
        }
    }

    /** {@code _set_state(destination, source)}, scheduled on the destination's loop. */
    private record SetState(ConcurrentFuture source, Future destination) implements Runnable {
        @Override
        public void run() {
            copyFutureState(source, destination);
        }

        @Override
        public String toString() {
            return "_chain_future.<locals>._set_state()";
        }
    }

    /** {@code source.cancel}, scheduled on the source's loop. */
    private record CancelSource(Future source) implements Runnable {
        @Override
        public void run() {
            source.cancel(null);
        }

        @Override
        public String toString() {
            return "Future.cancel()";
        }
    }

    /** The {@code callback} of {@code run_coroutine_threadsafe}, run on the loop's thread. */
    private record Submit(ModuleState module, Object coro, EventLoop loop, ConcurrentFuture future)
            implements Runnable {
        @Override
        public void run() {
            try {
                chainToConcurrent(module, module.ensureFuture(coro, loop), future);
            } catch (SystemExit | KeyboardInterrupt fatal) {
                throw fatal;
            } catch (Throwable exc) {
                if (future.setRunningOrNotifyCancel()) {
                    future.setException(exc);
                }
                throw Sneaky.<RuntimeException>rethrow(exc);
            }
        }

        @Override
        public String toString() {
            return "run_coroutine_threadsafe.<locals>.callback()";
        }
    }
}
