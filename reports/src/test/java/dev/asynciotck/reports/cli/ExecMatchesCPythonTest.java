package dev.asynciotck.reports.cli;

import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.spec.SpecificationLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * For every scenario program applicable to 3.13, {@code tck exec} on the reference prints exactly what
 * CPython 3.13 prints, and exits as python does. What CPython 3.13 prints is the scenario's expected output and
 * outcome: the shared matrix run of the same build proves each of them on CPython 3.13, strictly
 * ({@code CPythonOracleTest}), so running CPython's programs again here would prove nothing more.
 */
class ExecMatchesCPythonTest {

    private static final Path SPEC = Path.of("..", "features", "spec");
    private static final PythonVersion V3_13 = new PythonVersion(3, 13);

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> execPrintsWhatCPython313Prints() {
        return SpecificationLoader.load(SPEC).stream().filter(s -> s.versions().contains(V3_13))
                .map(s -> DynamicTest.dynamicTest(s.location() + " " + s.name(), () -> compare(s)));
    }

    private static void compare(SpecScenario scenario) {
        assumeTrue(scenario.expectedOutput() != null && scenario.expectedOutcome() != null,
                "the scenario states no output or outcome");
        ExecCommandTest.Run exec = ExecCommandTest.exec("exec", write(scenario).toString());
        assertThat(exec.out()).as("stdout of tck exec vs CPython 3.13's (the scenario's expected output)")
                .isEqualTo(scenario.expectedOutput());
        assertThat(exec.exitCode()).as("exit status (python: 0 completed, 1 raised); stderr: " + exec.err())
                .isEqualTo(scenario.expectedOutcome().isEmpty() ? 0 : 1);
    }

    private static Path write(SpecScenario scenario) {
        try {
            return Files.writeString(Files.createTempFile(dir, "scenario", ".py"), scenario.program());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
