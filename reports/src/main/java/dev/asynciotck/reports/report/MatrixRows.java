package dev.asynciotck.reports.report;

import dev.asynciotck.spec.Specification;
import dev.asynciotck.spec.SpecFeature;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.spec.Rule;

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
     * @param registered  its entry in {@code features/rules/*.tsv}, if registered
     * @param title       the Gherkin {@code Rule:} title its first scenario sits under, or {@code ""}
     * @param description that Gherkin rule's description, or {@code ""}
     * @param scenarios   its scenarios in file order
     */
    record RuleRow(String id, Optional<Rule> registered, String title, String description,
                   List<SpecScenario> scenarios) {

        /** The statement to show: the registry's, else the Gherkin rule's title. */
        String statement() {
            return registered.map(Rule::statement).orElse(title);
        }

        /** The documentation link: the registry's, else the Gherkin rule's {@code Link:} line, else none. */
        Optional<String> docUrl() {
            return registered.map(Rule::docUrl).or(() -> description.lines().map(String::strip)
                    .filter(l -> l.startsWith("Link:")).map(l -> l.substring(5).strip()).findFirst());
        }
    }

    static MatrixRows of(Specification catalog) {
        List<FeatureRow> features = new ArrayList<>();
        for (SpecFeature feature : catalog.features()) {
            Map<String, List<SpecScenario>> byRule = new LinkedHashMap<>();
            feature.scenarios().forEach(s -> byRule.computeIfAbsent(s.ruleId(), id -> new ArrayList<>()).add(s));
            List<RuleRow> rules = new ArrayList<>();
            byRule.forEach((id, scenarios) -> {
                String title = scenarios.getFirst().ruleTitle();
                rules.add(new RuleRow(id, id.isEmpty() ? Optional.empty() : catalog.rule(id), title,
                        feature.ruleDescriptions().getOrDefault(title, ""), scenarios));
            });
            features.add(new FeatureRow(feature, rules));
        }
        return new MatrixRows(features);
    }
}
