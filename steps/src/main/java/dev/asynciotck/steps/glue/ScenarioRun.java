package dev.asynciotck.steps.glue;

import dev.asynciotck.spec.CapabilityTags;
import dev.asynciotck.spec.VersionRange;
import dev.asynciotck.harness.MissingTarget;
import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.Targets;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;

import java.util.Objects;

/**
 * One scenario's run on the selected target, shared between its steps by PicoContainer (a new instance per
 * scenario). The program runs once, lazily, at the first step that checks its result. A failure message ends
 * with the run's {@linkplain RunResult#traceSection() trace} when the target recorded one (Java targets).
 */
public final class ScenarioRun {

    private RunSettings settings;
    private Target target;
    private String origin = "<scenario>";
    private String program;
    private RunResult result;

    /**
     * Starts the scenario: picks the target ({@link TckPlugin}'s settings, else the system properties), records
     * where the scenario comes from and aborts it (reported as skipped, with the reason) when its version tags
     * exclude the target's asyncio version or it needs a capability the target does not declare
     * ({@code @needs-<capability>}). A missing target fails it.
     */
    public void begin(Scenario scenario) {
        settings = RunBindings.settingsOf(scenario.getId()).orElseGet(RunSettings::fromSystemProperties);
        target = Targets.byName(settings.targetName(), settings.classpath());
        origin = scenario.getUri() + ":" + scenario.getLine();
        if (target instanceof MissingTarget missing) {
            throw new NoOutcomeError(RunResult.Status.MISSING, missing.name() + " is not available: "
                    + missing.reason());
        }
        VersionRange range = VersionRange.fromTags(scenario.getSourceTagNames());
        range.whyNotApplicable(target.version()).ifPresent(why -> {
            throw new TestAbortedException(why);
        });
        for (String capability : CapabilityTags.required(scenario.getSourceTagNames())) {
            if (!target.capabilities().contains(capability)) {
                throw new TestAbortedException(CapabilityTags.notApplicableReason(target.name(), capability));
            }
        }
    }

    public void useProgram(String source) {
        if (program != null) {
            throw new IllegalStateException("a scenario has one program; " + origin + " gives a second");
        }
        program = source;
    }

    /** The run's result, running the program first if it has not run yet. */
    public RunResult result() {
        if (result == null) {
            if (program == null) {
                throw new IllegalStateException("no program: start the scenario with 'Given the program:'");
            }
            result = target.run(program, origin, settings.timeout());
        }
        return result;
    }

    /** Hands what the scenario ran to its run's sink, if the run has one. */
    public void deliverEvidence(Scenario scenario) {
        if (settings == null) {
            return;
        }
        RunBindings.sink(settings.sinkId()).ifPresent(sink -> sink.accept(new ScenarioEvidence(
                scenario.getUri().toString(), scenario.getLine(), scenario.getName(),
                target == null ? settings.targetName() : target.name(), program, result)));
    }

    /** True once the program has run. */
    public boolean hasRun() {
        return result != null;
    }

    public Target target() {
        return target;
    }

    /** Checks the exact standard output. */
    public void assertOutput(String expected) {
        RunResult actual = checkedResult();
        if (!expected.equals(actual.stdout())) {
            // On an outcome, a detail says what the bounded capture cut, and by how much.
            String cut = actual.detail().isEmpty() ? "" : " (" + actual.detail() + ")";
            throw new AssertionError("output differs on " + target.name() + " (the program "
                    + actual.describeOutcome() + ")" + cut + "; - expected, + actual:\n"
                    + OutputDiff.render(expected, actual.stdout()) + actual.traceSection());
        }
    }

    /** Checks the outcome: the simple name of the exception that escaped, or {@code null} for none. */
    public void assertOutcome(String exceptionName) {
        RunResult actual = checkedResult();
        if (!Objects.equals(exceptionName, actual.exceptionName())) {
            String expected = exceptionName == null ? "complete normally" : "raise " + exceptionName;
            throw new AssertionError("expected the program to " + expected + " on " + target.name()
                    + ", but it " + actual.describeOutcome()
                    + (actual.stderr().isBlank() ? "" : "\nstderr:\n" + actual.stderr().strip())
                    + actual.traceSection());
        }
    }

    /** The result, or a failure explaining why there is no program outcome to check. */
    private RunResult checkedResult() {
        RunResult actual = result();
        if (!actual.status().isOutcome()) {
            throw new NoOutcomeError(actual.status(), target.name() + " gave no outcome: " + actual.describeOutcome()
                    + actual.traceSection());
        }
        return actual;
    }
}
