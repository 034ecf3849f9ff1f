package dev.asynciotck.spec;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a {@link Specification} from the bundled specification on the class path or from feature files. */
public final class SpecificationLoader {

    /** Where the features module puts the feature files and the rule registry on the class path. */
    public static final String FEATURES_RESOURCE = "asynciotck/features";
    public static final String RULES_RESOURCE = "asynciotck/rules";

    private SpecificationLoader() {
    }

    /** The bundled specification and its rule registry, from the class path. */
    public static Specification bundled() {
        ClassLoader loader = SpecificationLoader.class.getClassLoader();
        List<SpecFeature> features = new ArrayList<>();
        withResourceDir(loader, FEATURES_RESOURCE, dir -> features.addAll(parseAll(dir,
                file -> Locations.CLASSPATH + FEATURES_RESOURCE + "/" + dir.relativize(file).toString().replace('\\', '/'))));
        RuleRegistry[] rules = {null};
        withResourceDir(loader, RULES_RESOURCE, dir -> rules[0] = RuleRegistry.load(dir));
        if (features.isEmpty()) {
            throw new IllegalStateException("no feature files under " + FEATURES_RESOURCE
                    + " on the class path: is the asyncio-tck-features jar missing?");
        }
        return new Specification("the bundled specification", features, rules[0] == null ? emptyRegistry() : rules[0]);
    }

    /**
     * The feature files at {@code paths} (files or directories). A directory's sibling {@code rules/}
     * directory, if there is one, is its rule registry (as for {@code features/spec} and {@code features/rules}).
     */
    public static Specification fromPaths(List<Path> paths) {
        List<SpecFeature> features = new ArrayList<>();
        RuleRegistry rules = null;
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                throw new IllegalArgumentException("no such feature file or directory: " + path);
            }
            features.addAll(parseAll(absolute, Path::toString));
            Path siblingRules = absolute.getParent() == null ? null : absolute.getParent().resolve("rules");
            if (rules == null && Files.isDirectory(absolute) && siblingRules != null && Files.isDirectory(siblingRules)) {
                rules = RuleRegistry.load(siblingRules);
            }
        }
        return new Specification(paths.toString(), features, rules == null ? emptyRegistry() : rules);
    }

    /** Every scenario of every {@code .feature} file below {@code root} (or of that file), in file order. */
    public static List<SpecScenario> load(Path root) {
        return fromPaths(List.of(root)).scenarios();
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

    private static RuleRegistry emptyRegistry() {
        try {
            Path empty = Files.createTempDirectory("asyncio-tck-no-rules");
            empty.toFile().deleteOnExit();
            return RuleRegistry.load(empty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface PathConsumer {
        void accept(Path dir) throws IOException;
    }

    /** Calls {@code action} with each class path directory of that name, opening jars as file systems. */
    private static void withResourceDir(ClassLoader loader, String name, PathConsumer action) {
        try {
            for (URL url : java.util.Collections.list(loader.getResources(name))) {
                URI uri = url.toURI();
                if (uri.getScheme().equals("jar")) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        action.accept(jar.provider().getPath(uri));
                    }
                } else {
                    action.accept(Path.of(uri));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the class path", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    interface UriOf {
        String of(Path file);
    }

    private static List<SpecFeature> parseAll(Path root, UriOf uriOf) {
        try (Stream<Path> files = Files.walk(root)) {
            List<SpecFeature> features = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                features.add(parse(uriOf.of(file), Files.readAllBytes(file)));
            }
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read features below " + root, e);
        }
    }

    /** One feature file's scenarios, outlines expanded exactly as Cucumber expands them. */
    static SpecFeature parse(String uri, byte[] source) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(true)
                .includePickles(true).build();
        Map<String, Long> lineOfNode = new HashMap<>();
        Map<String, String> ruleOfNode = new HashMap<>();
        Map<String, String> ruleDescriptions = new LinkedHashMap<>();
        Feature[] feature = {null};
        List<Pickle> pickles = new ArrayList<>();
        try (Stream<Envelope> envelopes = parser.parse(uri, source)) {
            envelopes.forEach(envelope -> {
                envelope.getParseError().ifPresent(error -> {
                    throw new IllegalArgumentException(uri + ": " + error.getMessage());
                });
                envelope.getGherkinDocument().flatMap(d -> d.getFeature()).ifPresent(f -> {
                    feature[0] = f;
                    index(f.getChildren(), lineOfNode, ruleOfNode, ruleDescriptions);
                });
                envelope.getPickle().ifPresent(pickles::add);
            });
        }
        if (feature[0] == null) {
            return new SpecFeature(Locations.feature(uri), uri, "", Map.of(), List.of());
        }
        List<SpecScenario> scenarios = new ArrayList<>();
        Map<String, Integer> sameName = new HashMap<>();
        pickles.forEach(p -> sameName.merge(ruleId(p) + "\u0000" + p.getName(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        for (Pickle pickle : pickles) {
            String nameKey = ruleId(pickle) + "\u0000" + pickle.getName();
            int n = seen.merge(nameKey, 1, Integer::sum);
            String baselineName = sameName.get(nameKey) > 1 ? pickle.getName() + " [example " + n + "]" : pickle.getName();
            scenarios.add(toScenario(uri, pickle, baselineName, lineOfNode, ruleOfNode));
        }
        return new SpecFeature(Locations.feature(uri), feature[0].getName(), feature[0].getDescription().strip(),
                ruleDescriptions, scenarios);
    }

    private static String ruleId(Pickle pickle) {
        return pickle.getTags().stream().map(PickleTag::getName).filter(t -> t.startsWith(Coverage.RULE_TAG_PREFIX))
                .map(t -> t.substring(Coverage.RULE_TAG_PREFIX.length())).findFirst().orElse("");
    }

    private static SpecScenario toScenario(String uri, Pickle pickle, String baselineName,
                                              Map<String, Long> lineOfNode, Map<String, String> ruleOfNode) {
        Statement statement = statementOf(pickle);
        List<String> nodes = pickle.getAstNodeIds();
        long line = lineOfNode.getOrDefault(nodes.getLast(), 0L);
        String ruleTitle = ruleOfNode.getOrDefault(nodes.getFirst(), "");
        return new SpecScenario(Locations.key(uri, line), Locations.feature(uri), line, ruleTitle, ruleId(pickle),
                pickle.getName(), baselineName, pickle.getTags().stream().map(PickleTag::getName).toList(),
                statement.program(), statement.expectedOutput(), statement.expectedOutcome());
    }

    private static void index(List<FeatureChild> children, Map<String, Long> lineOfNode,
                              Map<String, String> ruleOfNode, Map<String, String> ruleDescriptions) {
        for (FeatureChild child : children) {
            child.getScenario().ifPresent(scenario -> indexScenario(scenario, "", lineOfNode, ruleOfNode));
            child.getRule().ifPresent(rule -> {
                ruleDescriptions.put(rule.getName(), rule.getDescription().strip());
                rule.getChildren().forEach(ruleChild -> ruleChild.getScenario()
                        .ifPresent(scenario -> indexScenario(scenario, rule.getName(), lineOfNode, ruleOfNode)));
            });
        }
    }

    private static void indexScenario(Scenario scenario, String rule, Map<String, Long> lineOfNode,
                                      Map<String, String> ruleOfNode) {
        lineOfNode.put(scenario.getId(), scenario.getLocation().getLine());
        ruleOfNode.put(scenario.getId(), rule);
        for (Examples examples : scenario.getExamples()) {
            for (TableRow row : examples.getTableBody()) {
                lineOfNode.put(row.getId(), row.getLocation().getLine());
            }
        }
    }
}
