package dev.asynciotck.reports.gate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A gate that runs nothing fails; the exit codes; the exact shape of summary.json and the manifest. */
class ManifestAndExitCodesTest {

    @TempDir
    Path reports;

    @Test
    void aTagExpressionThatMatchesNothingFailsTheGate() {
        TckRun run = TckRun.run(reports, "--tags", "@no-such-tag");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("no scenario selected for reference");
        assertThat(run.json("summary.json").get("scenarios").asInt()).isZero();
    }

    @Test
    void scenariosATagExpressionLeavesOutAreNotPartOfTheRun() {
        TckRun run = TckRun.run(reports, "--tags", "@rule-test.order.plain", "--target", "broken-lifo");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json("summary.json").get("scenarios").asInt()).isEqualTo(2);
        assertThat(run.json("manifest.json").get("targets").get(0).get("ran")).hasSize(1);
    }

    @Test
    void aSelectionOfWhichNothingAppliesFailsTheGate() {
        TckRun run = TckRun.run(reports, "--tags", "@before-3.7");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("no scenario ran on reference");
    }

    @Test
    void theManifestRecordsWhatRanPerTarget() {
        TckRun run = TckRun.run(reports);
        JsonNode target = run.json("manifest.json").get("targets").get(0);
        assertThat(target.get("name").asText()).isEqualTo("reference");
        assertThat(target.get("selected").asInt()).isEqualTo(3);
        assertThat(target.get("ran")).hasSize(2);
        assertThat(target.get("notApplicable").get(0).asText()).endsWith("order.feature:56");
        assertThat(target.get("notRun")).isEmpty();
    }

    @Test
    void summaryJsonHasExactlyTheDocumentedShape() {
        TckRun run = TckRun.run(reports, "--target", "reference", "--target", "broken-lifo");
        JsonNode summary = run.json("summary.json");
        assertThat(fields(summary)).containsExactly("targets", "scenarios");
        assertThat(summary.get("scenarios").asInt()).isEqualTo(3);
        assertThat(summary.get("targets")).hasSize(2);
        for (JsonNode target : summary.get("targets")) {
            assertThat(fields(target)).containsExactly("name", "version", "passed", "failed", "expectedFailures",
                    "unexpectedPasses", "notApplicable", "timeouts", "errors", "durationSeconds", "conforms", "strict",
                    "levels", "detailDifferences");
            assertThat(fields(target.get("levels"))).containsExactly("required", "optional", "detail");
        }
        JsonNode lifo = summary.get("targets").get(1);
        assertThat(lifo.get("name").asText()).isEqualTo("broken-lifo");
        assertThat(lifo.get("passed").asInt()).isEqualTo(1);
        assertThat(lifo.get("failed").asInt()).isEqualTo(1);
        assertThat(lifo.get("notApplicable").asInt()).isEqualTo(1);
        assertThat(lifo.get("durationSeconds").isNumber()).isTrue();
    }

    @Test
    void aTargetThatCannotStartIsAHarnessError() {
        TckRun run = TckRun.run(reports, "--target", "no-such-loop");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).contains("no-such-loop", "cannot run");
        assertThat(run.verdict("no-such-loop", BrokenProvidersTest.PLAIN)).isEqualTo("missing");
    }

    @Test
    void aMissingInterpreterIsAHarnessError() {
        TckRun run = TckRun.run(reports, "--python", "/no/such/python3");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).contains("python:/no/such/python3");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(TckRun.run(reports, "--repeat", "0").exitCode()).isEqualTo(2);
        assertThat(TckRun.run(reports, "--jobs", "0").exitCode()).isEqualTo(2);
        assertThat(TckRun.run(reports, "--timeout", "-1").exitCode()).isEqualTo(2);
        assertThat(TckRun.run(reports, "--frobnicate").exitCode()).isEqualTo(2);
        TckRun tags = TckRun.run(reports, "--tags", "@a and (");
        assertThat(tags.exitCode()).isEqualTo(2);
        assertThat(tags.err()).contains("--tags");
        TckRun twoTargets = TckRun.run(reports, "--target", "reference", "--target", "broken-lifo",
                "--write-baseline", reports.resolve("b.tsv").toString());
        assertThat(twoTargets.exitCode()).isEqualTo(2);
        assertThat(twoTargets.err()).contains("TARGET=FILE");
    }

    @Test
    void theHelpDocumentsTheExitCodes() {
        TckRun run = TckRun.run(reports, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "0   every target conforms", "3   harness error");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
