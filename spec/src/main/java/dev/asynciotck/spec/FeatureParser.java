package dev.asynciotck.spec;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Parses one feature file with Cucumber's own Gherkin parser, so outlines expand exactly as Cucumber expands them
 * and scenarios inherit the tags of their Feature, Rule and Examples as Cucumber's pickles do.
 */
final class FeatureParser {

    private FeatureParser() {
    }

    /** One feature file's Rule blocks and scenarios; a file that does not parse is an error naming it. */
    static SpecFeature parse(String uri, byte[] source) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(true)
                .includePickles(true).build();
        Index index = new Index(uri);
        Feature[] feature = {null};
        List<Pickle> pickles = new ArrayList<>();
        try (Stream<Envelope> envelopes = parser.parse(uri, source)) {
            envelopes.forEach(envelope -> {
                envelope.getParseError().ifPresent(error -> {
                    throw new IllegalArgumentException(uri + ": " + error.getMessage());
                });
                envelope.getGherkinDocument().flatMap(d -> d.getFeature()).ifPresent(f -> {
                    feature[0] = f;
                    index.add(f.getChildren());
                });
                envelope.getPickle().ifPresent(pickles::add);
            });
        }
        if (feature[0] == null) {
            return new SpecFeature(Locations.feature(uri), uri, "", List.of(), List.of());
        }
        List<SpecScenario> scenarios = new ArrayList<>();
        Map<String, Integer> sameName = new HashMap<>();
        pickles.forEach(p -> sameName.merge(ruleId(p) + "\u0000" + p.getName(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        for (Pickle pickle : pickles) {
            String nameKey = ruleId(pickle) + "\u0000" + pickle.getName();
            int n = seen.merge(nameKey, 1, Integer::sum);
            String baselineName = sameName.get(nameKey) > 1 ? pickle.getName() + " [example " + n + "]" : pickle.getName();
            scenarios.add(toScenario(uri, pickle, baselineName, index));
        }
        return new SpecFeature(Locations.feature(uri), feature[0].getName(), feature[0].getDescription().strip(),
                index.rules, scenarios);
    }

    /** The ID of the first {@code @rule-} tag a pickle carries (its Rule's, when well formed), or {@code ""}. */
    private static String ruleId(Pickle pickle) {
        return pickle.getTags().stream().map(PickleTag::getName).filter(t -> t.startsWith(RuleBlock.RULE_TAG_PREFIX))
                .map(t -> t.substring(RuleBlock.RULE_TAG_PREFIX.length())).findFirst().orElse("");
    }

    private static SpecScenario toScenario(String uri, Pickle pickle, String baselineName, Index index) {
        List<StepVocabulary.Step> steps = pickle.getSteps().stream().map(step -> new StepVocabulary.Step(step.getText(),
                step.getArgument().flatMap(a -> a.getDocString()).map(d -> d.getContent()).orElse(null))).toList();
        StepVocabulary.Statement statement = StepVocabulary.statementOf(steps);
        // An outline's pickle names the scenario, then the example row: the row is the more precise place.
        List<String> nodes = pickle.getAstNodeIds();
        long line = index.lineOfNode.getOrDefault(nodes.getLast(), 0L);
        return new SpecScenario(Locations.key(uri, line), Locations.feature(uri), line,
                index.ruleOfScenario.get(nodes.getFirst()), ruleId(pickle), pickle.getName(), baselineName,
                pickle.getTags().stream().map(PickleTag::getName).toList(),
                steps.stream().map(StepVocabulary.Step::text).toList(),
                statement.program(), statement.expectedOutput(), statement.expectedOutcome());
    }

    /** The Rule blocks of a feature, and for each scenario and example row its line and its Rule block. */
    private static final class Index {
        final String uri;
        final List<RuleBlock> rules = new ArrayList<>();
        final Map<String, Long> lineOfNode = new HashMap<>();
        final Map<String, RuleBlock> ruleOfScenario = new HashMap<>();

        Index(String uri) {
            this.uri = uri;
        }

        void add(List<FeatureChild> children) {
            for (FeatureChild child : children) {
                child.getScenario().ifPresent(scenario -> addScenario(scenario, null));
                child.getRule().ifPresent(rule -> {
                    RuleBlock block = new RuleBlock(rule.getName().strip(), rule.getTags().stream().map(Tag::getName).toList(),
                            rule.getDescription().strip(), Locations.key(uri, rule.getLocation().getLine()));
                    rules.add(block);
                    rule.getChildren().forEach(ruleChild -> ruleChild.getScenario()
                            .ifPresent(scenario -> addScenario(scenario, block)));
                });
            }
        }

        private void addScenario(Scenario scenario, RuleBlock rule) {
            lineOfNode.put(scenario.getId(), scenario.getLocation().getLine());
            if (rule != null) {
                ruleOfScenario.put(scenario.getId(), rule);
            }
            for (Examples examples : scenario.getExamples()) {
                for (TableRow row : examples.getTableBody()) {
                    lineOfNode.put(row.getId(), row.getLocation().getLine());
                }
            }
        }
    }
}
