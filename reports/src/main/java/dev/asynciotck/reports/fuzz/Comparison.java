package dev.asynciotck.reports.fuzz;

import dev.asynciotck.harness.RunResult;

/**
 * One program run on the target under test and on the oracle. Compared: the status, standard output and the
 * escaping exception's name; never standard error (warnings, "never retrieved" reports and tracebacks are
 * CPython's wording and collector timing, as in the specification).
 */
public record Comparison(FuzzProgram program, String source, RunResult target, RunResult oracle) {

    /** The oracle could not give an expectation (it timed out, crashed, or could not run): nothing to compare. */
    public boolean inconclusive() {
        return !oracle.status().isOutcome();
    }

    /** The target's outcome or output differs from the oracle's. */
    public boolean differs() {
        if (inconclusive()) {
            return false;
        }
        return target.status() != oracle.status() || !target.stdout().equals(oracle.stdout())
                || !java.util.Objects.equals(target.exceptionName(), oracle.exceptionName());
    }

    /** One line saying how the target's run ended, for reports. */
    public static String describe(RunResult result) {
        return switch (result.status()) {
            case COMPLETED -> "completed";
            case RAISED -> "raised " + result.exceptionName();
            default -> result.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + result.detail();
        };
    }
}
