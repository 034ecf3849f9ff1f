package dev.asynciotck.spec;

import java.util.List;

/**
 * One feature file.
 *
 * @param uri         normalised like scenario keys
 * @param name        the feature's title
 * @param description its description, as written
 * @param rules       its Gherkin {@code Rule:} blocks in file order
 * @param scenarios   its scenarios in file order
 */
public record SpecFeature(String uri, String name, String description, List<RuleBlock> rules,
                          List<SpecScenario> scenarios) {

    public SpecFeature {
        rules = List.copyOf(rules);
        scenarios = List.copyOf(scenarios);
    }
}
