package dev.asynciotck.graalpy;

import dev.asynciotck.harness.RunResult.Status;
import dev.asynciotck.harness.Targets;
import dev.asynciotck.spi.PythonVersion;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The graalpy-3.X names and why a target is missing (nothing here starts GraalPy). */
class GraalPyTargetsTest {

    @Test
    void theFamilyIsFoundThroughTheHarness() {
        assertThat(Targets.families()).anySatisfy(family -> assertThat(family).isInstanceOf(GraalPyTargets.class));
        assertThat(Targets.byName("graalpy-3.12")).isInstanceOf(GraalPyTarget.class);
    }

    @Test
    void thePinnedGraalPyImplementsPython312AndIsAvailableAfterTheBuild() {
        var runtime = GraalPyRuntime.pinned();
        assertThat(runtime.pythonVersion()).isEqualTo(new PythonVersion(3, 12));
        assertThat(runtime.unavailableReason()).isEmpty();
        assertThat(runtime.modulePath()).anySatisfy(jar -> assertThat(jar.toString()).contains("python-language"));
        assertThat(runtime.upgradeModulePath()).anySatisfy(jar -> assertThat(jar.toString()).contains("compiler"));
        assertThat(new GraalPyTargets().list()).singleElement()
                .satisfies(entry -> assertThat(entry.name()).isEqualTo("graalpy-3.12"));
    }

    @Test
    void otherNamesAreNotGraalPys() {
        assertThat(new GraalPyTargets().byName("cpython-3.12")).isEmpty();
        assertThat(new GraalPyTargets().byName("graalpy")).isEmpty();
        assertThat(new GraalPyTargets().byName("graalpy-3.12x")).isEmpty();
    }

    @Test
    void anotherPythonVersionIsMissingAndSaysWhichOneThePinnedGraalPyImplements() {
        var other = new GraalPyTargets().byName("graalpy-3.11").orElseThrow();
        assertThat(other.version()).isEqualTo(new PythonVersion(3, 11));
        assertThat(other.unavailableReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("pins GraalPy 25.0.3", "Python 3.12", "graalpy-3.12", "not 3.11"));
        var result = other.run("print(1)\n", "p.py", Duration.ofSeconds(5));
        assertThat(result.status()).isEqualTo(Status.MISSING);
    }

    @Test
    void missingJarsMakeTheTargetMissingWithTheJarAndTheCommandThatFetchesIt() {
        Path absent = Path.of("/nonexistent/python-language-25.0.3.jar");
        var runtime = GraalPyRuntime.of("25.0.3", new PythonVersion(3, 12), List.of(absent), List.of());
        var target = new GraalPyTarget("graalpy-3.12", runtime, 1, 1, null);
        assertThat(target.unavailableReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("not in the local Maven repository", absent.toString(), "mvn -B -pl harness-graalpy"));
        var result = target.run("print(1)\n", "p.py", Duration.ofSeconds(5));
        assertThat(result.status()).isEqualTo(Status.MISSING);
        assertThat(result.detail()).startsWith("p.py on graalpy-3.12: ").contains(absent.toString());
    }

    @Test
    void theServerCommandEnablesTheGraalCompilerOnAJdkWithJvmci() {
        var runtime = GraalPyRuntime.pinned();
        List<String> command = runtime.serverCommand(Path.of("/tmp/harness.py"), 2, 1);
        assertThat(command).contains(GraalPyRuntime.SERVER_MAIN, "--contexts", "2", "--harness", "/tmp/harness.py");
        if (runtime.jdkCompiles()) {
            assertThat(command).contains("-XX:+EnableJVMCI", "--upgrade-module-path");
        }
    }
}
