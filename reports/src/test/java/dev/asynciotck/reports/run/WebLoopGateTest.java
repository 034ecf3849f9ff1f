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
 * whole specification on {@code pyodide-3.14+webloop} passes the gate with its committed baseline (its line of the
 * shared matrix run, {@link MatrixRun}; its time is printed), and removing an entry makes the gate fail (run on that
 * entry's rule only). The target needs the npm packages of {@code harness/wasm} ({@code npm ci}); without them the test is skipped, saying so.
 *
 * <p>The whole run (WebLoop in the shared matrix run) is part of every build; {@code -Dtck.webloop.gate=false} leaves
 * it out (the entry-removal test, on one rule, runs always). A program whose interpreter trapped runs again and says so
 * in its result, and WebLoop has 30 s per scenario there, for its programs slow down most under load. WebLoop's
 * timing deviations that show only sometimes (every callback is its own JavaScript timer) are {@code intermittent:}
 * entries of its baseline, each reason naming the mechanism.
 */
class WebLoopGateTest {

    static final String WEBLOOP = "pyodide-3.14+webloop";
    static final Path BASELINE = Path.of("..", "baselines", "pyodide-3.14-webloop.tsv");

    /** Whether WebLoop's whole run is asked for: then it is a target of the shared matrix run ({@link MatrixRun}). */
    static boolean wholeRunAsked() {
        return Boolean.parseBoolean(System.getProperty("tck.webloop.gate", "true"));
    }

    @Test
    void webLoopPassesTheGateWithItsCommittedBaseline() {
        assumeTrue(wholeRunAsked(), "the whole WebLoop run was left out (-Dtck.webloop.gate=false)");
        assumeWebLoop();
        CPythonOracleTest.assertConforms(WEBLOOP);
        System.out.println("WebLoop gate, whole specification on " + WEBLOOP + " in the shared matrix run:\n  "
                + MatrixRun.summaryLine(WEBLOOP).orElseThrow());
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
