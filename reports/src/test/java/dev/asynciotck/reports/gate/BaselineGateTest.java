package dev.asynciotck.reports.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.asynciotck.reports.gate.BrokenProvidersTest.FIFO;
import static dev.asynciotck.reports.gate.BrokenProvidersTest.PLAIN;
import static org.assertj.core.api.Assertions.assertThat;

/** Expected failures: listed ones pass the gate; unexpected passes, stale and malformed entries do not. */
class BaselineGateTest {

    @TempDir
    Path dir;

    private Path baseline(String... lines) throws IOException {
        return Files.write(dir.resolve("baseline.tsv"), java.util.List.of(lines));
    }

    private Path reports() {
        return dir.resolve("reports");
    }

    @Test
    void aListedFailurePassesTheGate() throws IOException {
        Path file = baseline("# known", "test.order.call-soon-fifo\t" + FIFO + "\truns call_soon callbacks LIFO");
        TckRun run = TckRun.run(reports(), "--target", "broken-lifo", "--baseline", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.verdict("broken-lifo", FIFO)).isEqualTo("expected-fail");
        assertThat(run.cell("broken-lifo", FIFO).get("baselineReason").asText()).isEqualTo("runs call_soon callbacks LIFO");
        assertThat(run.json("summary.json").get("targets").get(0).get("expectedFailures").asInt()).isEqualTo(1);
    }

    @Test
    void aListedScenarioThatPassesIsAnUnexpectedPassAndFailsTheGate() throws IOException {
        Path file = baseline("test.order.call-soon-fifo\t" + FIFO + "\tLIFO",
                "test.order.plain\t" + PLAIN + "\twrongly listed");
        TckRun run = TckRun.run(reports(), "--target", "broken-lifo", "--baseline", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.verdict("broken-lifo", PLAIN)).isEqualTo("unexpected-pass");
        assertThat(run.json("summary.json").get("targets").get(0).get("unexpectedPasses").asInt()).isEqualTo(1);
    }

    @Test
    void anEntryThatMatchesNoScenarioIsStaleAndFailsTheGate() throws IOException {
        Path file = baseline("test.order.call-soon-fifo\t" + FIFO + "\tLIFO",
                "test.order.plain\tA scenario that was renamed\tgone");
        TckRun run = TckRun.run(reports(), "--target", "broken-lifo", "--baseline", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains(file + ":2: stale baseline entry", "A scenario that was renamed");
        assertThat(run.json("manifest.json").get("targets").get(0).get("problems").toString()).contains("stale");
    }

    @Test
    void aMalformedBaselineIsAUsageErrorNamingFileAndLine() throws IOException {
        Path file = baseline("# header", "", "test.order.plain\tonly two fields");
        TckRun run = TckRun.run(reports(), "--baseline", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":3:", "expected 3 tab-separated fields");
    }

    @Test
    void anEntryWithoutAReasonIsMalformed() throws IOException {
        Path file = baseline("test.order.plain\t" + PLAIN + "\t ");
        TckRun run = TckRun.run(reports(), "--baseline", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":1:", "the reason is empty");
    }

    @Test
    void writeBaselineRecordsTheFailuresAndTheGatePassesWithIt() throws IOException {
        Path written = dir.resolve("new-baseline.tsv");
        TckRun first = TckRun.run(reports(), "--target", "broken-lifo", "--write-baseline", written.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(Files.readAllLines(written)).filteredOn(l -> !l.startsWith("#"))
                .containsExactly("test.order.call-soon-fifo\t" + FIFO + "\t" + Baseline.TODO_REASON);

        TckRun again = TckRun.run(reports(), "--target", "broken-lifo", "--baseline", written.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();

        Files.writeString(written, Files.readString(written).replace(Baseline.TODO_REASON, "LIFO by design"));
        TckRun rewrite = TckRun.run(reports(), "--target", "broken-lifo", "--baseline", written.toString(),
                "--write-baseline", written.toString());
        assertThat(rewrite.exitCode()).isZero();
        assertThat(Files.readString(written)).contains("\tLIFO by design").doesNotContain(Baseline.TODO_REASON);
    }

    @Test
    void aBaselineForOneTargetIsNamedWithItsPrefix() throws IOException {
        Path file = baseline("test.order.call-soon-fifo\t" + FIFO + "\tLIFO");
        TckRun run = TckRun.run(reports(), "--target", "reference", "--target", "broken-lifo",
                "--baseline", "broken-lifo=" + file);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.verdict("reference", FIFO)).isEqualTo("pass");
        assertThat(run.verdict("broken-lifo", FIFO)).isEqualTo("expected-fail");
    }

    @Test
    void anIntermittentEntryAcceptsAPassAndAFailureAndIsKeptWhenTheBaselineIsRewritten() throws IOException {
        Path file = baseline("test.order.call-soon-fifo\t" + FIFO + "\tintermittent: loses a race under load",
                "test.order.plain\t" + PLAIN + "\tintermittent: loses a race under load");
        TckRun run = TckRun.run(reports(), "--target", "broken-lifo", "--baseline", file.toString(),
                "--write-baseline", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.verdict("broken-lifo", FIFO)).isEqualTo("expected-fail");
        assertThat(run.verdict("broken-lifo", PLAIN)).isEqualTo("pass");
        assertThat(Files.readAllLines(file)).filteredOn(l -> !l.startsWith("#")).containsExactly(
                "test.order.call-soon-fifo\t" + FIFO + "\tintermittent: loses a race under load",
                "test.order.plain\t" + PLAIN + "\tintermittent: loses a race under load");
    }
}
