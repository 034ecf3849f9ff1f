package dev.asynciotck.spec;

import java.util.List;
import java.util.Map;

/**
 * One feature file.
 *
 * @param uri              normalised like scenario keys
 * @param name             the feature's title
 * @param description      its description, as written
 * @param ruleDescriptions the description of each Gherkin {@code Rule:} by title (its {@code Link:} line included)
 * @param scenarios        its scenarios in file order
 */
public record SpecFeature(String uri, String name, String description, Map<String, String> ruleDescriptions,
                             List<SpecScenario> scenarios) {

    public SpecFeature {
        ruleDescriptions = Map.copyOf(ruleDescriptions);
        scenarios = List.copyOf(scenarios);
    }
}
