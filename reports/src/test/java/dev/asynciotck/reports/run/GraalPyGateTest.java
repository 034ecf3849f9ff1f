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
 * GraalPy, gated like uvloop: the whole specification on {@code graalpy-3.12} passes the gate with its committed
 * baseline, and removing an entry makes the gate fail. GraalPy's jars come from Maven (the module
 * harness-graalpy pins them), so in a full build the target is always available; the test is skipped only where
 * they could not be fetched. The whole run is GraalPy's line of the shared matrix run ({@link MatrixRun}), with a
 * time limit of {@link #TIMEOUT} s per scenario there; its time is printed.
 */
class GraalPyGateTest {

    static final String GRAALPY = "graalpy-3.12";
    static final Path BASELINE = Path.of("..", "baselines", GRAALPY + ".tsv");
    /** GraalPy's first programs run while its JIT warms up; on a loaded machine they need more than the default. */
    static final String TIMEOUT = "60";

    @Test
    void graalpyPassesTheGateWithItsCommittedBaseline() {
        assumeGraalPy();
        CPythonOracleTest.assertConforms(GRAALPY);
        System.out.println("GraalPy gate, whole specification on " + GRAALPY + " in the shared matrix run:\n  "
                + MatrixRun.summaryLine(GRAALPY).orElseThrow());
    }

    @Test
    void removingAnEntryFromTheBaselineFailsTheGate(@TempDir Path dir) throws Exception {
        assumeGraalPy();
        Baseline committed = Baseline.read(BASELINE);
        assumeTrue(!committed.entries().isEmpty(), "the committed baseline lists no deviation");
        Baseline.Entry removed = committed.entries().getFirst();
        Path reduced = dir.resolve("reduced.tsv");
        Baseline.write(reduced, GRAALPY, committed.entries().subList(1, committed.entries().size()));
        String run = tck("run", "--target", GRAALPY, "--baseline", reduced.toString(), "--timeout", TIMEOUT,
                "--tags", "@rule-" + removed.ruleId(), "--report-dir", dir.resolve("reports").toString());
        assertThat(run).as(run).startsWith("exit 1\n").contains(removed.scenarioName());
    }

    private static void assumeGraalPy() {
        var reason = Targets.byName(GRAALPY).unavailableReason();
        assumeTrue(reason.isEmpty(), () -> GRAALPY + " is not available: " + reason.orElse(""));
    }
}
