package dev.asynciotck.reports.run;

import dev.asynciotck.harness.Targets;
import dev.asynciotck.reports.gate.Baseline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.asynciotck.reports.run.CPythonOracleTest.tck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pyodide's own event loop, WebLoop (what PyScript and JupyterLite users get), gated like uvloop and GraalPy: the
 * whole specification on {@code pyodide-3.14+webloop} passes the gate with its committed baseline (one whole run;
 * it prints its wall time), and removing an entry makes the gate fail (run on that entry's rule only). The target
 * needs the npm packages of {@code harness/wasm} ({@code npm ci}); without them the test is skipped, saying so.
 *
 * <p>The whole run (one whole-specification run, about 4 minutes on a quiet machine, up to 15 under heavy load) is
 * part of the default build; {@code -Dtck.webloop.gate=false} skips it. WebLoop's timing deviations that show only
 * sometimes (every callback is its own JavaScript timer) are {@code intermittent:} entries of its baseline, each
 * reason naming the mechanism. The whole run could be one more target of the shared {@link MatrixRun}, as uvloop is
 * ({@code tck run} takes a baseline per target), saving a second run's start-up; it stays a run of its own here. The
 * entry-removal test, on one rule, runs always.
 */
class WebLoopGateTest {

    static final String WEBLOOP = "pyodide-3.14+webloop";
    static final Path BASELINE = Path.of("..", "baselines", "pyodide-3.14-webloop.tsv");

    @Test
    void webLoopPassesTheGateWithItsCommittedBaseline(@TempDir Path dir) {
        assumeTrue(Boolean.parseBoolean(System.getProperty("tck.webloop.gate", "true")),
                "the whole WebLoop run is skipped (-Dtck.webloop.gate=false)");
        assumeWebLoop();
        long started = System.nanoTime();
        String run = tck("run", "--target", WEBLOOP, "--baseline", WEBLOOP + "=" + BASELINE,
                "--report-dir", dir.resolve("reports").toString());
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println("WebLoop gate, whole specification on " + WEBLOOP + " (wall time " + seconds + " s):\n"
                + run.lines().filter(line -> line.startsWith(WEBLOOP + " ") || line.startsWith("tck run:"))
                .reduce("", (all, line) -> all + "  " + line + "\n"));
        assertThat(run).as(run).startsWith("exit 0\n");
    }

    @Test
    void removingAnEntryFromTheBaselineFailsTheGate(@TempDir Path dir) throws Exception {
        assumeWebLoop();
        Baseline committed = Baseline.read(BASELINE);
        assumeTrue(!committed.entries().isEmpty(), "the committed baseline lists no deviation");
        Baseline.Entry removed = committed.entries().getFirst();
        Path reduced = dir.resolve("reduced.tsv");
        Baseline.write(reduced, WEBLOOP, committed.entries().subList(1, committed.entries().size()));
        String run = tck("run", "--target", WEBLOOP, "--baseline", WEBLOOP + "=" + reduced,
                "--tags", "@rule-" + removed.ruleId(), "--report-dir", dir.resolve("reports").toString());
        assertThat(run).as(run).startsWith("exit 1\n").contains(removed.scenarioName());
    }

    private static void assumeWebLoop() {
        var reason = Targets.byName(WEBLOOP).unavailableReason();
        assumeTrue(reason.isEmpty(), () -> WEBLOOP + " is not available: " + reason.orElse("")
                + " (npm ci in harness/wasm)");
    }
}
