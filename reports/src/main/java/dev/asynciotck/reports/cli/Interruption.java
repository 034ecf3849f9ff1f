package dev.asynciotck.reports.cli;

import dev.asynciotck.harness.ChildProcesses;
import dev.asynciotck.reports.report.ReportWriter;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What {@code tck run} does when the JVM shuts down before the run has finished — SIGINT (Ctrl-C), SIGTERM or
 * SIGHUP; the JVM then exits with 128 + the signal's number (130, 143, 129) once this is done:
 *
 * <ol>
 *   <li>flags the interruption, so the run reports and publishes nothing more (a target whose processes are
 *       killed below would otherwise show false failures);</li>
 *   <li>stops the progress display and the targets' threads (no new target starts);</li>
 *   <li>ends every child process and removes every temporary directory ({@link ChildProcesses#shutDown()}),
 *       which also forbids any fallback from starting a new one;</li>
 *   <li>waits a little for the targets' threads to end, so that none writes into the staging folder after it
 *       is gone;</li>
 *   <li>leaves the report directory as it was, or, if targets had finished, their complete reports with the run
 *       marked {@code interrupted}; removes the staging folder and releases the directory;</li>
 *   <li>says which of the two in one line on standard error.</li>
 * </ol>
 *
 * The run opens its report directory and {@link #attach}es it while holding this object's lock, which the hook
 * takes too: a signal either comes before the directory is opened (it then never is) or finds it attached.
 */
final class Interruption {

    /** What {@code call()} returns once interrupted; the JVM's own exit status (130, 143, 129) wins. */
    static final int STATUS = 130;

    private static final long TARGETS_GRACE_SECONDS = 5;

    private final Thread hook;
    private final PrintWriter err;
    private volatile boolean happened;
    private ReportWriter writer;
    private Progress progress;
    private ExecutorService targets;

    private Interruption(PrintWriter err) {
        this.err = err;
        this.hook = new Thread(this::onShutdown, "tck run interruption");
    }

    static Interruption install(PrintWriter err) {
        Interruption interruption = new Interruption(err);
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /** What the hook must clean up: the run's reports, its progress display and its targets' threads. */
    synchronized void attach(ReportWriter writer, Progress progress, ExecutorService targets) {
        this.writer = writer;
        this.progress = progress;
        this.targets = targets;
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

    private void awaitTargets() {
        try {
            targets.awaitTermination(TARGETS_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void onShutdown() {
        ReportWriter reports;
        synchronized (this) {
            happened = true;
            reports = writer;
            if (progress != null) {
                progress.stop();
            }
            if (targets != null) {
                targets.shutdownNow();
            }
        }
        ChildProcesses.shutDown();
        if (reports == null) {
            return;
        }
        awaitTargets();
        int kept = reports.interrupt("stopped by a signal at " + Instant.now());
        if (kept < 0) {
            return; // The run had finished and closed its complete reports: nothing to say.
        }
        reports.close();
        // A target thread still starting (Cucumber opens its report files, creating their folders, when it builds
        // its plugins) can re-create the staging folder after close(): wait for the threads once more, sweep it.
        awaitTargets();
        reports.sweepStaging();
        err.println();
        err.println(kept == 0
                ? "tck run: interrupted before any target finished; " + reports.dir() + " is as it was before the run"
                : "tck run: interrupted; " + reports.dir() + " holds the reports of the " + kept + " target(s) that"
                        + " finished, marked interrupted");
        err.flush();
    }
}
