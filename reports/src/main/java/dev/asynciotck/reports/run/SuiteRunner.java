package dev.asynciotck.reports.run;

import dev.asynciotck.steps.glue.RunSettings;
import dev.asynciotck.steps.target.Target;
import dev.asynciotck.steps.target.Targets;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.time.Duration;
import java.util.List;


import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

/**
 * Runs the Cucumber suite on one target through the JUnit Platform launcher and collects one
 * {@link ScenarioResult} per scenario.
 *
 * <p>The step definitions learn their target from system properties ({@link RunSettings}), so runs on
 * different targets are serialised within one JVM; the scenarios of one run execute in parallel.
 */
public final class SuiteRunner {

    /** The package of the class path that holds the bundled specification. */
    public static final String BUNDLED_FEATURES = "asynciotck.features";

    private static final Object ONE_RUN_AT_A_TIME = new Object();

    private SuiteRunner() {
    }

    public static TargetResult run(String targetName, SuiteOptions options) {
        Target target = Targets.byName(targetName);
        String version = target.version().major() == 0 ? "?" : target.version().toString();
        ScenarioCollector collector = new ScenarioCollector();
        long start = System.nanoTime();
        synchronized (ONE_RUN_AT_A_TIME) {
            String previousTarget = System.setProperty(RunSettings.TARGET_PROPERTY, targetName);
            String previousTimeout = System.setProperty(RunSettings.TIMEOUT_PROPERTY,
                    Double.toString(options.timeout().toMillis() / 1000.0));
            try {
                Launcher launcher = LauncherFactory.create();
                launcher.execute(request(options), collector);
            } finally {
                restore(RunSettings.TARGET_PROPERTY, previousTarget);
                restore(RunSettings.TIMEOUT_PROPERTY, previousTimeout);
            }
        }
        return new TargetResult(targetName, version, collector.results(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static LauncherDiscoveryRequest request(SuiteOptions options) {
        var builder = LauncherDiscoveryRequestBuilder.request()
                .filters(includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "dev.asynciotck.steps.glue")
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.junit-platform.naming-strategy", "long")
                .configurationParameter("cucumber.execution.parallel.enabled",
                        Boolean.toString(options.parallelism() > 1))
                .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism",
                        Integer.toString(options.parallelism()))
                .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size",
                        Integer.toString(options.parallelism()));
        if (options.features().isEmpty()) {
            builder.selectors(selectPackage(BUNDLED_FEATURES));
        } else {
            options.features().forEach(path -> builder.selectors(path.toFile().isDirectory()
                    ? selectDirectory(path.toFile()) : selectFile(path.toFile())));
        }
        if (options.tagExpression() != null) {
            builder.configurationParameter("cucumber.filter.tags", options.tagExpression());
        }
        if (!options.plugins().isEmpty()) {
            builder.configurationParameter("cucumber.plugin", String.join(",", options.plugins()));
        }
        return builder.build();
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    /** Convenience for several targets, one after the other. */
    public static List<TargetResult> runAll(List<String> targetNames, SuiteOptions options) {
        return targetNames.stream().map(name -> run(name, options)).toList();
    }
}
