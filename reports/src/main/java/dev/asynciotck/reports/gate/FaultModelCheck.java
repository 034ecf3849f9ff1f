package dev.asynciotck.reports.gate;

import dev.asynciotck.reports.run.Verdict;
import dev.asynciotck.harness.FaultModel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether the gate caught a {@link FaultModel}: it is caught when the gate rejects the target (it would exit 1
 * on it alone) and each rule the model names has at least one scenario that fails on it.
 *
 * @param target           the fault model's target name
 * @param deviation        its one deviation
 * @param rejected         the gate rejects the target (it ran, and does not conform)
 * @param rules            one check per named rule, by rule ID
 * @param failingScenarios how many scenarios fail on the target in all, named rules or not
 */
public record FaultModelCheck(String target, String deviation, boolean rejected, List<RuleCheck> rules,
                              int failingScenarios) {

    public FaultModelCheck {
        rules = List.copyOf(rules);
    }

    /**
     * One rule the model must be caught by.
     *
     * @param ruleId    the rule's ID
     * @param scenarios how many of its scenarios were selected and apply to the target
     * @param caughtBy  those that failed on the model and that the gate judges (any verdict that fails it)
     */
    public record RuleCheck(String ruleId, int scenarios, List<Cell> caughtBy) {

        public RuleCheck {
            caughtBy = List.copyOf(caughtBy);
        }

        public boolean caught() {
            return !caughtBy.isEmpty();
        }
    }

    /** Judges {@code outcome}, the gate's verdict on the target, against what {@code model} says must catch it. */
    public static FaultModelCheck of(TargetOutcome outcome, FaultModel model) {
        List<RuleCheck> rules = model.mustBeCaughtBy().stream().sorted().map(rule -> {
            List<Cell> ofRule = outcome.cells().stream().filter(c -> c.scenario().ruleId().equals(rule)).toList();
            int applicable = (int) ofRule.stream().filter(c -> c.verdict() != Verdict.NOT_APPLICABLE).count();
            return new RuleCheck(rule, applicable, ofRule.stream()
                    .filter(c -> c.verdict().isProblem() && outcome.gates(c)).toList());
        }).toList();
        boolean rejected = outcome.harnessError() == null && !outcome.passes();
        return new FaultModelCheck(outcome.target(), model.deviation(), rejected, rules, outcome.failingCells().size());
    }

    /** True when the gate rejects the model through every rule it names. */
    public boolean caught() {
        return rejected && rules.stream().allMatch(RuleCheck::caught);
    }

    /** The named rules none of whose scenarios failed. */
    public List<String> escapedRules() {
        return rules.stream().filter(r -> !r.caught()).map(RuleCheck::ruleId).toList();
    }

    /** One line: caught or not, and by how many scenarios of each named rule. */
    public String summaryLine() {
        String perRule = rules.stream().map(r -> r.ruleId() + " " + r.caughtBy().size() + "/" + r.scenarios())
                .collect(Collectors.joining(", "));
        String verdict = caught() ? "CAUGHT" : !rejected ? "NOT REJECTED by the gate"
                : "ESCAPED rule(s) " + String.join(", ", escapedRules());
        return String.format("%-40s %s: %s; %d failing scenario(s) in all", target, verdict, perRule, failingScenarios);
    }
}
