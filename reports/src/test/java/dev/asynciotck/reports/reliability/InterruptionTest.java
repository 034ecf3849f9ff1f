package dev.asynciotck.reports.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code tck run} stopped by SIGINT or SIGTERM at a random point, {@link Samples#count()} times per
 * case. Each time: the JVM's status is 130 or 143 (or the run had already finished), no process and no
 * temporary file is left, no false "fork server exited" line is printed, and the report directory — which
 * held an earlier run's complete reports — is either exactly as it was or holds this run's complete reports of
 * the targets that finished, marked interrupted.
 */
class InterruptionTest {

    /** Fixed, so that a failure can be repeated; the points still spread over the whole run. */
    private static final long SEED = 20261206L;

    @TempDir
    Path dir;

    @Test
    void interruptingARunOnTheReference() throws IOException {
        interruptRepeatedly("the reference on the gate features", null,
                List.of("run", "--features", Gates.FEATURES.toString()));
    }

    @Test
    void interruptingARunWhoseProgramsHangOnARealInterpreter() throws IOException {
        Pythons.assumeInstalled(Pythons.OLDER);
        Path features = SpecFiles.features(dir.resolve("spec"), "hang.feature", SpecFiles.feature(List.of(
                SpecFiles.scenario("Quick", SpecFiles.QUICK, "done"),
                SpecFiles.scenario("@before-3.13", "Hangs before 3.13", SpecFiles.HANGS,
                        "", "the program completes normally"),
                SpecFiles.scenario("@before-3.13", "Hangs too", SpecFiles.HANGS,
                        "", "the program completes normally"))));
        // The reference (3.13) runs the quick scenario and finishes; the older interpreter hangs until stopped.
        // Every other sample waits until the reference has finished, so both outcomes are seen: the directory as
        // it was, and the reference's reports marked interrupted.
        interruptRepeatedly("reference and " + Pythons.OLDER + " while programs hang on " + Pythons.OLDER,
                "reference ", List.of("run", "--features", features.toString(), "--target", "reference", "--target",
                        Pythons.OLDER, "--timeout", "120"));
    }

    /**
     * @param milestone when not null, odd samples wait until the output has a line starting with it, then
     *                  a random while; even samples (and all without a milestone) wait a random while from the start,
     *                  up to one and a half times as long as a whole run on the reference takes here
     */
    private void interruptRepeatedly(String what, String milestone, List<String> command) throws IOException {
        Path reports = dir.resolve("reports");
        long started = System.nanoTime();
        TckProcess.Result earlier = TckProcess.run(dir.resolve("earlier"), "run", "--features",
                Gates.FEATURES.toString(), "--report-dir", reports.toString());
        int latestMillis = (int) ((System.nanoTime() - started) / 1_000_000 * 3 / 2);
        assertThat(earlier.exitCode()).as(earlier.toString()).isZero();
        Random random = new Random(SEED + what.hashCode());
        List<String> seen = new ArrayList<>();
        for (int sample = 0; sample < Samples.count(); sample++) {
            String signal = sample % 2 == 0 ? "INT" : "TERM";
            Map<String, String> before = ReportCheck.snapshot(reports);
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--report-dir", reports.toString()));
            Path workDir = dir.resolve("sample" + sample);
            TckProcess tck = TckProcess.start(workDir, args);
            String when;
            if (milestone != null && sample % 2 == 1) {
                tck.awaitOutputLine(milestone);
                int delay = random.nextInt(2000);
                sleep(delay);
                when = delay + " ms after '" + milestone.strip() + "' finished";
            } else {
                int delay = 300 + random.nextInt(latestMillis);
                sleep(delay);
                when = delay + " ms";
            }
            if (signal.equals("INT") && tck.ignores(2)) {
                // Started without job control in the background, the build's shell made SIGINT ignored, and
                // the child inherits that: SIGINT cannot stop it, so SIGTERM stands in.
                signal = "TERM";
                when += " (SIGINT is ignored here)";
            }
            tck.signal(signal);
            TckProcess.Result result = tck.await();
            Leftovers.assertNone(workDir);
            assertThat(result.err()).as(result.toString()).doesNotContain("fork server")
                    .doesNotContain("fresh interpreter");
            String state = reportState(reports, before, result);
            seen.add("SIG" + signal + " after " + when + ": exit " + result.exitCode() + ", " + state);
        }
        Catalogue.record("interruption", Samples.count() + " interruptions at random points of a run of " + what,
                0, String.join("; ", seen));
    }

    /** Checks the report directory after one interruption and says what it held. */
    private static String reportState(Path reports, Map<String, String> before, TckProcess.Result result) {
        int exit = result.exitCode();
        if (exit != 130 && exit != 143) {
            assertThat(exit).as("the run finished before the signal: " + result).isIn(0, 1);
            ReportCheck.assertComplete(reports);
            return "finished before the signal";
        }
        if (ReportCheck.snapshot(reports).equals(before)) {
            return "reports as before";
        }
        ReportCheck.assertComplete(reports);
        JsonNode run = ReportCheck.json(reports.resolve("matrix.json")).get("run");
        assertThat(run.has("interrupted")).as("a report published by an interrupted run says so: " + run).isTrue();
        assertThat(result.err()).contains("marked interrupted");
        return ReportCheck.json(reports.resolve("manifest.json")).get("targets").size()
                + " finished target(s), marked interrupted";
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
