package dev.asynciotck.reports.run;

/** What one scenario came to on one target. */
public enum Verdict {
    /** The program's output and outcome matched the expectation. */
    PASSED,
    /** The program ran, but its output or outcome differs from the expectation. */
    FAILED,
    /** The scenario's version tags exclude the target's asyncio version. */
    NOT_APPLICABLE,
    /** The program did not finish within the time limit. */
    TIMEOUT,
    /** The program uses Python outside the interpreter's subset. */
    UNSUPPORTED,
    /** The target could not run the program (a provider threw, the harness failed, a crash). */
    ERROR,
    /** The target is not available here. */
    MISSING;

    /** True for verdicts that fail a gate. */
    public boolean isProblem() {
        return this != PASSED && this != NOT_APPLICABLE;
    }
}
