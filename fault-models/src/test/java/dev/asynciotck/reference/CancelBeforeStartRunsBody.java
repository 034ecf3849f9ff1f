package dev.asynciotck.reference;

import dev.asynciotck.spi.Coroutine;

/**
 * Fault model: a cancellation requested before the first step is delivered only at the first await, so the
 * body runs up to there (and its except/finally blocks see the CancelledError).
 */
public final class CancelBeforeStartRunsBody extends SeamFault {

    public CancelBeforeStartRunsBody() {
        super("cancel-before-start-runs-body",
                "a task cancelled before its first step still runs its body up to the first await, where the "
                        + "CancelledError is raised",
                "task.cancel.before-start", "wait-for.timeout-zero.done-only");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public boolean deliversRequestedCancel(ReferenceTask task) {
                return task.getCoro().state() != Coroutine.State.CREATED;
            }
        };
    }
}
