package dev.asynciotck.steps.spec;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads feature files into {@link SpecScenario}s with Cucumber's own Gherkin parser, so outlines expand
 * exactly as Cucumber expands them. Used where the suite must look at programs and expectations directly
 * (running a program through {@code tck exec}, checking rule coverage), not to run scenarios.
 */
public final class Specification {

    private Specification() {
    }

    /** Every scenario of every {@code .feature} file below {@code root}, in file order. */
    public static List<SpecScenario> load(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<SpecScenario> scenarios = new ArrayList<>();
            files.filter(p -> p.toString().endsWith(".feature")).sorted()
                    .forEach(file -> scenarios.addAll(parse(file)));
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read features below " + root, e);
        }
    }

    private static List<SpecScenario> parse(Path file) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(true)
                .includePickles(true).build();
        List<SpecScenario> scenarios = new ArrayList<>();
        Map<String, Long> lineOfNode = new HashMap<>();
        try (Stream<Envelope> envelopes = parser.parse(file)) {
            for (Envelope envelope : (Iterable<Envelope>) envelopes::iterator) {
                envelope.getParseError().ifPresent(error -> {
                    throw new IllegalArgumentException(file + ": " + error.getMessage());
                });
                envelope.getGherkinDocument().flatMap(GherkinDocument::getFeature)
                        .ifPresent(feature -> indexLines(feature.getChildren(), lineOfNode));
                envelope.getPickle().ifPresent(pickle -> scenarios.add(toScenario(file, pickle, lineOfNode)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return scenarios;
    }

    /**
     * What a scenario states, read from its steps (the vocabulary of features/README.md).
     *
     * @param program         the program text, or {@code null}
     * @param expectedOutput  the exact expected standard output, or {@code null} when it states none
     * @param expectedOutcome the exception expected to escape, {@code ""} for "completes normally", or
     *                        {@code null} when it states none
     */
    public record Statement(String program, String expectedOutput, String expectedOutcome) {
    }

    /** Reads the program and the expectations from a scenario's steps. */
    public static Statement statementOf(Pickle pickle) {
        String program = null;
        String output = null;
        String outcome = null;
        for (PickleStep step : pickle.getSteps()) {
            String text = step.getText();
            String docString = step.getArgument().flatMap(a -> a.getDocString()).map(d -> d.getContent()).orElse(null);
            if (text.equals("the program:")) {
                program = docString;
            } else if (text.equals("the output is:")) {
                output = docString + "\n";
            } else if (text.equals("the output is empty")) {
                output = "";
            } else if (text.equals("the program completes normally")) {
                outcome = "";
            } else if (text.startsWith("the program raises ")) {
                outcome = text.substring("the program raises ".length()).strip();
            }
        }
        return new Statement(program, output, outcome);
    }

    private static SpecScenario toScenario(Path file, Pickle pickle, Map<String, Long> lineOfNode) {
        Statement statement = statementOf(pickle);
        List<String> tags = pickle.getTags().stream().map(PickleTag::getName).toList();
        // An outline's pickle names the scenario, then the example row: the row is the more precise place.
        List<String> nodes = pickle.getAstNodeIds();
        long line = lineOfNode.getOrDefault(nodes.getLast(), 0L);
        return new SpecScenario(file.toString(), line, pickle.getName(), tags, statement.program(),
                statement.expectedOutput(), statement.expectedOutcome());
    }

    /** Maps the ids of scenarios and example rows (what pickles refer to) to their lines. */
    private static void indexLines(List<FeatureChild> children, Map<String, Long> lineOfNode) {
        for (FeatureChild child : children) {
            child.getScenario().ifPresent(scenario -> indexScenario(scenario, lineOfNode));
            child.getRule().ifPresent(rule -> rule.getChildren().forEach(
                    ruleChild -> ruleChild.getScenario().ifPresent(scenario -> indexScenario(scenario, lineOfNode))));
        }
    }

    private static void indexScenario(Scenario scenario, Map<String, Long> lineOfNode) {
        lineOfNode.put(scenario.getId(), scenario.getLocation().getLine());
        for (Examples examples : scenario.getExamples()) {
            for (TableRow row : examples.getTableBody()) {
                lineOfNode.put(row.getId(), row.getLocation().getLine());
            }
        }
    }
}
