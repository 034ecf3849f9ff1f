package dev.asynciotck.reports.cli;

import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.spec.SpecificationLoader;
import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.Targets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * For every scenario program applicable to 3.13, {@code tck exec} on the reference prints exactly what
 * CPython 3.13 prints, and exits as python does.
 */
class ExecMatchesCPythonTest {

    private static final Path SPEC = Path.of("..", "features", "spec");
    private static final PythonVersion V3_13 = new PythonVersion(3, 13);

    @TempDir
    static Path dir;

    /**
     * CPython's runs go ahead of the comparisons, two at a time (most programs mostly sleep), so that the tests,
     * which run one after the other, do not wait for each CPython program in turn.
     */
    private static final int CPYTHON_RUNS_AT_ONCE = 2;
    private static ExecutorService cpythonRuns;

    @TestFactory
    Stream<DynamicTest> execPrintsWhatCPython313Prints() {
        Target cpython = Targets.byName("cpython-3.13");
        List<SpecScenario> scenarios = SpecificationLoader.load(SPEC).stream()
                .filter(s -> s.versions().contains(V3_13)).toList();
        cpythonRuns = Executors.newFixedThreadPool(CPYTHON_RUNS_AT_ONCE);
        List<Future<RunResult>> runs = scenarios.stream().map(s -> cpythonRuns.submit(
                () -> cpython.run(s.program(), s.location(), Duration.ofSeconds(30)))).toList();
        return IntStream.range(0, scenarios.size()).mapToObj(i -> DynamicTest.dynamicTest(
                scenarios.get(i).location() + " " + scenarios.get(i).name(), () -> compare(runs.get(i).get(),
                        scenarios.get(i))));
    }

    @AfterAll
    static void stopCPythonRuns() {
        if (cpythonRuns != null) {
            cpythonRuns.shutdownNow();
        }
    }

    private static void compare(RunResult python, SpecScenario scenario) {
        assumeTrue(python.status() != RunResult.Status.MISSING, "CPython 3.13 is not installed: " + python.detail());
        assertThat(python.status().isOutcome()).as(python.describeOutcome()).isTrue();

        ExecCommandTest.Run exec = ExecCommandTest.exec("exec", write(scenario).toString());
        assertThat(exec.out()).as("stdout of tck exec vs python").isEqualTo(python.stdout());
        assertThat(exec.exitCode()).as("exit status; stderr: " + exec.err())
                .isEqualTo(python.status() == RunResult.Status.COMPLETED ? 0 : 1);
    }

    private static Path write(SpecScenario scenario) {
        try {
            return Files.writeString(Files.createTempFile(dir, "scenario", ".py"), scenario.program());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
