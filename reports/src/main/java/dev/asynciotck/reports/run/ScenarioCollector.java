package dev.asynciotck.reports.run;

import dev.asynciotck.steps.glue.NoOutcomeError;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns the JUnit Platform's events for Cucumber scenarios into {@link ScenarioResult}s (thread-safe). */
final class ScenarioCollector implements TestExecutionListener {

    private final List<ScenarioResult> results = new ArrayList<>();
    private final String target;
    private final ProgressListener progress;
    private volatile TestPlan plan;

    ScenarioCollector(String target, ProgressListener progress) {
        this.target = target;
        this.progress = progress;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        progress.started(target, testPlan.countTestIdentifiers(TestIdentifier::isTest));
    }

    /**
     * Cucumber reports the scenarios its tag filter leaves out as skipped (one by one, or their whole feature or
     * rule): they are not part of the run. Scenarios that do not apply to the target's version are aborted
     * instead, and recorded as not applicable in {@link #executionFinished}.
     */
    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        long left = test.isTest() ? 1 : plan == null ? 0
                : plan.getDescendants(test).stream().filter(TestIdentifier::isTest).count();
        if (left > 0) {
            progress.leftOut(target, left);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return;
        }
        Throwable thrown = result.getThrowable().orElse(null);
        String message = thrown == null ? "" : String.valueOf(thrown.getMessage());
        Verdict verdict = switch (result.getStatus()) {
            case SUCCESSFUL -> Verdict.PASSED;
            case ABORTED -> Verdict.NOT_APPLICABLE;
            case FAILED -> thrown instanceof NoOutcomeError noOutcome ? verdictOf(noOutcome) : Verdict.FAILED;
        };
        add(test, verdict, verdict == Verdict.PASSED ? "" : message);
    }

    private static Verdict verdictOf(NoOutcomeError error) {
        return switch (error.status()) {
            case TIMEOUT -> Verdict.TIMEOUT;
            case UNSUPPORTED -> Verdict.UNSUPPORTED;
            case MISSING -> Verdict.MISSING;
            default -> Verdict.ERROR;
        };
    }

    private void add(TestIdentifier test, Verdict verdict, String message) {
        ScenarioResult result = new ScenarioResult(location(test), test.getDisplayName(),
                test.getTags().stream().map(TestTag::getName).collect(Collectors.toUnmodifiableSet()),
                verdict, message);
        synchronized (this) {
            results.add(result);
        }
        progress.finished(target, result);
    }

    private static String location(TestIdentifier test) {
        return location(test.getSource().orElse(null), test.getUniqueId());
    }

    /** A scenario's key from its test source ({@code fallback} when the source names no feature file). */
    static String location(TestSource source, String fallback) {
        return switch (source) {
            case ClasspathResourceSource resource -> resource.getClasspathResourceName()
                    + resource.getPosition().map(p -> ":" + p.getLine()).orElse("");
            case FileSource file -> file.getFile().toPath().toAbsolutePath().normalize()
                    + file.getPosition().map(p -> ":" + p.getLine()).orElse("");
            case null, default -> fallback;
        };
    }

    synchronized List<ScenarioResult> results() {
        return List.copyOf(results);
    }
}
