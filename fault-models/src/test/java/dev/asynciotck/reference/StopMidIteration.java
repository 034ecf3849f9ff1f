package dev.asynciotck.reference;

/** Fault model: stop() ends run_forever right after the callback that called it. */
public final class StopMidIteration extends SeamFault {

    public StopMidIteration() {
        super("stop-mid-iteration",
                "stop() takes effect at once: run_forever returns right after the callback that called it, leaving "
                        + "the rest of the iteration's callbacks for the next run",
                "loop.stop.after-current-iteration");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public boolean stopEndsBatch() {
                return true;
            }
        };
    }
}
