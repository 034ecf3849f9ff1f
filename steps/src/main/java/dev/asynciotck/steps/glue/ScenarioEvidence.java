package dev.asynciotck.steps.glue;

import dev.asynciotck.harness.RunResult;

/**
 * What one scenario ran and what came of it, as handed to a run's sink ({@link RunBindings#openSink}) when the
 * scenario ends.
 *
 * @param uri     the feature's URI as Cucumber gives it ({@code classpath:asynciotck/features/x.feature},
 *                {@code file:/…})
 * @param line    the scenario's line (an outline example: its row)
 * @param name    the scenario's name
 * @param target  the target it ran on
 * @param program the program text, or {@code null} if the scenario ended before it had one
 * @param result  what running the program gave, or {@code null} if it did not run (not applicable, missing)
 */
public record ScenarioEvidence(String uri, int line, String name, String target, String program, RunResult result) {
}
