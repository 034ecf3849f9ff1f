package dev.asynciotck.reports.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real {@code tck run}s at once into one report directory, {@link Samples#count()} times: each either
 * conforms or refuses in one line because the other holds the directory; afterwards the directory holds one
 * run's complete reports, and nothing is left behind.
 */
class ConcurrencyTest {

    private static final String REFUSAL = "is in use by another tck run";

    @TempDir
    Path dir;

    @Test
    void twoRunsIntoOneReportDirectoryNeverMix() {
        Path reports = dir.resolve("reports");
        int refusals = 0;
        for (int pair = 0; pair < Samples.count(); pair++) {
            List<String> args = List.of("run", "--features", Gates.FEATURES.toString(), "--report-dir",
                    reports.toString(), "--jobs", "1");
            TckProcess first = TckProcess.start(dir.resolve("pair" + pair + "a"), args);
            TckProcess second = TckProcess.start(dir.resolve("pair" + pair + "b"), args);
            TckProcess.Result a = first.await();
            TckProcess.Result b = second.await();
            for (TckProcess.Result result : List.of(a, b)) {
                if (result.exitCode() == 2) {
                    refusals++;
                    assertThat(result.errorLines()).as(result.toString()).hasSize(1);
                    assertThat(result.errorLines().getFirst()).contains(REFUSAL);
                } else {
                    assertThat(result.exitCode()).as(result.toString()).isZero();
                }
                Leftovers.assertNone(result.workDir());
            }
            assertThat(List.of(a.exitCode(), b.exitCode())).as("at least one run of each pair reports").contains(0);
            ReportCheck.assertComplete(reports);
        }
        Catalogue.record("concurrency", Samples.count() + " pairs of tck run started together into one report"
                + " directory", 0, refusals + " run(s) refused (\"" + REFUSAL + "\"), every other conformed; the"
                + " directory held one run's complete reports after each pair");
    }

    @Test
    void runsIntoDifferentDirectoriesDoNotDisturbEachOther() {
        List<String> common = List.of("run", "--features", Gates.FEATURES.toString(), "--jobs", "1", "--report-dir");
        TckProcess first = TckProcess.start(dir.resolve("a"), concat(common, dir.resolve("reports-a").toString()));
        TckProcess second = TckProcess.start(dir.resolve("b"), concat(common, dir.resolve("reports-b").toString()));
        TckProcess.Result a = first.await();
        TckProcess.Result b = second.await();
        Catalogue.record("concurrency", "two tck runs at once into two report directories", Math.max(a.exitCode(),
                b.exitCode()), "both conform, each directory complete");
        assertThat(a.exitCode()).as(a.toString()).isZero();
        assertThat(b.exitCode()).as(b.toString()).isZero();
        assertThat(ReportCheck.assertComplete(dir.resolve("reports-a")))
                .isNotEqualTo(ReportCheck.assertComplete(dir.resolve("reports-b")));
    }

    private static List<String> concat(List<String> words, String last) {
        List<String> all = new java.util.ArrayList<>(words);
        all.add(last);
        return all;
    }
}
