package dev.asynciotck.steps.glue;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/**
 * Applicability before each scenario; what the program printed attached to a failed scenario's report, the
 * threads a scenario left alive to any scenario's, and what it ran handed to its run's sink.
 */
public final class ScenarioHooks {

    private final ScenarioRun run;

    public ScenarioHooks(ScenarioRun run) {
        this.run = run;
    }

    @Before
    public void checkApplicability(Scenario scenario) {
        run.begin(scenario);
    }

    @After
    public void attachOutputOfFailure(Scenario scenario) {
        if (scenario.isFailed() && run.hasRun()) {
            scenario.log("target: " + run.target().name() + ", " + run.result().describeOutcome()
                    + "\n--- stdout ---\n" + run.result().stdout() + "--- stderr ---\n" + run.result().stderr());
        }
    }

    /** What the runner noted about a run that otherwise looks plain: a cut capture, a second run after a trap. */
    @After
    public void noteRunDetail(Scenario scenario) {
        if (run.hasRun() && run.result().status().isOutcome() && !run.result().detail().isEmpty()) {
            scenario.log("run detail on " + run.target().name() + ": " + run.result().detail());
        }
    }

    @After
    public void deliverEvidence(Scenario scenario) {
        run.deliverEvidence(scenario);
    }

    @After
    public void reportLeftoverThreads(Scenario scenario) {
        if (run.hasRun() && !run.result().leakedThreads().isEmpty()) {
            scenario.log("threads left alive by this scenario: " + String.join(", ", run.result().leakedThreads()));
        }
    }
}
