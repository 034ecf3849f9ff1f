package dev.asynciotck.reports.report;

import dev.asynciotck.spec.Specification;
import dev.asynciotck.spec.SpecFeature;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.spec.CpythonTrace;
import dev.asynciotck.spec.Rule;
import dev.asynciotck.spec.RuleBlock;
import dev.asynciotck.spec.RuleLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows of the conformance matrix: features, each rule (by rule ID) within them, and the rule's scenarios. */
record MatrixRows(List<FeatureRow> features) {

    /** One feature and its rules in order of first appearance. */
    record FeatureRow(SpecFeature feature, List<RuleRow> rules) {
    }

    /**
     * One rule ID within a feature.
     *
     * @param id          the rule ID, or {@code ""} for scenarios without one
     * @param registered  the rule its Gherkin {@code Rule:} states, when that Rule is well formed
     * @param block       the Gherkin {@code Rule:} its first scenario sits in, or {@code null}
     * @param cpythonTests the CPython tests ({@code test_file::Class::test_name}) the trace maps to this rule
     * @param scenarios   its scenarios in file order
     */
    record RuleRow(String id, Optional<Rule> registered, RuleBlock block, List<SpecScenario> scenarios,
                   List<String> cpythonTests) {

        /** The statement to show: the rule's, else the Gherkin rule's title. */
        String statement() {
            return registered.map(Rule::statement).orElse(block == null ? "" : block.title());
        }

        /** The documentation link: the rule's, else the Gherkin rule's {@code Link:} line, else none. */
        Optional<String> docUrl() {
            return registered.map(Rule::docUrl).or(() -> Optional.ofNullable(block).flatMap(RuleBlock::link));
        }

        /** How binding the rule is, when it is registered. */
        Optional<RuleLevel> level() {
            return registered.map(Rule::level);
        }

        /** The level as the reports show it: {@code required}, {@code optional} or {@code detail}, else {@code ""}. */
        String levelName() {
            return level().map(l -> l.tag().substring(1)).orElse("");
        }
    }

    /** The bundled trace of CPython's tests, read once: immutable, so shared. */
    private static final class Traced {
        static final Map<String, java.util.Set<String>> BY_RULE = CpythonTrace.bundled().testsByRule();
    }

    static MatrixRows of(Specification catalog) {
        List<FeatureRow> features = new ArrayList<>();
        for (SpecFeature feature : catalog.features()) {
            Map<String, List<SpecScenario>> byRule = new LinkedHashMap<>();
            feature.scenarios().forEach(s -> byRule.computeIfAbsent(s.ruleId(), id -> new ArrayList<>()).add(s));
            List<RuleRow> rules = new ArrayList<>();
            byRule.forEach((id, scenarios) -> {
                rules.add(new RuleRow(id, id.isEmpty() ? Optional.empty() : catalog.rule(id),
                        scenarios.getFirst().rule(), scenarios,
                        List.copyOf(Traced.BY_RULE.getOrDefault(id, java.util.Set.of()))));
            });
            features.add(new FeatureRow(feature, rules));
        }
        return new MatrixRows(features);
    }
}
