package dev.asynciotck.reports.merge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tck merge --write-baseline}: the merged failures written as a baseline exactly as {@code tck run
 * --write-baseline} writes them for the unsharded run (reasons of {@code --baseline} kept, new failures
 * {@code TODO: explain}, intermittent entries kept although their scenario passed), and the merge then judged against
 * the file written. The target is a fault model (call_soon callbacks run last in, first out) on the gate's small test
 * feature: it fails the FIFO scenario and passes the plain one.
 */
class MergeWriteBaselineTest {

    private static final String FEATURES = Path.of("src", "test", "resources", "gate", "features").toAbsolutePath()
            .toString();
    private static final String TARGET = "fault-lifo";
    private static final String FAILING = "test.order.call-soon-fifo\tTwo callbacks run in the order they were scheduled";
    private static final String PASSING = "test.order.plain\tA coroutine that sleeps once prints and ends";

    @TempDir
    Path tmp;

    @Test
    void theMergedBaselineIsTheOneTheUnshardedRunWrites() throws IOException {
        Path previous = tmp.resolve("previous.tsv");
        Files.writeString(previous, PASSING + "\tintermittent: listed to show such entries are kept\n");
        List<String> shards = shards();

        Path fromRun = tmp.resolve("from-run.tsv");
        TckCommand run = run(tmp.resolve("whole"), "--baseline", previous.toString(), "--write-baseline", fromRun.toString());
        Path fromMerge = tmp.resolve("from-merge.tsv");
        TckCommand merge = merge(tmp.resolve("merged"), shards, "--baseline", TARGET + "=" + previous,
                "--write-baseline", TARGET + "=" + fromMerge);

        assertThat(merge.exitCode()).as(merge.toString()).isEqualTo(run.exitCode());
        assertThat(merge.err()).contains("tck merge: wrote 2 entries for " + TARGET + " to " + fromMerge);
        assertThat(fromMerge).content().contains(FAILING + "\t" + "TODO: explain")
                .contains(PASSING + "\tintermittent: listed to show such entries are kept");
        assertThat(fromMerge).hasSameTextualContentAs(fromRun);
        // Judged against the file written: the failure it lists is expected, not a failure of the gate.
        assertThat(merge.out()).contains("expected-fail").doesNotContain("unexpected-pass");
    }

    @Test
    void reasonsOfTheGivenBaselineAreKept() throws IOException {
        Path previous = tmp.resolve("previous.tsv");
        Files.writeString(previous, FAILING + "\tcall_soon callbacks run last in, first out\n");
        Path written = tmp.resolve("written.tsv");
        TckCommand merge = merge(tmp.resolve("merged"), shards(), "--baseline", previous.toString(),
                "--write-baseline", written.toString());
        assertThat(merge.err()).as(merge.toString()).contains("wrote 1 entries");
        assertThat(Files.readAllLines(written).stream().filter(line -> !line.startsWith("#")))
                .containsExactly(FAILING + "\tcall_soon callbacks run last in, first out");
    }

    @Test
    void anUnwritableBaselineIsAUsageErrorBeforeAnythingIsMerged() throws IOException {
        Path directory = Files.createDirectories(tmp.resolve("a-directory.tsv"));
        TckCommand merge = merge(tmp.resolve("merged"), shards(), "--write-baseline", directory.toString());
        assertThat(merge.exitCode()).as(merge.toString()).isEqualTo(2);
        assertThat(merge.err().strip()).isEqualTo("tck merge: --write-baseline " + directory
                + ": is a directory, not a file");
        assertThat(tmp.resolve("merged").resolve("matrix.json")).doesNotExist();
    }

    private List<String> shards() {
        List<String> dirs = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            Path dir = tmp.resolve("shard-" + k);
            TckCommand shard = run(dir, "--shard", k + "/2");
            assertThat(shard.exitCode()).as(shard.toString()).isBetween(0, 1);
            dirs.add(dir.toString());
        }
        return dirs;
    }

    private static TckCommand run(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--report-dir", dir.toString(), "--features", FEATURES,
                "--target", TARGET));
        args.addAll(List.of(more));
        return TckCommand.run(args.toArray(String[]::new));
    }

    private static TckCommand merge(Path into, List<String> dirs, String... more) {
        List<String> args = new ArrayList<>(List.of("merge", "--report-dir", into.toString()));
        args.addAll(dirs);
        args.addAll(List.of(more));
        return TckCommand.run(args.toArray(String[]::new));
    }
}
