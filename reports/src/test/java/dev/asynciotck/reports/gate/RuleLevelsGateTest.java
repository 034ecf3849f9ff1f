package dev.asynciotck.reports.gate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate judges rule levels: by default a failing {@code @detail} scenario is a reported difference that does
 * not fail the gate, while a failing {@code @required} one does; {@code --strict} (for every target, or for the
 * one named) gates detail too. Summary, {@code summary.json} and the matrix show the figures per level, and
 * {@code --write-baseline} lists only what the gate judges. Each detail difference carries why it is a detail
 * (its rule's {@code Detail:} line) and what the target printed instead, in the summary, the JSON and the matrix.
 */
class RuleLevelsGateTest {

    private static final String PROGRAM = """
                Given the program:
                  \"\"\"python
                  print("printed")
                  \"\"\"
            """;

    @TempDir
    Path dir;

    /** One required rule the reference passes, one detail rule with a scenario it passes and one it fails. */
    private Path features(boolean requiredFails) throws IOException {
        Path feature = dir.resolve("features/levels.feature");
        Files.createDirectories(feature.getParent());
        Files.writeString(feature, """
                Feature: levels
                  @rule-test.levels.promised @required
                  Rule: What the documentation promises.
                    Link: https://docs.python.org/3/library/asyncio.html
                    Scenario: promised
                """ + PROGRAM + """
                      Then the output is:
                        \"\"\"
                        %s
                        \"\"\"
                      And the program completes normally

                  @rule-test.levels.wording @detail
                  Rule: How CPython words it.
                    Link: https://docs.python.org/3/library/asyncio.html
                    Detail: message text: the test's own wording
                    Scenario: worded as printed
                """.formatted(requiredFails ? "not printed" : "printed") + PROGRAM + """
                      Then the output is:
                        \"\"\"
                        printed
                        \"\"\"
                      And the program completes normally

                    Scenario: worded otherwise
                """ + PROGRAM + """
                      Then the output is:
                        \"\"\"
                        worded otherwise
                        \"\"\"
                      And the program completes normally
                """);
        return feature.getParent();
    }

    @Test
    void aDetailDifferenceIsReportedButDoesNotFailTheGate() throws IOException {
        TckRun run = TckRun.run(dir.resolve("reports"), "--features", features(false).toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("reference", "1 pass, 0 fail, 1 detail difference;",
                "required 1/1 · optional 0/0 · detail 1/2", "CONFORMS",
                "detail differences (CPython's wording, reprs or timing; not gated, --strict gates them): 1",
                "[test.levels.wording] worded otherwise",
                "why a detail: message text: the test's own wording",
                "line 1: CPython prints \"worded otherwise\", this target \"printed\"");
        assertThat(run.verdict("reference", "worded otherwise")).isEqualTo("fail");
        JsonNode target = run.json("summary.json").get("targets").get(0);
        assertThat(target.get("conforms").asBoolean()).isTrue();
        assertThat(target.get("strict").asBoolean()).isFalse();
        assertThat(target.at("/levels/required/passed").asLong()).isEqualTo(1);
        assertThat(target.at("/levels/required/applicable").asLong()).isEqualTo(1);
        assertThat(target.at("/levels/detail/passed").asLong()).isEqualTo(1);
        assertThat(target.at("/levels/detail/applicable").asLong()).isEqualTo(2);
        JsonNode difference = target.get("detailDifferences").get(0);
        assertThat(target.get("detailDifferences")).hasSize(1);
        assertThat(difference.get("rule").asText()).isEqualTo("test.levels.wording");
        assertThat(difference.get("scenario").asText()).isEqualTo("worded otherwise");
        assertThat(difference.get("reason").asText()).isEqualTo("message text: the test's own wording");
        assertThat(difference.get("observed").asText())
                .isEqualTo("line 1: CPython prints \"worded otherwise\", this target \"printed\"");
        JsonNode matrix = run.json("matrix.json");
        assertThat(matrix.get("targets").get(0).get("detailDifferences").asInt()).isEqualTo(1);
        JsonNode wording = matrix.at("/features/0/rules/1");
        assertThat(wording.get("detailReason").asText()).isEqualTo("message text: the test's own wording");
        assertThat(wording.at("/scenarios/1/cells/reference/detailReason").asText())
                .isEqualTo("message text: the test's own wording");
        assertThat(wording.at("/scenarios/0/cells/reference/detailReason").isMissingNode()).as("a pass has none").isTrue();
        assertThat(matrix.at("/features/0/rules/0/detailReason").isMissingNode()).as("a required rule has none").isTrue();
        assertThat(Files.readString(run.reports().resolve("matrix.md"))).contains("## Detail differences",
                "the test's own wording", "this target \"printed\"");
        assertThat(Files.readString(run.reports().resolve("matrix.md"))).contains("required 1/1 · optional 0/0 · detail 1/2");
        assertThat(Files.readString(run.reports().resolve("matrix.html"))).contains("detail 1/2", "not-gated",
                "id=\"detail-differences\"", "Why a detail: message text: the test");
    }

    @Test
    void strictGatesDetailForEveryTargetOrTheOneNamed() throws IOException {
        Path features = features(false);
        TckRun strict = TckRun.run(dir.resolve("all"), "--features", features.toString(), "--strict");
        TckRun named = TckRun.run(dir.resolve("named"), "--features", features.toString(), "--target", "reference",
                "--strict", "reference");

        for (TckRun run : new TckRun[] {strict, named}) {
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.out()).contains("detail 1/2, strict", "FAILS", "FAIL ", "[test.levels.wording] worded otherwise");
            assertThat(run.json("summary.json").at("/targets/0/strict").asBoolean()).isTrue();
        }
        TckRun unknown = TckRun.run(dir.resolve("unknown"), "--features", features.toString(), "--strict", "nobody");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--strict nobody: not a target of this run");
    }

    @Test
    void aRequiredFailureFailsTheGateAtTheDefaultLevel() throws IOException {
        TckRun run = TckRun.run(dir.resolve("reports"), "--features", features(true).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("required 0/1", "FAILS", "[test.levels.promised] promised");
    }

    @Test
    void writeBaselineListsOnlyWhatTheGateJudges() throws IOException {
        Path features = features(true);
        Path lenient = dir.resolve("lenient.tsv");
        Path strict = dir.resolve("strict.tsv");
        TckRun.run(dir.resolve("r1"), "--features", features.toString(), "--write-baseline", lenient.toString());
        TckRun.run(dir.resolve("r2"), "--features", features.toString(), "--strict", "--write-baseline",
                strict.toString());

        assertThat(Files.readString(lenient)).contains("test.levels.promised\tpromised")
                .doesNotContain("worded otherwise");
        assertThat(Files.readString(strict)).contains("test.levels.promised\tpromised",
                "test.levels.wording\tworded otherwise");
    }
}
