package dev.asynciotck.reports.cli;

import dev.asynciotck.harness.ChildProcesses;
import dev.asynciotck.reports.report.ReportWriter;

import java.io.PrintWriter;
import java.time.Instant;

/**
 * What {@code tck run} does when the JVM shuts down before the run has finished — SIGINT (Ctrl-C), SIGTERM or
 * SIGHUP; the JVM then exits with 128 + the signal's number (130, 143, 129) once this is done:
 *
 * <ol>
 *   <li>flags the interruption, so the run reports and publishes nothing more (a target whose processes are
 *       killed below would otherwise show false failures);</li>
 *   <li>stops the progress display;</li>
 *   <li>ends every child process and removes every temporary directory ({@link ChildProcesses#shutDown()}),
 *       which also forbids any fallback from starting a new one;</li>
 *   <li>leaves the report directory as it was, or, if targets had finished, their complete reports with the run
 *       marked {@code interrupted}; removes the staging folder and releases the directory;</li>
 *   <li>says which of the two in one line on standard error.</li>
 * </ol>
 */
final class Interruption {

    /** What {@code call()} returns once interrupted; the JVM's own exit status (130, 143, 129) wins. */
    static final int STATUS = 130;

    private final Thread hook;
    private volatile boolean happened;

    private Interruption(ReportWriter writer, Progress progress, PrintWriter err) {
        this.hook = new Thread(() -> onShutdown(writer, progress, err), "tck run interruption");
    }

    static Interruption install(ReportWriter writer, Progress progress, PrintWriter err) {
        Interruption interruption = new Interruption(writer, progress, err);
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /** True once the JVM began shutting down during the run. */
    boolean happened() {
        return happened;
    }

    /** The run has finished: the hook is no longer needed. False if the JVM is already shutting down. */
    boolean uninstall() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return !happened;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    private void onShutdown(ReportWriter writer, Progress progress, PrintWriter err) {
        happened = true;
        progress.stop();
        ChildProcesses.shutDown();
        int kept = writer.interrupt("stopped by a signal at " + Instant.now());
        writer.close();
        err.println();
        err.println(kept == 0
                ? "tck run: interrupted before any target finished; " + writer.dir() + " is as it was before the run"
                : "tck run: interrupted; " + writer.dir() + " holds the reports of the " + kept + " target(s) that"
                        + " finished, marked interrupted");
        err.flush();
    }
}
