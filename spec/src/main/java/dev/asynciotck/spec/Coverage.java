package dev.asynciotck.spec;

import dev.asynciotck.spi.Capabilities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check that a specification is well formed, with each rule written once: every Gherkin {@code Rule:} carries
 * exactly one {@code @rule-<id>} tag, exactly one level tag ({@link RuleLevel}) and a {@code Link:} line first in
 * its description; no two Rule blocks share an ID; every scenario sits in a Rule, inherits its ID and carries no
 * rule tag of its own, uses only the step vocabulary, and names only capabilities the SPI defines, on optional
 * rules only; every rule has at least one scenario.
 */
public final class Coverage {

    /** The capabilities a {@code @needs-} tag may name: those of {@link Capabilities}. */
    static final List<String> KNOWN_CAPABILITIES = List.of(Capabilities.VIRTUAL_CLOCK,
            Capabilities.EAGER_TASK_FACTORY, Capabilities.THREADSAFE_CALLBACKS, Capabilities.THREADS);

    private Coverage() {
    }

    /** Every problem found, one line each naming its place; empty when the specification is well formed. */
    public static List<String> problems(Specification specification) {
        List<String> problems = new ArrayList<>();
        Map<String, String> firstBlockOfId = new HashMap<>();
        for (SpecFeature feature : specification.features()) {
            for (RuleBlock block : feature.rules()) {
                problems.addAll(ruleProblems(block));
                for (String id : block.ids()) {
                    String earlier = firstBlockOfId.putIfAbsent(id, block.origin());
                    if (earlier != null) {
                        problems.add(block.origin() + ": rule " + id + " is already stated by the Rule at " + earlier
                                + "; move this Rule's scenarios there");
                    }
                }
            }
        }
        Set<String> covered = new HashSet<>();
        for (SpecScenario scenario : specification.scenarios()) {
            problems.addAll(scenarioProblems(scenario));
            covered.add(scenario.ruleId());
        }
        for (Rule rule : specification.rules().rules()) {
            if (!covered.contains(rule.id())) {
                problems.add(rule.origin() + ": rule " + rule.id() + " has no scenario");
            }
        }
        return problems;
    }

    private static List<String> ruleProblems(RuleBlock block) {
        List<String> problems = new ArrayList<>();
        String where = block.origin() + " (Rule: " + block.title() + "): ";
        if (block.ids().size() != 1) {
            problems.add(where + "has " + block.ids().size() + " @rule- tags " + block.ids() + "; a Rule has exactly one");
        }
        block.ids().stream().filter(id -> !RuleRegistry.ID.matcher(id).matches()).forEach(id -> problems.add(where
                + "'" + id + "' is not a rule ID (dot-separated lowercase words, e.g. task.cancel.before-start)"));
        if (block.levels().size() != 1) {
            problems.add(where + "has " + block.levels().size() + " level tags "
                    + block.levels().stream().map(RuleLevel::tag).toList()
                    + "; a Rule has exactly one of " + RuleLevel.tags());
        }
        if (block.levels().equals(List.of(RuleLevel.OPTIONAL)) && CapabilityTags.required(block.tags()).isEmpty()) {
            problems.add(where + "is @optional but names no capability: an optional rule is one a target may lack, "
                    + "so it carries " + CapabilityTags.PREFIX + "<capability>; wording, reprs and timing are @detail");
        }
        if (block.link().isEmpty()) {
            problems.add(where + "its first description line must be 'Link: https://docs.python.org/3/...'");
        } else if (!block.link().get().startsWith("https://docs.python.org/3/")) {
            problems.add(where + "the link must point into https://docs.python.org/3/, not " + block.link().get());
        }
        if (block.title().isBlank()) {
            problems.add(where + "the title, the rule's statement, is empty");
        }
        return problems;
    }

    private static List<String> scenarioProblems(SpecScenario scenario) {
        List<String> problems = new ArrayList<>();
        String where = scenario.location() + " (" + scenario.name() + "): ";
        List<String> ruleTags = scenario.tags().stream().filter(t -> t.startsWith(RuleBlock.RULE_TAG_PREFIX)).toList();
        if (scenario.rule() == null) {
            problems.add(where + "sits outside any Rule; every scenario belongs to the Rule that states its rule");
        } else if (ruleTags.size() > scenario.rule().ids().size()) {
            problems.add(where + "carries rule tags of its own " + ruleTags.subList(scenario.rule().ids().size(),
                    ruleTags.size()) + "; a scenario inherits its rule ID from its Rule and carries none");
        }
        for (String step : scenario.steps()) {
            if (!StepVocabulary.known(step)) {
                problems.add(where + "unknown step '" + step + "'; the steps are " + StepVocabulary.STEPS);
            }
        }
        Rule rule = scenario.rule() == null ? null : scenario.rule().rule().orElse(null);
        for (String capability : CapabilityTags.required(scenario.tags())) {
            if (!KNOWN_CAPABILITIES.contains(capability)) {
                problems.add(where + CapabilityTags.PREFIX + capability
                        + " names no capability of dev.asynciotck.spi.Capabilities " + KNOWN_CAPABILITIES);
            }
            if (rule != null && rule.level() != RuleLevel.OPTIONAL) {
                problems.add(where + "needs the capability " + capability + " but its rule " + rule.id() + " is "
                        + rule.level().tag() + "; only an @optional rule may need a capability");
            }
        }
        return problems;
    }
}
