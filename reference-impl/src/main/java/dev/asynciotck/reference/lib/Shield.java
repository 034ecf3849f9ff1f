package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Future;
import java.util.function.Consumer;

/**
 * {@code asyncio.shield(aw)}: an outer future that follows the inner one; cancelling the outer future
 * leaves the inner one running.
 */
final class Shield {

    private final Future inner;
    private final Future outer;

    private Shield(Future inner) {
        this.inner = inner;
        this.outer = inner.getLoop().createFuture();
    }

    static Future shield(Asyncio asyncio, Object arg) {
        Future inner = asyncio.ensureFuture(arg, null);
        if (inner.done()) {
            return inner; // shortcut: nothing left to shield
        }
        Shield shield = new Shield(inner);
        Consumer<Future> innerDone = shield::onInnerDone;
        inner.addDoneCallback(innerDone);
        // Once the outer future is done (typically cancelled), the inner one no longer reports to it.
        shield.outer.addDoneCallback(o -> {
            if (!inner.done()) {
                inner.removeDoneCallback(innerDone);
            }
        });
        return shield.outer;
    }

    private void onInnerDone(Future ignored) {
        if (outer.cancelled()) {
            if (!inner.cancelled()) {
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
}
