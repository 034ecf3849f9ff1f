package dev.asynciotck.reference;

import dev.asynciotck.spi.Future;

/**
 * Fault model: Task.cancel() only marks the task; the future it waits for is left alone, so the
 * CancelledError arrives when that future completes (or never).
 */
public final class CancelSparesAwaitedFuture extends SeamFault {

    public CancelSparesAwaitedFuture() {
        super("cancel-spares-awaited-future",
                "cancelling a task that waits for a future does not cancel that future; the task gets "
                        + "CancelledError only once the future completes by itself",
                "cancellation.cancel.awaited-future-cancelled", "task.cancel.propagates-to-awaited",
                "task.cancel.after-start");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public boolean cancelAwaitedFuture(Future awaited, Object message) {
                return false;
            }
        };
    }
}
