package dev.asynciotck.reports.catalog;

import dev.asynciotck.steps.spec.Coverage;
import dev.asynciotck.steps.spec.RuleRegistry;
import dev.asynciotck.steps.spec.Specification;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Pickle;
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

/** Reads a {@link Catalog} from the bundled specification on the class path or from feature files. */
public final class CatalogLoader {

    /** Where the features module puts the feature files and the rule registry on the class path. */
    public static final String FEATURES_RESOURCE = "asynciotck/features";
    public static final String RULES_RESOURCE = "asynciotck/rules";

    private CatalogLoader() {
    }

    /** The bundled specification and its rule registry, from the class path. */
    public static Catalog bundled() {
        ClassLoader loader = CatalogLoader.class.getClassLoader();
        List<CatalogFeature> features = new ArrayList<>();
        withResourceDir(loader, FEATURES_RESOURCE, dir -> features.addAll(parseAll(dir,
                file -> Locations.CLASSPATH + FEATURES_RESOURCE + "/" + dir.relativize(file).toString().replace('\\', '/'))));
        RuleRegistry[] rules = {null};
        withResourceDir(loader, RULES_RESOURCE, dir -> rules[0] = RuleRegistry.load(dir));
        if (features.isEmpty()) {
            throw new IllegalStateException("no feature files under " + FEATURES_RESOURCE
                    + " on the class path: is the asyncio-tck-features jar missing?");
        }
        return new Catalog("the bundled specification", features, rules[0] == null ? emptyRegistry() : rules[0]);
    }

    /**
     * The feature files at {@code paths} (files or directories). A directory's sibling {@code rules/}
     * directory, if there is one, is its rule registry (as for {@code features/spec} and {@code features/rules}).
     */
    public static Catalog fromPaths(List<Path> paths) {
        List<CatalogFeature> features = new ArrayList<>();
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
        return new Catalog(paths.toString(), features, rules == null ? emptyRegistry() : rules);
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

    private static List<CatalogFeature> parseAll(Path root, UriOf uriOf) {
        try (Stream<Path> files = Files.walk(root)) {
            List<CatalogFeature> features = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                features.add(parse(uriOf.of(file), Files.readAllBytes(file)));
            }
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read features below " + root, e);
        }
    }

    /** One feature file's scenarios, outlines expanded exactly as Cucumber expands them. */
    static CatalogFeature parse(String uri, byte[] source) {
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
            return new CatalogFeature(Locations.feature(uri), uri, "", Map.of(), List.of());
        }
        List<CatalogScenario> scenarios = new ArrayList<>();
        Map<String, Integer> sameName = new HashMap<>();
        pickles.forEach(p -> sameName.merge(ruleId(p) + "\u0000" + p.getName(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        for (Pickle pickle : pickles) {
            String nameKey = ruleId(pickle) + "\u0000" + pickle.getName();
            int n = seen.merge(nameKey, 1, Integer::sum);
            String baselineName = sameName.get(nameKey) > 1 ? pickle.getName() + " [example " + n + "]" : pickle.getName();
            scenarios.add(toScenario(uri, pickle, baselineName, lineOfNode, ruleOfNode));
        }
        return new CatalogFeature(Locations.feature(uri), feature[0].getName(), feature[0].getDescription().strip(),
                ruleDescriptions, scenarios);
    }

    private static String ruleId(Pickle pickle) {
        return pickle.getTags().stream().map(PickleTag::getName).filter(t -> t.startsWith(Coverage.RULE_TAG_PREFIX))
                .map(t -> t.substring(Coverage.RULE_TAG_PREFIX.length())).findFirst().orElse("");
    }

    private static CatalogScenario toScenario(String uri, Pickle pickle, String baselineName,
                                              Map<String, Long> lineOfNode, Map<String, String> ruleOfNode) {
        Specification.Statement statement = Specification.statementOf(pickle);
        List<String> nodes = pickle.getAstNodeIds();
        long line = lineOfNode.getOrDefault(nodes.getLast(), 0L);
        String ruleTitle = ruleOfNode.getOrDefault(nodes.getFirst(), "");
        return new CatalogScenario(Locations.key(uri, line), Locations.feature(uri), line, ruleTitle, ruleId(pickle),
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
