package dev.asynciotck.spec;

import dev.asynciotck.spi.PythonVersion;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The specification a run is judged against: its features, scenarios and registered rules, read independently
 * of the engine that runs them, so a run can be checked for scenarios that should have run and did not.
 *
 * @param source   where it was read from, for messages
 * @param features the features, in file order
 * @param rules    the rules its features' Rule blocks state
 */
public record Specification(String source, List<SpecFeature> features, RuleRegistry rules) {

    public Specification {
        features = List.copyOf(features);
    }

    /** The specification these features make, its rule registry derived from their Rule blocks. */
    public static Specification of(String source, List<SpecFeature> features) {
        return new Specification(source, features, RuleRegistry.of(features));
    }

    /** Every scenario, in file order. */
    public List<SpecScenario> scenarios() {
        return features.stream().flatMap(f -> f.scenarios().stream()).toList();
    }

    /** The scenarios by key. */
    public Map<String, SpecScenario> byKey() {
        Map<String, SpecScenario> map = new LinkedHashMap<>();
        scenarios().forEach(s -> map.put(s.key(), s));
        return map;
    }

    /** The registered rule of that ID, if any. */
    public Optional<Rule> rule(String id) {
        return rules.find(id);
    }

    /**
     * The catalog restricted to the scenarios a Cucumber tag expression selects (all for {@code null}); features
     * left without scenarios are dropped.
     *
     * @throws IllegalArgumentException for an expression that does not parse
     */
    public Specification select(String tagExpression) {
        if (tagExpression == null || tagExpression.isBlank()) {
            return this;
        }
        Expression expression = parse(tagExpression);
        List<SpecFeature> selected = features.stream()
                .map(f -> new SpecFeature(f.uri(), f.name(), f.description(), f.rules(),
                        f.scenarios().stream().filter(s -> expression.evaluate(s.tags())).toList()))
                .filter(f -> !f.scenarios().isEmpty())
                .toList();
        return new Specification(source + " filtered by tags '" + tagExpression + "'", selected, rules);
    }

    /** The selected scenarios whose version tags include {@code version}. */
    public List<SpecScenario> applicableTo(PythonVersion version) {
        return scenarios().stream().filter(s -> s.versions().contains(version)).toList();
    }

    /** Parses a Cucumber tag expression, naming it when it does not parse. */
    public static Expression parse(String tagExpression) {
        try {
            return TagExpressionParser.parse(tagExpression);
        } catch (TagExpressionException e) {
            throw new IllegalArgumentException("'" + tagExpression + "' is not a tag expression: " + e.getMessage());
        }
    }
}
