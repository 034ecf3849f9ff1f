package dev.asynciotck.reports.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

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
 */
public record SuiteOptions(Duration timeout, String tagExpression, int parallelism, List<Path> features,
                           List<String> plugins, List<Path> classpath) {

    public SuiteOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        features = List.copyOf(features);
        plugins = List.copyOf(plugins);
        classpath = List.copyOf(classpath);
    }

    /** The bundled specification, a 10 s limit, two scenarios at a time, no plugins. */
    public static SuiteOptions defaults() {
        return new SuiteOptions(Duration.ofSeconds(10), null, 2, List.of(), List.of(), List.of());
    }

    public SuiteOptions withFeatures(List<Path> paths) {
        return new SuiteOptions(timeout, tagExpression, parallelism, paths, plugins, classpath);
    }

    public SuiteOptions withParallelism(int n) {
        return new SuiteOptions(timeout, tagExpression, n, features, plugins, classpath);
    }

    public SuiteOptions withTimeout(Duration limit) {
        return new SuiteOptions(limit, tagExpression, parallelism, features, plugins, classpath);
    }

    public SuiteOptions withTags(String expression) {
        return new SuiteOptions(timeout, expression, parallelism, features, plugins, classpath);
    }

    public SuiteOptions withPlugins(List<String> names) {
        return new SuiteOptions(timeout, tagExpression, parallelism, features, names, classpath);
    }

    public SuiteOptions withClasspath(List<Path> paths) {
        return new SuiteOptions(timeout, tagExpression, parallelism, features, plugins, paths);
    }
}
