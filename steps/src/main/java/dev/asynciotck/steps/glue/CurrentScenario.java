package dev.asynciotck.steps.glue;

import dev.asynciotck.harness.RunResult;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;

import java.util.Optional;

/**
 * The settings and the evidence of the scenario running on the current thread, set by {@link TckPlugin}
 * between Cucumber's TestCaseStarted and TestCaseFinished events (both on the scenario's thread).
 */
final class CurrentScenario {

    private static final ThreadLocal<CurrentScenario> CURRENT = new ThreadLocal<>();

    private final RunSettings settings;
    private String targetName;
    private String program;
    private RunResult result;

    private CurrentScenario(RunSettings settings) {
        this.settings = settings;
        this.targetName = settings.targetName();
    }

    static void begin(RunSettings settings) {
        CURRENT.set(new CurrentScenario(settings));
    }

    /** The settings of the plugin that started this thread's scenario, if one did. */
    static Optional<RunSettings> settings() {
        return Optional.ofNullable(CURRENT.get()).map(current -> current.settings);
    }

    /** Records what the scenario's program was and what running it gave. */
    static void record(String targetName, String program, RunResult result) {
        CurrentScenario current = CURRENT.get();
        if (current != null) {
            current.targetName = targetName;
            current.program = program;
            current.result = result;
        }
    }

    static void finish(TestCaseFinished event) {
        CurrentScenario current = CURRENT.get();
        CURRENT.remove();
        if (current == null || current.settings.sinkId() == null) {
            return;
        }
        TestCase testCase = event.getTestCase();
        Result result = event.getResult();
        EvidenceSinks.find(current.settings.sinkId()).ifPresent(sink -> sink.accept(new ScenarioEvidence(
                testCase.getUri().toString(), testCase.getLocation().getLine(), testCase.getName(),
                current.targetName, current.program, current.result, result.getStatus().name(),
                result.getError())));
    }
}
