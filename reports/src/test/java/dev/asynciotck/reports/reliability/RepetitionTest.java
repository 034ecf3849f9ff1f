package dev.asynciotck.reports.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The same run again and again gives the same verdicts, each time a complete report of that run alone. */
class RepetitionTest {

    @TempDir
    Path dir;

    @Test
    void threeRunsIntoOneDirectoryGiveTheSameVerdicts() {
        Path reports = dir.resolve("reports");
        List<String> verdicts = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < 3; i++) {
            TckProcess.Result result = TckProcess.run(dir.resolve("run" + i), "run", "--features",
                    Gates.FEATURES.toString(), "--report-dir", reports.toString(), "--target", "reference",
                    "--target", "broken-lifo");
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            ids.add(ReportCheck.assertComplete(reports));
            verdicts.add(verdicts(reports));
            Leftovers.assertNone(dir.resolve("run" + i));
        }
        Catalogue.record("repetition", "the same tck run (reference and a broken provider) three times into one"
                + " report directory", 1, "identical verdicts each time: " + verdicts.getFirst());
        assertThat(ids).hasSize(3);
        assertThat(new LinkedHashSet<>(verdicts)).hasSize(1);
    }

    @Test
    void repeatInOneRunFindsNothingFlakyOnTheReference() {
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", Gates.FEATURES.toString(),
                "--report-dir", dir.resolve("reports").toString(), "--repeat", "5");
        Catalogue.record("repetition", "tck run --repeat 5 on the reference", result.exitCode(),
                "no flaky scenario; " + result.out().lines().filter(l -> l.contains("conforms")).findFirst()
                        .orElse("").strip());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        ReportCheck.assertComplete(dir.resolve("reports"));
    }

    /** Every cell's verdict, in matrix order: {@code target:scenario=verdict;...}. */
    private static String verdicts(Path reports) {
        StringBuilder all = new StringBuilder();
        for (JsonNode feature : ReportCheck.json(reports.resolve("matrix.json")).get("features")) {
            for (JsonNode rule : feature.get("rules")) {
                for (JsonNode scenario : rule.get("scenarios")) {
                    scenario.get("cells").fields().forEachRemaining(cell -> all.append(cell.getKey()).append(':')
                            .append(scenario.get("name").asText()).append('=')
                            .append(cell.getValue().get("verdict").asText()).append("; "));
                }
            }
        }
        return all.toString();
    }
}
