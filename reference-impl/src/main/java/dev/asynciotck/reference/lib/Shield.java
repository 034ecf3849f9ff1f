package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.PythonException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code asyncio.shield(aw)}: an outer future that follows the inner one; cancelling the outer future
 * leaves the inner one running. From 3.14 (tasks.py {@code _log_on_exception}) an inner future that fails after
 * the outer one was cancelled is reported to the loop's exception handler; before, its exception was only marked
 * retrieved.
 */
final class Shield {

    /** {@code tasks._log_on_exception}: one function, so that a second shield's remove takes the first's too. */
    private static final Consumer<Future> LOG_ON_EXCEPTION = Shield::logOnException;

    private final Future inner;
    private final Future outer;
    private final boolean reportsLateFailure;

    private Shield(Future inner, boolean reportsLateFailure) {
        this.inner = inner;
        this.reportsLateFailure = reportsLateFailure;
        this.outer = inner.getLoop().createFuture();
    }

    static Future shield(Asyncio asyncio, Object arg) {
        Future inner = asyncio.ensureFuture(arg, null);
        if (inner.done()) {
            return inner; // shortcut: nothing left to shield
        }
        boolean reports = asyncio.version().atLeast(3, 14);
        Shield shield = new Shield(inner, reports);
        Consumer<Future> innerDone = shield::onInnerDone;
        AwaitedByLinks links = AwaitedByLinks.of(asyncio, inner.getLoop());
        if (links.waiter() != null) {
            // tasks.py 3.14: recorded, and its clearing callback registered before the shield's own
            links.add(inner);
            inner.addDoneCallback(links::discard);
        }
        inner.addDoneCallback(innerDone);
        // Once the outer future is done (typically cancelled), the inner one no longer reports to it.
        shield.outer.addDoneCallback(o -> {
            if (!inner.done()) {
                inner.removeDoneCallback(innerDone);
                if (reports) {
                    inner.removeDoneCallback(LOG_ON_EXCEPTION);
                    inner.addDoneCallback(LOG_ON_EXCEPTION);
                }
            }
        });
        return shield.outer;
    }

    private void onInnerDone(Future ignored) {
        if (outer.cancelled()) {
            if (!reportsLateFailure && !inner.cancelled()) {
                inner.exception(); // mark the inner result retrieved
            }
            return;
        }
        if (inner.cancelled()) {
            outer.cancel(null);
        } else {
            Throwable exc = inner.exception();
            if (exc != null) {
                outer.setException(exc);
            } else {
                outer.setResult(inner.result());
            }
        }
    }

    private static void logOnException(Future fut) {
        if (fut.cancelled()) {
            return;
        }
        Throwable exc = fut.exception();
        if (exc == null) {
            return;
        }
        Map<String, Object> context = new LinkedHashMap<>();
        String name = exc instanceof PythonException p ? p.pythonName() : exc.getClass().getSimpleName();
        context.put("message", name + " exception in shielded future");
        context.put("exception", exc);
        context.put("future", fut);
        fut.getLoop().callExceptionHandler(context);
    }
}
