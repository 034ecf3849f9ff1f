package dev.asynciotck.reports.run;

import dev.asynciotck.spec.Locations;
import dev.asynciotck.steps.glue.RunBindings;
import dev.asynciotck.steps.glue.RunSettings;
import dev.asynciotck.steps.glue.ScenarioEvidence;
import dev.asynciotck.steps.glue.TckPlugin;
import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.Targets;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

/**
 * Runs the Cucumber suite on one target through the JUnit Platform launcher and collects one
 * {@link ScenarioResult} per scenario, with the program and what running it gave as evidence.
 *
 * <p>The step definitions learn their target from the {@link TckPlugin} named in the {@code cucumber.plugin}
 * configuration parameter of this run's discovery request, not from global state, so runs on different
 * targets may overlap in one JVM. The evidence comes back through a {@link RunBindings} sink unique to the run.
 */
public final class SuiteRunner {

    /** The package of the class path that holds the bundled specification. */
    public static final String BUNDLED_FEATURES = "asynciotck.features";

    private SuiteRunner() {
    }

    public static TargetResult run(String targetName, SuiteOptions options) {
        return run(targetName, options, ProgressListener.NONE);
    }

    /** Runs every selected scenario on the target; a crash of the engine ends the run with what finished. */
    public static TargetResult run(String targetName, SuiteOptions options, ProgressListener progress) {
        Target target = Targets.byName(targetName, options.classpath());
        String version = target.version().major() == 0 ? "?" : target.version().toString();
        ScenarioCollector collector = new ScenarioCollector(targetName, progress);
        Map<String, ScenarioEvidence> evidence = new ConcurrentHashMap<>();
        String sink = RunBindings.openSink(found -> evidence.put(Locations.key(found.uri(), found.line()), found));
        long start = System.nanoTime();
        String crash = null;
        try {
            RunSettings settings = new RunSettings(targetName, options.timeout(), options.classpath(), sink);
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request(options, settings), collector);
        } catch (RuntimeException | LinkageError e) {
            crash = "the engine failed: " + e;
        } finally {
            RunBindings.closeSink(sink);
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (ScenarioResult result : collector.results()) {
            ScenarioEvidence found = evidence.get(result.location());
            results.add(found == null ? result : result.withEvidence(found));
        }
        return new TargetResult(targetName, version, results, Duration.ofNanos(System.nanoTime() - start), crash);
    }

    private static LauncherDiscoveryRequest request(SuiteOptions options, RunSettings settings) {
        List<String> plugins = new ArrayList<>(options.plugins());
        plugins.add(TckPlugin.class.getName() + ":" + settings.toArgument());
        var builder = LauncherDiscoveryRequestBuilder.request()
                .filters(includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "dev.asynciotck.steps.glue")
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.junit-platform.naming-strategy", "long")
                .configurationParameter("cucumber.plugin", String.join(",", plugins))
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
        if (options.only() != null) {
            // A shard: every test outside it is pruned from the plan (containers left empty go with it).
            Set<String> only = options.only();
            builder.filters((PostDiscoveryFilter) descriptor -> !descriptor.isTest()
                    || only.contains(ScenarioCollector.location(descriptor.getSource().orElse(null),
                    descriptor.getUniqueId().toString()))
                    ? FilterResult.included("in the shard") : FilterResult.excluded("in another shard"));
        }
        return builder.build();
    }

    /** Convenience for several targets, one after the other. */
    public static List<TargetResult> runAll(List<String> targetNames, SuiteOptions options) {
        return targetNames.stream().map(name -> run(name, options)).toList();
    }
}
