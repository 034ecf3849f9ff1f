package dev.asynciotck.reports.run;

import dev.asynciotck.steps.glue.NoOutcomeError;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns the JUnit Platform's events for Cucumber scenarios into {@link ScenarioResult}s (thread-safe). */
final class ScenarioCollector implements TestExecutionListener {

    private final List<ScenarioResult> results = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest()) {
            add(test, Verdict.NOT_APPLICABLE, reason);
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

    private synchronized void add(TestIdentifier test, Verdict verdict, String message) {
        results.add(new ScenarioResult(location(test), test.getDisplayName(),
                test.getTags().stream().map(TestTag::getName).collect(Collectors.toUnmodifiableSet()),
                verdict, message));
    }

    private static String location(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        return switch (source) {
            case ClasspathResourceSource resource -> resource.getClasspathResourceName()
                    + resource.getPosition().map(p -> ":" + p.getLine()).orElse("");
            case FileSource file -> file.getFile().getPath()
                    + file.getPosition().map(p -> ":" + p.getLine()).orElse("");
            case null, default -> test.getUniqueId();
        };
    }

    synchronized List<ScenarioResult> results() {
        return List.copyOf(results);
    }
}
