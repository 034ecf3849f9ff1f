package dev.asynciotck.reports.gate;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.spec.Rule;
import dev.asynciotck.spec.SpecScenario;

import java.util.List;
import java.util.Objects;

/**
 * A detail scenario a target does not pass, explained to a reader: why the difference is a detail (what in the
 * output is CPython's own, from the rule's {@code Detail:} line, the one source of that reason) and what this target
 * did instead (derived from its run: the first line that differs, or its outcome).
 *
 * @param cell     the cell, of a {@code detail} rule, that does not pass
 * @param reason   what in the scenario's output is CPython's own: message text, a repr, a default name,
 *                 collector timing…
 * @param observed what this target did differently, in one line
 */
public record DetailDifference(Cell cell, String reason, String observed) {

    /** Longest text of a printed line quoted in {@link #observed}; longer lines are cut with an ellipsis. */
    static final int QUOTED_CHARACTERS = 160;

    public DetailDifference {
        Objects.requireNonNull(cell, "cell");
    }

    /** The difference a cell shows: the reason from its rule, the observation from its run. */
    public static DetailDifference of(Cell cell) {
        SpecScenario scenario = cell.scenario();
        String reason = scenario.rule() == null ? "" : scenario.rule().rule().map(Rule::detailReason).orElse("");
        if (reason.isEmpty()) {
            reason = "CPython's own text or timing (the rule states no Detail: line)";
        }
        RunResult result = cell.evidence() == null ? null : cell.evidence().result();
        return new DetailDifference(cell, reason, observed(scenario, result, cell));
    }

    /** The rule's ID. */
    public String ruleId() {
        return cell.scenario().ruleId();
    }

    /** One line: {@code line 2: CPython prints "…", this target "…"}, or how the outcome differs. */
    static String observed(SpecScenario scenario, RunResult result, Cell cell) {
        if (result == null || !result.status().isOutcome()) {
            String why = result == null ? cell.message().lines().findFirst().orElse("") : result.describeOutcome();
            return "no outcome to compare (" + cell.verdict().label() + (why.isEmpty() ? "" : ": " + quote(why)) + ")";
        }
        String expected = scenario.expectedOutput();
        if (expected != null && !expected.equals(result.stdout())) {
            List<String> want = expected.lines().toList();
            List<String> got = result.stdout().lines().toList();
            int line = 0;
            while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
                line++;
            }
            return "line " + (line + 1) + ": CPython prints " + printed(want, line) + ", this target "
                    + printed(got, line);
        }
        String outcome = scenario.describeExpectedOutcome();
        return "outcome: CPython's program " + (outcome.equals("completes normally") ? "completes normally" : outcome)
                + ", this target's " + result.describeOutcome();
    }

    private static String printed(List<String> lines, int index) {
        return index < lines.size() ? "\"" + quote(lines.get(index)) + "\"" : "nothing more";
    }

    private static String quote(String text) {
        return text.length() <= QUOTED_CHARACTERS ? text : text.substring(0, QUOTED_CHARACTERS) + "…";
    }
}
