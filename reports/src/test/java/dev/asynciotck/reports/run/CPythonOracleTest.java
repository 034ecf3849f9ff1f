package dev.asynciotck.reports.run;

import dev.asynciotck.steps.target.Targets;
import dev.asynciotck.steps.target.python.PythonTargets;
import dev.asynciotck.steps.target.python.TargetAvailability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The oracle: every scenario on every installed CPython whose version is in the scenario's range, plus the
 * reference, plus uvloop (whose deviations are listed, not gated, until the baseline exists). The log
 * ends with one line per target.
 */
class CPythonOracleTest {

    private static final SuiteOptions PYTHON_OPTIONS = SuiteOptions.defaults().withParallelism(4);
    private static final List<String> SUMMARY = new ArrayList<>();

    @Test
    void everyApplicableScenarioPassesOnTheReference() {
        TargetResult result = SuiteRunner.run(Targets.REFERENCE, SuiteOptions.defaults());
        SUMMARY.add(result.summaryLine());
        assertThat(result.scenarios()).isNotEmpty();
        assertThat(result.problems()).as(describe(result)).isEmpty();
    }

    @Test
    void everyApplicableScenarioPassesOnEveryInstalledCPython() {
        List<TargetAvailability> cpythons = PythonTargets.list().stream()
                .filter(t -> !t.name().contains("+")).toList();
        cpythons.stream().filter(t -> !t.available())
                .forEach(t -> SUMMARY.add(String.format("%-22s missing: %s", t.name(), t.reason())));
        List<String> installed = cpythons.stream().filter(TargetAvailability::available)
                .map(TargetAvailability::name).toList();
        assumeTrue(!installed.isEmpty(), "no CPython 3.6-3.13 installed: the oracle cannot run here");

        List<String> failures = new ArrayList<>();
        for (TargetResult result : SuiteRunner.runAll(installed, PYTHON_OPTIONS)) {
            SUMMARY.add(result.summaryLine());
            assertThat(result.scenarios()).as("scenarios run on " + result.target()).isNotEmpty();
            if (!result.problems().isEmpty()) {
                failures.add(describe(result));
            }
        }
        assertThat(failures).as("scenarios that do not hold on real CPython").isEmpty();
    }

    @Test
    void uvloopRunsAndItsDeviationsAreListed() {
        var uvloop = PythonTargets.list().stream().filter(t -> t.name().endsWith("+uvloop") && t.available())
                .findFirst();
        assumeTrue(uvloop.isPresent(), "no interpreter with uvloop installed (apt-get install python3-uvloop)");
        TargetResult result = SuiteRunner.run(uvloop.get().name(), PYTHON_OPTIONS);
        SUMMARY.add(result.summaryLine());
        result.problems().forEach(p -> SUMMARY.add("    deviation: " + p.location() + " " + p.name()));
        assertThat(result.count(Verdict.PASSED)).as("uvloop runs the suite at all").isPositive();
        assertThat(result.count(Verdict.MISSING) + result.count(Verdict.ERROR)).as(describe(result)).isZero();
    }

    @Test
    void theOracleBites(@TempDir Path dir) throws IOException {
        var cpython = PythonTargets.list().stream().filter(t -> t.available() && !t.name().contains("+"))
                .reduce((first, second) -> second);
        assumeTrue(cpython.isPresent(), "no CPython installed");
        Path feature = dir.resolve("wrong.feature");
        Files.writeString(feature, """
                Feature: a deliberately wrong expectation
                  @rule-test.oracle.bites
                  Scenario: CPython does not print what this scenario claims
                    Given the program:
                      \"\"\"python
                      print(1 + 1)
                      \"\"\"
                    Then the output is:
                      \"\"\"
                      3
                      \"\"\"
                    And the program completes normally
                """);
        TargetResult result = SuiteRunner.run(cpython.get().name(), PYTHON_OPTIONS.withFeatures(List.of(feature)));
        assertThat(result.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(s.message()).contains("- 3", "+ 2");
        });
    }

    @AfterAll
    static void printOneLinePerTarget() {
        System.out.println("\n=== conformance per target ===");
        SUMMARY.forEach(System.out::println);
    }

    private static String describe(TargetResult result) {
        return result.problems().stream()
                .map(p -> p.verdict() + " " + p.location() + " " + p.name() + "\n    " + p.message().replace("\n", "\n    "))
                .collect(Collectors.joining("\n", result.target() + ":\n", ""));
    }
}
