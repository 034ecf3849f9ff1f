package dev.asynciotck.reports.run;

import java.util.Locale;

/** What one scenario came to on one target: first as run, then as the gate judges it against a baseline. */
public enum Verdict {
    /** The program's output and outcome matched the expectation. */
    PASSED("pass"),
    /** The program ran, but its output or outcome differs from the expectation. */
    FAILED("fail"),
    /** A failure (or timeout, error, unsupported construct) the target's baseline lists: it does not fail the gate. */
    EXPECTED_FAILURE("expected-fail"),
    /** The baseline lists the scenario as failing, but it passed: the baseline is out of date. */
    UNEXPECTED_PASS("unexpected-pass"),
    /** The scenario's version tags exclude the target's asyncio version. */
    NOT_APPLICABLE("not-applicable"),
    /** The program did not finish within the time limit. */
    TIMEOUT("timeout"),
    /** The program uses Python outside the interpreter's subset. */
    UNSUPPORTED("unsupported"),
    /** The target could not run the program (a provider threw, the harness failed, a crash). */
    ERROR("error"),
    /** The target is not available here. */
    MISSING("missing"),
    /** Runs of the same scenario (--repeat) came to different verdicts. */
    FLAKY("flaky"),
    /** The scenario was selected and applies to the target, but the engine reported no result for it. */
    NOT_RUN("not-run");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The short name reports use: {@code pass}, {@code expected-fail}, … */
    public String label() {
        return label;
    }

    /** True for verdicts that fail a gate. */
    public boolean isProblem() {
        return this != PASSED && this != NOT_APPLICABLE && this != EXPECTED_FAILURE;
    }

    /** True for what a baseline may list: a scenario that ran and did not pass. */
    public boolean isBaselinable() {
        return this == FAILED || this == TIMEOUT || this == ERROR || this == UNSUPPORTED;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
