package dev.asynciotck.reports.run;

import dev.asynciotck.steps.glue.ScenarioEvidence;

import java.util.List;
import java.util.Set;

/**
 * One scenario on one target, as it ran.
 *
 * @param location the scenario's key ({@link dev.asynciotck.spec.Locations#key}), e.g.
 *                 {@code asynciotck/features/tasks/x.feature:12}
 * @param name     the scenario's name as the engine reports it
 * @param tags     its tags, without the leading {@code @}
 * @param verdict  what it came to
 * @param message  why, for anything but a pass; empty for a pass
 * @param evidence the program and what running it gave, when the run had an evidence sink; else {@code null}
 */
public record ScenarioResult(String location, String name, Set<String> tags, Verdict verdict, String message,
                             ScenarioEvidence evidence) {

    public ScenarioResult(String location, String name, Set<String> tags, Verdict verdict, String message) {
        this(location, name, tags, verdict, message, null);
    }

    public ScenarioResult withEvidence(ScenarioEvidence found) {
        return new ScenarioResult(location, name, tags, verdict, message, found);
    }

    /** The platform threads the scenario's run left alive, if any. */
    public List<String> leakedThreads() {
        return evidence == null || evidence.result() == null ? List.of() : evidence.result().leakedThreads();
    }
}
