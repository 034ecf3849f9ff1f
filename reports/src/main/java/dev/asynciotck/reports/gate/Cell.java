package dev.asynciotck.reports.gate;

import dev.asynciotck.spec.Rule;
import dev.asynciotck.spec.RuleLevel;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.reports.run.Verdict;
import dev.asynciotck.steps.glue.ScenarioEvidence;

import java.util.List;

/**
 * One scenario on one target, judged: a cell of the conformance matrix.
 *
 * @param scenario      the scenario
 * @param verdict       the verdict after the baseline ({@link Verdict#EXPECTED_FAILURE}, …)
 * @param raw           the verdict as the scenario ran (the first run's, with {@code --repeat})
 * @param message       why, for anything but a pass: the engine's failure message (with the output diff)
 * @param evidence      the program and what running it gave, or {@code null} when it did not run
 * @param baselineEntry the baseline entry that lists it, or {@code null}
 * @param history       the verdict of each run (one element without {@code --repeat})
 * @param leakedThreads platform threads the run left alive
 */
public record Cell(SpecScenario scenario, Verdict verdict, Verdict raw, String message, ScenarioEvidence evidence,
                   Baseline.Entry baselineEntry, List<Verdict> history, List<String> leakedThreads) {

    public Cell {
        message = message == null ? "" : message;
        history = List.copyOf(history);
        leakedThreads = List.copyOf(leakedThreads);
    }

    /**
     * The level of the scenario's rule. A scenario outside a well-formed Rule (only possible with
     * {@code --features}, whose files the coverage check has not seen) counts as required: it is gated.
     */
    public RuleLevel level() {
        return scenario.rule() == null ? RuleLevel.REQUIRED
                : scenario.rule().rule().map(Rule::level).orElse(RuleLevel.REQUIRED);
    }
}
