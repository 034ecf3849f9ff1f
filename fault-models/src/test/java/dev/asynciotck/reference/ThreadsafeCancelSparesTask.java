package dev.asynciotck.reference;

/**
 * Fault model: the concurrent future that run_coroutine_threadsafe returns is not chained back to the task, so
 * cancelling it in the other thread leaves the coroutine running on the loop.
 */
public final class ThreadsafeCancelSparesTask extends SeamFault {

    public ThreadsafeCancelSparesTask() {
        super("threadsafe-cancel-spares-task",
                "cancelling the concurrent future returned by run_coroutine_threadsafe does not cancel the task on "
                        + "the loop; the coroutine runs on",
                "threads.run-coroutine-threadsafe.cancel");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public boolean cancellingConcurrentFutureCancelsTask() {
                return false;
            }
        };
    }
}
