package dev.asynciotck.steps.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

/** The scenario vocabulary: a program, then its exact output and its outcome. See features/README.md. */
public final class ProgramSteps {

    private final ScenarioRun run;

    public ProgramSteps(ScenarioRun run) {
        this.run = run;
    }

    @Given("the program:")
    public void theProgram(String source) {
        run.useProgram(source);
    }

    @Then("the output is:")
    public void theOutputIs(String expected) {
        run.assertOutput(expected + "\n");
    }

    @Then("the output is empty")
    public void theOutputIsEmpty() {
        run.assertOutput("");
    }

    @Then("the program completes normally")
    public void theProgramCompletesNormally() {
        run.assertOutcome(null);
    }

    @Then("the program raises {word}")
    public void theProgramRaises(String exceptionName) {
        run.assertOutcome(exceptionName);
    }
}
