package dev.asynciotck.reports.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Broken baselines, each given to a real {@code tck run} child JVM: a usage error (exit 2) in one line naming
 * the file and, for a bad entry, the line; the report directory untouched; nothing left behind.
 */
class BadBaselinesTest {

    private static final String FIFO = "test.order.call-soon-fifo\tTwo callbacks run in the order they were scheduled"
            + "\t";

    @TempDir
    Path dir;

    static Stream<Arguments> brokenBaselines() {
        return Stream.of(
                arguments("a baseline file that does not exist", null, "cannot read the baseline {file}: no such file"),
                arguments("a directory given as the baseline", new byte[0], "cannot read the baseline {file}: is a directory"),
                arguments("latin-1 text (not UTF-8) on line 2", bytes("# comment\n" + FIFO + "caf\u00e9 reason\n",
                        "ISO-8859-1"), "{file}:2: not UTF-8 text"),
                arguments("a line of two fields", bytes("# comment\ntest.order.plain\tonly two\n", "UTF-8"),
                        "{file}:2: expected 3 tab-separated fields"),
                arguments("a line of four fields", bytes(FIFO + "reason\textra\n", "UTF-8"),
                        "{file}:1: expected 3 tab-separated fields (rule ID, scenario name, reason), found 4"),
                arguments("a rule ID that is not one", bytes("Not An Id\tname\treason\n", "UTF-8"),
                        "{file}:1: 'Not An Id' is not a rule ID"),
                arguments("an empty scenario name", bytes("test.order.plain\t \treason\n", "UTF-8"),
                        "{file}:1: the scenario name is empty"),
                arguments("an empty reason", bytes(FIFO + "  \n", "UTF-8"), "{file}:1: the reason is empty"),
                arguments("an entry given twice", bytes(FIFO + "one\n" + FIFO + "two\n", "UTF-8"),
                        "{file}:2: the entry for rule test.order.call-soon-fifo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBaselines")
    void aBrokenBaselineIsAUsageErrorNamingFileAndLine(String what, byte[] content, String expected)
            throws IOException {
        Path file = dir.resolve("baseline.tsv");
        if (content != null && content.length == 0) {
            Files.createDirectories(file);
        } else if (content != null) {
            Files.write(file, content);
        }
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports").resolve("previous.txt"), "an earlier run's file\n");
        Map<String, String> before = ReportCheck.snapshot(dir.resolve("reports"));
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", Gates.FEATURES.toString(),
                "--report-dir", dir.resolve("reports").toString(), "--baseline", file.toString());
        Catalogue.record("bad baseline", what, result);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errorLines()).as(result.toString()).hasSize(1);
        assertThat(result.errorLines().getFirst()).contains(expected.replace("{file}", file.toString()))
                .doesNotContain("\uFEFF");
        assertThat(ReportCheck.snapshot(dir.resolve("reports"))).isEqualTo(before);
        Leftovers.assertNone(dir.resolve("case"));
    }

    @Test
    void aByteOrderMarkIsDroppedAndTheBaselineApplies() throws IOException {
        Path file = dir.resolve("baseline.tsv");
        Files.write(file, bytes("\uFEFF# written by an editor that adds a byte order mark\n", "UTF-8"));
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", Gates.FEATURES.toString(),
                "--report-dir", dir.resolve("reports").toString(), "--baseline", file.toString());
        Catalogue.record("bad baseline", "a UTF-8 baseline that starts with a byte order mark", result.exitCode(),
                "accepted; " + result.out().lines().reduce((first, last) -> last).orElse(""));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        ReportCheck.assertComplete(dir.resolve("reports"));
        Leftovers.assertNone(dir.resolve("case"));
    }

    @Test
    void aStaleEntryFailsTheGateNamingFileAndLine() throws IOException {
        Path file = dir.resolve("baseline.tsv");
        Files.writeString(file, "# stale\ntest.order.plain\tNo scenario has this name\tonce failed\n");
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", Gates.FEATURES.toString(),
                "--report-dir", dir.resolve("reports").toString(), "--baseline", file.toString());
        String line = result.out().lines().filter(l -> l.contains("stale baseline entry")).findFirst().orElse("");
        Catalogue.record("bad baseline", "an entry naming no scenario (stale)", result.exitCode(), line.strip());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(line).contains(file + ":2: stale baseline entry");
        ReportCheck.assertComplete(dir.resolve("reports"));
        Leftovers.assertNone(dir.resolve("case"));
    }

    @Test
    void aBaselineThatCannotBeWrittenIsRefusedBeforeAnythingRuns() throws IOException {
        Files.writeString(dir.resolve("file.txt"), "a file, not a folder\n");
        Path target = dir.resolve("file.txt").resolve("baseline.tsv");
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", Gates.FEATURES.toString(),
                "--report-dir", dir.resolve("reports").toString(), "--write-baseline", target.toString());
        Catalogue.record("bad baseline", "--write-baseline under a regular file", result);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errorLines()).hasSize(1);
        assertThat(result.out()).doesNotContain("started");
        assertThat(Files.exists(dir.resolve("reports"))).isFalse();
    }

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(java.nio.charset.Charset.forName(charset));
    }
}
