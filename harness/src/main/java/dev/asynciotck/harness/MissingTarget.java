package dev.asynciotck.harness;

import dev.asynciotck.spi.PythonVersion;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * A target that was asked for but is not available here. Every run reports
 * {@link RunResult.Status#MISSING} with the reason — a missing target never passes.
 *
 * @param name    the requested name
 * @param version the version the name implies, or 0.0 when it implies none
 * @param reason  why it is missing, naming where it was looked for
 */
public record MissingTarget(String name, PythonVersion version, String reason) implements Target {

    @Override
    public Set<String> capabilities() {
        return Set.of();
    }

    @Override
    public RunResult run(String program, String origin, Duration timeout) {
        return RunResult.failure(RunResult.Status.MISSING, name + " is not available: " + reason, "", "",
                Duration.ZERO);
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.of(reason);
    }
}
