package dev.asynciotck.spec;

import java.util.List;

/**
 * The steps a scenario may use (features/README.md, "Steps"), and what a scenario states through them. The step
 * definitions of the steps module implement exactly these.
 */
public final class StepVocabulary {

    public static final String PROGRAM = "the program:";
    public static final String OUTPUT = "the output is:";
    public static final String EMPTY_OUTPUT = "the output is empty";
    public static final String COMPLETES = "the program completes normally";
    public static final String RAISES_PREFIX = "the program raises ";

    /** Every step, as a reader writes it (without its keyword). */
    public static final List<String> STEPS = List.of(PROGRAM + " + doc string", OUTPUT + " + doc string",
            EMPTY_OUTPUT, COMPLETES, RAISES_PREFIX + "<ExceptionName>");

    private StepVocabulary() {
    }

    /** A step of the vocabulary, given its text without the keyword. */
    public static boolean known(String text) {
        return text.equals(PROGRAM) || text.equals(OUTPUT) || text.equals(EMPTY_OUTPUT) || text.equals(COMPLETES)
                || (text.startsWith(RAISES_PREFIX) && text.substring(RAISES_PREFIX.length()).strip().matches("\\w+"));
    }

    /**
     * What a scenario states.
     *
     * @param program         the program text, or {@code null}
     * @param expectedOutput  the exact expected standard output, or {@code null} when it states none
     * @param expectedOutcome the exception expected to escape, {@code ""} for "completes normally", or
     *                        {@code null} when it states none
     */
    public record Statement(String program, String expectedOutput, String expectedOutcome) {
    }

    /** One step: its text without the keyword, and its doc string or {@code null}. */
    public record Step(String text, String docString) {
    }

    /** Reads the program and the expectations from a scenario's steps; unknown steps state nothing. */
    public static Statement statementOf(List<Step> steps) {
        String program = null;
        String output = null;
        String outcome = null;
        for (Step step : steps) {
            String text = step.text();
            if (text.equals(PROGRAM)) {
                program = step.docString();
            } else if (text.equals(OUTPUT)) {
                output = step.docString() + "\n";
            } else if (text.equals(EMPTY_OUTPUT)) {
                output = "";
            } else if (text.equals(COMPLETES)) {
                outcome = "";
            } else if (text.startsWith(RAISES_PREFIX)) {
                outcome = text.substring(RAISES_PREFIX.length()).strip();
            }
        }
        return new Statement(program, output, outcome);
    }
}
