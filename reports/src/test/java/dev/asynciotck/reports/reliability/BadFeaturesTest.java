package dev.asynciotck.reports.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Feature files that break the specification's own rules, given with {@code --features} to a real
 * {@code tck run}: a usage error (exit 2) in one line naming the file, line and problem, before anything runs.
 */
class BadFeaturesTest {

    private static final String LINK = "    Link: https://docs.python.org/3/library/asyncio-task.html#coroutines\n\n";
    private static final String SCENARIO = SpecFiles.scenario("Quick", SpecFiles.QUICK, "done");

    @TempDir
    Path dir;

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("a feature file without scenarios", "Feature: Nothing yet\n",
                        "no scenario in these feature files"),
                arguments("a Gherkin syntax error", "Feature: Broken\n  Rule: x\n    Scenario: y\n      Given the program:\n"
                        + "        \"\"\"python\n        print(1)\n", "broken.feature"),
                arguments("a Rule without a @rule- tag", "Feature: F\n\n  @required\n  Rule: A statement.\n" + LINK
                        + SCENARIO, "broken.feature:4 (Rule: A statement.): has 0 @rule- tags"),
                arguments("a Rule with two @rule- tags", "Feature: F\n\n  @rule-test.a @rule-test.b @required\n"
                        + "  Rule: A statement.\n" + LINK + SCENARIO, "has 2 @rule- tags"),
                arguments("a rule ID that is not one", "Feature: F\n\n  @rule-Not_An_ID @required\n  Rule: A statement.\n"
                        + LINK + SCENARIO, "'Not_An_ID' is not a rule ID"),
                arguments("a Rule without a level tag", "Feature: F\n\n  @rule-test.a\n  Rule: A statement.\n" + LINK
                        + SCENARIO, "has 0 level tags []; a Rule has exactly one of"),
                arguments("a Rule without its Link line", "Feature: F\n\n  @rule-test.a @required\n  Rule: A statement.\n\n"
                        + SCENARIO, "its first description line must be 'Link: https://docs.python.org/3/...'"),
                arguments("a scenario outside any Rule", "Feature: F\n\n" + SCENARIO,
                        "(Quick): sits outside any Rule"),
                arguments("a scenario with a rule tag of its own", "Feature: F\n\n  @rule-test.a @required\n"
                        + "  Rule: A statement.\n" + LINK + "    @rule-test.other\n" + SCENARIO,
                        "(Quick): carries rule tags of its own [@rule-test.other]"),
                arguments("an unknown step", "Feature: F\n\n  @rule-test.a @required\n  Rule: A statement.\n" + LINK
                        + SCENARIO.replace("And the program completes normally", "And the loop is happy"),
                        "(Quick): unknown step 'the loop is happy'; the steps are [the program:"),
                arguments("a capability needed by a required rule", "Feature: F\n\n  @rule-test.a @required\n"
                        + "  Rule: A statement.\n" + LINK + "    @needs-virtual-clock\n" + SCENARIO,
                        "only an @optional rule may need a capability"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedFeatureIsAUsageErrorNamingThePlace(String what, String feature, String expected) {
        Path features = SpecFiles.features(dir.resolve("spec"), "broken.feature", feature);
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", features.toString(),
                "--report-dir", dir.resolve("reports").toString());
        Catalogue.record("bad feature", what, result);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errorLines()).as(result.toString()).hasSize(1);
        assertThat(result.errorLines().getFirst()).contains(expected);
        assertThat(result.out()).doesNotContain("started");
        assertThat(dir.resolve("reports")).doesNotExist();
        Leftovers.assertNone(dir.resolve("case"));
    }

    @Test
    void aProgramWithASyntaxErrorIsAnErrorVerdictNamingItsPlace() {
        Path features = SpecFiles.features(dir.resolve("spec"), "syntax.feature", SpecFiles.feature(List.of(
                SpecFiles.scenario("Not Python", "print(\"unclosed\"\n", "unclosed"))));
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", features.toString(),
                "--report-dir", dir.resolve("reports").toString());
        JsonNode cell = ReportCheck.json(dir.resolve("reports").resolve("matrix.json")).get("features").get(0)
                .get("rules").get(0).get("scenarios").get(0).get("cells").get("reference");
        Catalogue.record("bad feature", "a scenario whose program is not valid Python", result.exitCode(),
                cell.get("verdict").asText() + ": " + cell.get("message").asText());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(cell.get("verdict").asText()).isEqualTo("error");
        assertThat(cell.get("message").asText()).contains("not valid Python").contains("syntax.feature:");
        ReportCheck.assertComplete(dir.resolve("reports"));
    }

    @Test
    void aTagExpressionThatMatchesNothingFailsTheGateSayingSo() {
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", Gates.FEATURES.toString(),
                "--report-dir", dir.resolve("reports").toString(), "--tags", "@no-such-tag");
        String line = result.out().lines().filter(l -> l.contains("no scenario selected")).findFirst().orElse("");
        Catalogue.record("bad feature", "--tags matching no scenario", result.exitCode(), line.strip());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(line).contains("a tag expression that matches nothing");
        ReportCheck.assertComplete(dir.resolve("reports"));
    }
}
