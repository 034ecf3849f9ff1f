package dev.asynciotck.reports.run;

import dev.asynciotck.reports.cli.Tck;
import dev.asynciotck.harness.Targets;
import dev.asynciotck.harness.python.PythonTargets;
import dev.asynciotck.harness.python.TargetAvailability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The oracle, through the gate itself ({@code tck run}): every scenario, detail ones included, passes on the
 * reference and on every installed CPython whose version is in its range; CPython's pure-Python asyncio and PyPy,
 * correct implementations that differ from CPython in details only, conform at the default level with no
 * baseline. One matrix run shared with {@link UvloopGateTest} ({@link MatrixRun}). Reports go to
 * {@code tck.report.dir} (the build folder's tck-reports); the log ends with one line per target.
 */
class CPythonOracleTest {

    static final Path REPORTS = Path.of(System.getProperty("tck.report.dir", "target/tck-reports"));
    private static final List<String> SUMMARY = new ArrayList<>();

    /**
     * Runs {@code tck run} in process; its output, and the exit code as the first line. The output is also copied
     * to the build's log as it comes, so that a long run shows its progress there (the gate's plain progress lines).
     */
    static String tck(String... args) {
        StringWriter out = new StringWriter();
        PrintWriter log = new PrintWriter(System.out, true);
        PrintWriter writer = new PrintWriter(new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                out.write(text, offset, length);
                log.write(text, offset, length);
            }

            @Override
            public void flush() {
                log.flush();
            }

            @Override
            public void close() {
            }
        });
        int code = Tck.commandLine().setOut(writer).setErr(writer).execute(args);
        writer.flush();
        out.getBuffer().insert(0, "exit " + code + "\n");
        out.toString().lines().filter(l -> l.matches("^\\S+\\s+(\\d+\\.\\d+|\\?)\\s.*"))
                .filter(l -> l.contains("CONFORMS") || l.contains("FAILS") || l.contains("cannot run"))
                .distinct().forEach(SUMMARY::add);
        return out.toString();
    }

    @Test
    void everyApplicableScenarioPassesOnTheReference() {
        assertConforms(Targets.REFERENCE);
        assertThat(MatrixRun.summaryLine(Targets.REFERENCE).orElseThrow()).contains(", strict");
    }

    @Test
    void everyInstalledCPythonWithoutItsAcceleratorConformsWithoutABaseline() {
        PythonTargets.list().stream().filter(t -> t.name().endsWith("+pure") && !t.available())
                .forEach(t -> SUMMARY.add(String.format("%-22s missing: %s", t.name(), t.reason())));
        assumeTrue(!MatrixRun.installedPureCPythons().isEmpty(), "no CPython 3.6-3.13 installed");
        MatrixRun.installedPureCPythons().forEach(CPythonOracleTest::assertConforms);
    }

    @Test
    void pypyConformsWithoutABaseline() {
        assumeTrue(!MatrixRun.installedPyPys().isEmpty(), "no PyPy on PATH or in pyenv (apt-get install pypy3)");
        MatrixRun.installedPyPys().forEach(CPythonOracleTest::assertConforms);
    }

    @Test
    void everyApplicableScenarioPassesOnEveryInstalledCPython() {
        PythonTargets.list().stream().filter(t -> t.name().startsWith("cpython-") && !t.name().contains("+")
                        && !t.available())
                .forEach(t -> SUMMARY.add(String.format("%-22s missing: %s", t.name(), t.reason())));
        assumeTrue(!MatrixRun.installedCPythons().isEmpty(), "no CPython 3.6-3.13 installed: the oracle cannot run here");
        MatrixRun.installedCPythons().forEach(CPythonOracleTest::assertConforms);
    }

    /** The target's line of the shared matrix run says it conforms; else the whole run's output is the message. */
    static void assertConforms(String target) {
        String line = MatrixRun.summaryLine(target).orElse("(no summary line for " + target + ")");
        assertThat(line).as(target + " in the matrix run; scenarios that do not hold:\n" + MatrixRun.output())
                .endsWith("CONFORMS");
    }

    @Test
    void theOracleBites(@TempDir Path dir) throws IOException {
        var cpython = PythonTargets.list().stream().filter(t -> t.available() && t.name().startsWith("cpython-")
                        && !t.name().contains("+"))
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
        TargetResult result = SuiteRunner.run(cpython.get().name(), SuiteOptions.defaults().withFeatures(List.of(feature)));
        assertThat(result.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(s.message()).contains("- 3", "+ 2");
            assertThat(s.evidence().result().stdout()).isEqualTo("2\n");
        });
    }

    @AfterAll
    static void printOneLinePerTarget() {
        System.out.println("\n=== conformance per target ===");
        SUMMARY.forEach(System.out::println);
    }
}
