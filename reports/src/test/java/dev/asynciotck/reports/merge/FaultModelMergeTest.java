package dev.asynciotck.reports.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failing targets merge like passing ones: the shards of a run on two fault models (deliberately broken providers
 * of the test class path) merge into the unsharded run's failing cells, messages, fault-model judgement and exit 1.
 */
class FaultModelMergeTest {

    private static final String FEATURES = Path.of("src", "test", "resources", "gate", "features").toAbsolutePath()
            .toString();

    @TempDir
    Path tmp;

    @Test
    void shardsOfFailingFaultModelsMergeIntoTheUnshardedRun() throws IOException {
        TckCommand whole = run(tmp.resolve("whole"));
        assertThat(whole.exitCode()).as(whole.toString()).isEqualTo(1);
        List<String> dirs = new ArrayList<>(List.of("merge", "--report-dir", tmp.resolve("merged").toString()));
        for (int k = 1; k <= 2; k++) {
            TckCommand shard = run(tmp.resolve("shard-" + k), "--shard", k + "/2");
            assertThat(shard.exitCode()).as("a shard is judged on its own: " + shard).isBetween(0, 1);
            dirs.add(tmp.resolve("shard-" + k).toString());
        }
        TckCommand merge = TckCommand.run(dirs.toArray(String[]::new));
        assertThat(merge.exitCode()).as(merge.toString()).isEqualTo(1);
        assertThat(merge.out()).containsPattern("fault-lifo +CAUGHT").contains("ESCAPED rule(s) test.order.plain");
        JsonNode merged = matrix(tmp.resolve("merged"));
        assertThat(merged.get("faultModels")).hasSize(2);
        assertThat(merged.toString()).contains("\"verdict\":\"fail\"");
        assertThat(merged).isEqualTo(matrix(tmp.resolve("whole")));
    }

    private static TckCommand run(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--report-dir", dir.toString(), "--features", FEATURES,
                "--target", "fault-lifo", "--target", "fault-lifo-misnamed"));
        args.addAll(List.of(more));
        return TckCommand.run(args.toArray(String[]::new));
    }

    private static JsonNode matrix(Path dir) throws IOException {
        ObjectNode matrix = (ObjectNode) new ObjectMapper().readTree(dir.resolve("matrix.json").toFile());
        matrix.remove("run");
        return matrix;
    }
}
