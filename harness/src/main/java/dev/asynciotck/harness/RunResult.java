package dev.asynciotck.harness;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What running one program on one target produced.
 *
 * @param status        how the run ended
 * @param stdout        everything the program printed to standard output (possibly cut, see {@code detail})
 * @param stderr        what went to standard error (warnings, the exception handler's log, a traceback)
 * @param exceptionName for {@link Status#RAISED}, the simple class name of the exception that escaped the
 *                      program, e.g. {@code CancelledError}; otherwise {@code null}
 * @param detail        for statuses other than COMPLETED and RAISED, why — one line naming the place
 * @param elapsed       how long the run took
 * @param leakedThreads the platform threads the run started that were still alive after it ended (name and
 *                      state, e.g. {@code watchdog (TIMED_WAITING)}); empty when none were, or when the target
 *                      cannot tell (real Python targets run in a process of their own)
 * @param trace         the last SPI calls and loop events of the run, oldest first, one per line (see
 *                      {@link dev.asynciotck.harness.java.SpiTrace}); empty for targets that are not
 *                      traced (real Python targets, a Java target with tracing off)
 */
public record RunResult(Status status, String stdout, String stderr, String exceptionName, String detail,
                        Duration elapsed, List<String> leakedThreads, List<String> trace) {

    public RunResult {
        Objects.requireNonNull(status, "status");
        stdout = Objects.requireNonNullElse(stdout, "");
        stderr = Objects.requireNonNullElse(stderr, "");
        detail = Objects.requireNonNullElse(detail, "");
        leakedThreads = leakedThreads == null ? List.of() : List.copyOf(leakedThreads);
        trace = trace == null ? List.of() : List.copyOf(trace);
    }

    /** A result without leaked threads or trace. */
    public RunResult(Status status, String stdout, String stderr, String exceptionName, String detail,
                     Duration elapsed) {
        this(status, stdout, stderr, exceptionName, detail, elapsed, List.of(), List.of());
    }

    /** This result with the threads the run left alive. */
    public RunResult withLeakedThreads(List<String> threads) {
        return new RunResult(status, stdout, stderr, exceptionName, detail, elapsed, threads, trace);
    }

    /** This result with the trace of its SPI calls and loop events. */
    public RunResult withTrace(List<String> lines) {
        return new RunResult(status, stdout, stderr, exceptionName, detail, elapsed, leakedThreads, lines);
    }

    /** This result without its output (which went elsewhere, e.g. to a console). */
    public RunResult withoutOutput() {
        return new RunResult(status, "", "", exceptionName, detail, elapsed, leakedThreads, trace);
    }

    /** This result with {@code stdout} and {@code stderr} as its output. */
    public RunResult withOutput(String stdout, String stderr) {
        return new RunResult(status, stdout, stderr, exceptionName, detail, elapsed, leakedThreads, trace);
    }

    /** This result with {@code note} added to its detail (after a {@code "; "} if there is one already). */
    public RunResult withNote(String note) {
        if (note == null || note.isEmpty()) {
            return this;
        }
        return new RunResult(status, stdout, stderr, exceptionName, detail.isEmpty() ? note : detail + "; " + note,
                elapsed, leakedThreads, trace);
    }

    /** The heading a failure message puts before {@link #trace()}: what follows it is the trace. */
    public static final String TRACE_HEADING = "SPI calls and loop events, oldest first:";

    /** The trace as a failure message shows it, after {@link #TRACE_HEADING}; empty when there is none. */
    public String traceSection() {
        return trace.isEmpty() ? "" : "\n\n" + TRACE_HEADING + "\n  " + String.join("\n  ", trace);
    }

    /** How a run ended. Only COMPLETED and RAISED are program outcomes; the rest mean no verdict. */
    public enum Status {
        /** The program ran to its end. */
        COMPLETED,
        /** An exception escaped the program ({@link #exceptionName()}). */
        RAISED,
        /** The program used Python outside the interpreter's subset. */
        UNSUPPORTED,
        /** The run exceeded its time limit and was stopped. */
        TIMEOUT,
        /** The interpreter process died (signal, crash) without an outcome. */
        CRASHED,
        /** The target could not run the program: the provider threw a non-Python exception, the harness failed. */
        ERROR,
        /** The target is not available here (interpreter missing, provider not found). */
        MISSING;

        /** True for COMPLETED and RAISED, the statuses an expectation can be checked against. */
        public boolean isOutcome() {
            return this == COMPLETED || this == RAISED;
        }
    }

    /** A result without a program outcome. */
    public static RunResult failure(Status status, String detail, String stdout, String stderr, Duration elapsed) {
        return new RunResult(status, stdout, stderr, null, detail, elapsed);
    }

    /** One line describing the outcome: {@code completed normally}, {@code raised CancelledError}, or the failure. */
    public String describeOutcome() {
        return switch (status) {
            case COMPLETED -> "completed normally";
            case RAISED -> "raised " + exceptionName;
            default -> status.name().toLowerCase(java.util.Locale.ROOT) + ": " + detail;
        };
    }
}
