package dev.asynciotck.reports.cli;

import dev.asynciotck.harness.Targets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tck fuzz}: bad input gets one clear line and its exit code; a small run reports and writes its summary. */
class FuzzCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run tck(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Tck.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void badNumbersAndTheSameTargetTwiceAreUsageErrors() {
        Run zero = tck("fuzz", "--count", "0");
        assertEquals(2, zero.code());
        assertEquals("tck fuzz: --count must be at least 1, not 0\n", zero.err());
        Run timeout = tck("fuzz", "--timeout", "-1");
        assertEquals(2, timeout.code());
        assertTrue(timeout.err().startsWith("tck fuzz: --timeout must be a positive number"), timeout.err());
        Run same = tck("fuzz", "--target", "reference", "--oracle", "reference");
        assertEquals(2, same.code());
        assertTrue(same.err().contains("compare two different targets"), same.err());
        Run notANumber = tck("fuzz", "--seed", "x");
        assertEquals(2, notANumber.code());
    }

    @Test
    void aMalformedOrMissingBaselineIsAUsageErrorNamingItsPlace() throws IOException {
        Path bad = Files.writeString(dir.resolve("b.tsv"), "# known\nWait\tuvloop's wait\nNoSuchThing\tx\n");
        Run run = tck("fuzz", "--baseline", bad.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("tck fuzz: " + bad + ":3: unknown construct 'NoSuchThing'"), run.err());
        Run missing = tck("fuzz", "--baseline", dir.resolve("none.tsv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("tck fuzz: cannot read --baseline"), missing.err());
    }

    @Test
    void aTargetThatCannotRunIsAHarnessError() {
        Run run = tck("fuzz", "--target", "no-such-loop", "--count", "1", "--report-dir", dir.toString());
        assertEquals(3, run.code());
        assertTrue(run.err().startsWith("tck fuzz: target no-such-loop cannot run here: "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aSmallRunAgainstCPythonReportsNoDifference() throws IOException {
        Assumptions.assumeTrue(Targets.byName("cpython-3.13").unavailableReason().isEmpty(),
                "cpython-3.13 is not installed here");
        Run run = tck("fuzz", "--seed", "1", "--count", "8", "--report-dir", dir.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("tck fuzz: 8/8 programs, 0 differences"), run.out());
        assertTrue(Files.readString(dir.resolve("summary.txt")).contains("differences: 0"));
        assertTrue(run.out().contains("programs/s, load average "), run.out());
        assertTrue(run.out().contains("tck fuzz: time per program (each run's own time, summed over the run): reference "),
                run.out());
    }

    @Test
    void batchedProgramsGiveWhatIsolatedOnesGive() {
        Assumptions.assumeTrue(Targets.byName("cpython-3.13").unavailableReason().isEmpty(),
                "cpython-3.13 is not installed here");
        Run run = tck("fuzz", "--seed", "20261206", "--count", "6", "--verify-batch", "--report-dir", dir.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("batched and verified isolated"), run.out());
        assertTrue(run.out().contains("tck fuzz: 6/6 programs, 0 differences"), run.out());
        Run isolated = tck("fuzz", "--seed", "20261206", "--count", "2", "--isolated", "--report-dir", dir.toString());
        assertEquals(0, isolated.code(), isolated.out() + isolated.err());
        assertTrue(isolated.out().contains(", isolated; load average"), isolated.out());
    }
}
