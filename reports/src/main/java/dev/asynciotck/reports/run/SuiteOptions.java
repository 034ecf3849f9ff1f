package dev.asynciotck.reports.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the suite runs on a target.
 *
 * @param timeout       the per-scenario time limit
 * @param tagExpression a Cucumber tag expression selecting scenarios, or {@code null} for all
 * @param parallelism   how many scenarios run at once
 * @param features      feature files or directories to run instead of the bundled specification; empty for
 *                      the bundled one
 * @param plugins       Cucumber plugins ({@code html:out/index.html}, …) for this run
 * @param classpath     jars or class folders searched for Java providers besides the class path
 * @param only          the keys of the only scenarios to run ({@code tck run --shard}), or {@code null} for every
 *                      scenario the features and tags select
 */
public record SuiteOptions(Duration timeout, String tagExpression, int parallelism, List<Path> features,
                           List<String> plugins, List<Path> classpath, Set<String> only) {

    public SuiteOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        features = List.copyOf(features);
        plugins = List.copyOf(plugins);
        classpath = List.copyOf(classpath);
        only = only == null ? null : Set.copyOf(only);
    }

    public SuiteOptions(Duration timeout, String tagExpression, int parallelism, List<Path> features,
                        List<String> plugins, List<Path> classpath) {
        this(timeout, tagExpression, parallelism, features, plugins, classpath, null);
    }

    /** The bundled specification, a 10 s limit, two scenarios at a time, no plugins. */
    public static SuiteOptions defaults() {
        return new SuiteOptions(Duration.ofSeconds(10), null, 2, List.of(), List.of(), List.of());
    }

    public SuiteOptions withFeatures(List<Path> paths) {
        return new SuiteOptions(timeout, tagExpression, parallelism, paths, plugins, classpath, only);
    }

    public SuiteOptions withParallelism(int n) {
        return new SuiteOptions(timeout, tagExpression, n, features, plugins, classpath, only);
    }

    public SuiteOptions withTimeout(Duration limit) {
        return new SuiteOptions(limit, tagExpression, parallelism, features, plugins, classpath, only);
    }

    public SuiteOptions withTags(String expression) {
        return new SuiteOptions(timeout, expression, parallelism, features, plugins, classpath, only);
    }

    public SuiteOptions withPlugins(List<String> names) {
        return new SuiteOptions(timeout, tagExpression, parallelism, features, names, classpath, only);
    }

    /** These options restricted to the scenarios of these keys ({@code null}: no restriction). */
    public SuiteOptions withOnly(Set<String> keys) {
        return new SuiteOptions(timeout, tagExpression, parallelism, features, plugins, classpath, keys);
    }

    public SuiteOptions withClasspath(List<Path> paths) {
        return new SuiteOptions(timeout, tagExpression, parallelism, features, plugins, paths, only);
    }
}
