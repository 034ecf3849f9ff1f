package dev.asynciotck.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a specification, derived from its features' well-formed {@code Rule:} blocks, in file order.
 * When two Rule blocks claim one ID the first counts here; {@link Coverage} reports the second.
 */
public final class RuleRegistry {

    /** Rule IDs: dot-separated lowercase words with hyphens, e.g. {@code task.cancel.before-start}. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private final Map<String, Rule> rules;

    private RuleRegistry(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /** The rules stated by these features' Rule blocks. */
    public static RuleRegistry of(List<SpecFeature> features) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        features.stream().flatMap(f -> f.rules().stream()).flatMap(block -> block.rule().stream())
                .forEach(rule -> rules.putIfAbsent(rule.id(), rule));
        return new RuleRegistry(rules);
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Every rule in file order. */
    public List<Rule> rules() {
        return new ArrayList<>(rules.values());
    }
}
