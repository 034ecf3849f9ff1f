package dev.asynciotck.reports.run;

import dev.asynciotck.reports.gate.Baseline;
import dev.asynciotck.harness.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.asynciotck.reports.run.CPythonOracleTest.tck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * uvloop, the first real client: it passes the gate with its committed baseline, and removing any one entry
 * makes the gate fail (run on that entry's rule only, to stay fast). The first comes from the shared matrix
 * run ({@link MatrixRun}). uvloop selected by its factory, {@code +loop=uvloop:new_event_loop}, passes the gate
 * with the same baseline: the same scenarios fail (a listed scenario that passed would fail the gate).
 */
class UvloopGateTest {

    static final String UVLOOP = "cpython-3.11+uvloop";
    static final Path BASELINE = Path.of("..", "baselines", UVLOOP + ".tsv");

    @Test
    void uvloopPassesTheGateWithItsCommittedBaseline() {
        assumeUvloop();
        CPythonOracleTest.assertConforms(UVLOOP);
    }

    @Test
    void uvloopByItsFactoryFailsTheSameScenarios(@TempDir Path dir) {
        assumeUvloop();
        String byFactory = "cpython-3.11+loop=uvloop:new_event_loop";
        String run = tck("run", "--target", byFactory, "--baseline", BASELINE.toString(), "--report-dir",
                dir.resolve("reports").toString());
        assertThat(run).as(run).startsWith("exit 0\n");
    }

    @Test
    void removingAnEntryFromTheBaselineFailsTheGate(@TempDir Path dir) throws Exception {
        assumeUvloop();
        Baseline committed = Baseline.read(BASELINE);
        assumeTrue(!committed.entries().isEmpty(), "the committed baseline lists no deviation yet");
        Baseline.Entry removed = committed.entries().getFirst();
        Path reduced = dir.resolve("reduced.tsv");
        Baseline.write(reduced, UVLOOP, committed.entries().subList(1, committed.entries().size()));
        String run = tck("run", "--target", UVLOOP, "--baseline", reduced.toString(), "--tags",
                "@rule-" + removed.ruleId(), "--report-dir", dir.resolve("reports").toString());
        assertThat(run).as(run).startsWith("exit 1\n").contains(removed.scenarioName());
    }

    private static void assumeUvloop() {
        var reason = Targets.byName(UVLOOP).unavailableReason();
        assumeTrue(reason.isEmpty(), () -> UVLOOP + " is not available: " + reason.orElse("")
                + " (apt-get install python3-uvloop)");
    }
}
