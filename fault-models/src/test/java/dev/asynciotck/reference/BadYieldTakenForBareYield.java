package dev.asynciotck.reference;

/** Fault model: a task takes any yielded value that is not a future for a bare yield. */
public final class BadYieldTakenForBareYield extends SeamFault {

    public BadYieldTakenForBareYield() {
        super("bad-yield-taken-for-bare-yield",
                "a task that gets a yielded value other than None or a future simply runs the coroutine again on the "
                        + "next iteration instead of throwing RuntimeError('Task got bad yield: ...') back in",
                "awaitable.task.rejects-other-yields");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public Throwable badYield(String yieldedRepr) {
                return null;
            }
        };
    }
}
