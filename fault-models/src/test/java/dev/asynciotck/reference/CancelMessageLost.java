package dev.asynciotck.reference;

/**
 * Fault model: a task that ends cancelled forgets the CancelledError its coroutine raised and builds a fresh one
 * without arguments for result(), exception() and its awaiters, so the cancel message never leaves the task (as
 * on Python 3.9 and 3.10, while the model declares 3.13).
 */
public final class CancelMessageLost extends SeamFault {

    public CancelMessageLost() {
        super("cancel-message-lost",
                "a task that ends cancelled keeps no CancelledError: result(), exception() and its awaiters get a "
                        + "new one without the cancel message (3.9/3.10 behaviour under a 3.13 version)",
                "cancellation.message.result-and-exception", "cancellation.cancel.message");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public boolean keepsCancelledError(ReferenceTask task) {
                return false;
            }
        };
    }
}
