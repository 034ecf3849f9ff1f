package dev.asynciotck.steps.glue;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * The one process-wide table of the glue, which Cucumber's model forces: Cucumber makes plugins from a string
 * and step definitions from classes, so neither can be handed the objects of the run it belongs to. Everything
 * else lives in the objects of a run ({@link TckPlugin}'s settings) or of a scenario ({@link ScenarioRun},
 * made by PicoContainer for each scenario).
 *
 * <ul>
 *   <li><b>Sinks</b>: a runner in this JVM ({@code tck run}) opens a sink for its run's evidence, names the
 *       handle in the plugin's argument ({@code sink=HANDLE}) and closes it when the run is over.</li>
 *   <li><b>Scenarios</b>: the plugin binds each test case it sees start to its run's settings, by Cucumber's
 *       test case id (which step definitions read as {@code Scenario.getId()}), and unbinds it when the test
 *       case finishes.</li>
 * </ul>
 *
 * Handles and ids are unique, so concurrent runs never see each other's settings or evidence.
 */
public final class RunBindings {

    private static final ConcurrentMap<String, Consumer<ScenarioEvidence>> SINKS = new ConcurrentHashMap<>();
    private static final ConcurrentMap<String, RunSettings> SCENARIOS = new ConcurrentHashMap<>();

    private RunBindings() {
    }

    /** Opens a sink (which must be thread-safe) for a run's evidence; returns its handle. */
    public static String openSink(Consumer<ScenarioEvidence> sink) {
        String handle = UUID.randomUUID().toString();
        SINKS.put(handle, sink);
        return handle;
    }

    public static void closeSink(String handle) {
        SINKS.remove(handle);
    }

    static Optional<Consumer<ScenarioEvidence>> sink(String handle) {
        return handle == null ? Optional.empty() : Optional.ofNullable(SINKS.get(handle));
    }

    static void bind(String testCaseId, RunSettings settings) {
        SCENARIOS.put(testCaseId, settings);
    }

    static void unbind(String testCaseId) {
        SCENARIOS.remove(testCaseId);
    }

    /** The settings of the run a test case belongs to, when a {@link TckPlugin} started it. */
    static Optional<RunSettings> settingsOf(String testCaseId) {
        return Optional.ofNullable(SCENARIOS.get(testCaseId));
    }
}
