package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
/** Fault model: set_result/set_exception/cancel call the done callbacks themselves. */
public final class InlineDoneCallbacks extends SeamFault {

    public InlineDoneCallbacks() {
        super("inline-done-callbacks",
                "a future's done callbacks run inline, inside set_result/set_exception/cancel, instead of being "
                        + "scheduled with call_soon",
                "future.callbacks.scheduled-with-call-soon", "loop.errors.done-callback-exception");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public void scheduleDoneCallback(ReferenceFuture future, Runnable callback, Context context) {
                OutsideCurrentTask.run(future.module, future.getLoop(), () -> context.run(callback));
            }
        };
    }
}
