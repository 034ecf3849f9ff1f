package dev.asynciotck.reference;

/** Fault model: a task whose cancel() was called ends cancelled even if its coroutine swallowed the error. */
public final class SwallowedCancelStillCancels extends SeamFault {

    public SwallowedCancelStillCancels() {
        super("swallowed-cancel-still-cancels",
                "a task whose coroutine caught CancelledError and returned still ends cancelled, because cancel() "
                        + "was requested (cancelling() > 0)",
                "task.cancel.suppressed", "task.cancel.hidden-by-helper");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public boolean endsCancelledOnReturn(ReferenceTask task, boolean mustCancel) {
                return mustCancel || task.cancelling() > 0;
            }
        };
    }
}
