package dev.asynciotck.steps.glue;

import dev.asynciotck.harness.RunResult;

/**
 * A scenario failed because its target gave no program outcome to check — a timeout, an unsupported
 * construct, a provider error, a missing interpreter — as opposed to an outcome that differs from the
 * expectation. Runners report the {@link #status()} rather than a plain failure.
 */
public final class NoOutcomeError extends AssertionError {

    private final RunResult.Status status;

    public NoOutcomeError(RunResult.Status status, String message) {
        super(message);
        this.status = status;
    }

    public RunResult.Status status() {
        return status;
    }
}
