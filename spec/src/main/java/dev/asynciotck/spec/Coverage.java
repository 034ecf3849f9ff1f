package dev.asynciotck.spec;

import dev.asynciotck.spi.Capabilities;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The coverage check between scenarios and the rule registry: every scenario names exactly one registered
 * rule with a {@code @rule-<id>} tag, and every registered rule has at least one scenario. A scenario that
 * needs an optional capability ({@code @needs-<capability>}) names a capability the SPI defines and encodes
 * an optional rule.
 */
public final class Coverage {

    public static final String RULE_TAG_PREFIX = "@rule-";

    /** The capabilities a {@code @needs-} tag may name: those of {@link Capabilities}. */
    static final List<String> KNOWN_CAPABILITIES = List.of(Capabilities.VIRTUAL_CLOCK,
            Capabilities.EAGER_TASK_FACTORY, Capabilities.THREADSAFE_CALLBACKS);

    private Coverage() {
    }

    /** Every problem found, one line each naming its place; empty when coverage is complete. */
    public static List<String> problems(RuleRegistry registry, List<SpecScenario> scenarios) {
        List<String> problems = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (SpecScenario scenario : scenarios) {
            List<String> ids = scenario.tags().stream().filter(t -> t.startsWith(RULE_TAG_PREFIX))
                    .map(t -> t.substring(RULE_TAG_PREFIX.length())).toList();
            if (ids.size() != 1) {
                problems.add(scenario.location() + " (" + scenario.name() + "): names " + ids.size()
                        + " rules " + ids + "; a scenario names exactly one");
            }
            for (String id : ids) {
                if (registry.find(id).isEmpty()) {
                    problems.add(scenario.location() + " (" + scenario.name() + "): rule " + id
                            + " is not registered in features/rules/");
                }
                covered.add(id);
            }
            for (String capability : CapabilityTags.required(scenario.tags())) {
                if (!KNOWN_CAPABILITIES.contains(capability)) {
                    problems.add(scenario.location() + " (" + scenario.name() + "): @needs-" + capability
                            + " names no capability of dev.asynciotck.spi.Capabilities " + KNOWN_CAPABILITIES);
                }
                if (ids.size() == 1 && registry.find(ids.get(0)).filter(Rule::required).isPresent()) {
                    problems.add(scenario.location() + " (" + scenario.name() + "): needs the optional capability "
                            + capability + " but encodes the required rule " + ids.get(0));
                }
            }
        }
        for (Rule rule : registry.rules()) {
            if (!covered.contains(rule.id())) {
                problems.add(rule.origin() + ": rule " + rule.id() + " has no scenario");
            }
        }
        return problems;
    }
}
