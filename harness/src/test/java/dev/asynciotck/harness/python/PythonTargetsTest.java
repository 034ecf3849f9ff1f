package dev.asynciotck.harness.python;

import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.harness.RunResult.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Target names, discovery and availability. */
class PythonTargetsTest {

    @TempDir
    Path temp;

    @Test
    void cpythonNamesGiveTargetsWhetherInstalledOrNot() {
        var target = (PythonTarget) PythonTargets.byName("cpython-3.11+uvloop").orElseThrow();

        assertThat(target.name()).isEqualTo("cpython-3.11+uvloop");
        assertThat(target.usesUvloop()).isTrue();
        assertThat(target.version()).isEqualTo(new PythonVersion(3, 11));
        assertThat(PythonTargets.byName("cpython-3.12").orElseThrow().name()).isEqualTo("cpython-3.12");
        assertThat(PythonTargets.byName("cpython-3.12")).containsSame(PythonTargets.byName("cpython-3.12").get());
    }

    @Test
    void executableNamesKeepTheNameAskedFor() {
        var target = (PythonTarget) PythonTargets.byName("python:/opt/nowhere/python3+uvloop").orElseThrow();

        assertThat(target.name()).isEqualTo("python:/opt/nowhere/python3+uvloop");
        assertThat(target.usesUvloop()).isTrue();
        assertThat(target.unavailableReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("/opt/nowhere/python3", "does not exist"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "cpython", "cpython-3", "cpython-3.12+foo", "CPython-3.12", "python:",
            "python:+uvloop", "python:+pure", "pypy", "pypy-3", "pypy-3.9+uvloop", "cpython-3.12+pure+uvloop"})
    void otherNamesAreNotPythonTargets(String name) {
        assertThat(PythonTargets.byName(name)).isEmpty();
        assertThat(PythonTargets.isPythonTargetName(name)).isFalse();
    }

    @Test
    void versionsBelowTheFloorAreMissing() {
        var target = PythonTargets.byName("cpython-3.5").orElseThrow();

        var result = target.run("print(1)\n", "floor", Duration.ofSeconds(5));

        assertThat(result.status()).isEqualTo(Status.MISSING);
        assertThat(result.detail()).contains("older than 3.6");
    }

    @Test
    void pureAndPyPyNamesGiveTargetsWhetherInstalledOrNot() {
        var pure = (PythonTarget) PythonTargets.byName("cpython-3.13+pure").orElseThrow();
        var pypy = (PythonTarget) PythonTargets.byName("pypy-3.9").orElseThrow();
        var byPath = (PythonTarget) PythonTargets.byName("python:/opt/nowhere/python3+pure").orElseThrow();

        assertThat(pure.variant()).isEqualTo(PythonVariant.PURE);
        assertThat(pure.version()).isEqualTo(new PythonVersion(3, 13));
        assertThat(pypy.name()).isEqualTo("pypy-3.9");
        assertThat(pypy.variant()).isEqualTo(PythonVariant.PLAIN);
        assertThat(pypy.version()).isEqualTo(new PythonVersion(3, 9));
        assertThat(byPath.variant()).isEqualTo(PythonVariant.PURE);
        assertThat(byPath.unavailableReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("/opt/nowhere/python3", "does not exist"));
    }

    @Test
    void pypyIsFoundInPyenvThenByVersionedThenPlainNamesOnPath() throws IOException {
        Path pyenv = fakeExecutable(temp.resolve("pyenv/versions/pypy3.9-7.3.11/bin/pypy3"));
        fakeExecutable(temp.resolve("pyenv/versions/pypy3.10-7.3.17/bin/pypy3"));
        Path versioned = fakeExecutable(temp.resolve("bin/pypy3.9"));
        Path plain = fakeExecutable(temp.resolve("bin/pypy3"));
        fakeExecutable(temp.resolve("pyenv/shims/pypy3"));
        var interpreters = new PythonInterpreters(temp.resolve("pyenv"),
                List.of(temp.resolve("pyenv/shims"), temp.resolve("bin")));

        assertThat(interpreters.pypyCandidates(new PythonVersion(3, 9))).containsExactly(pyenv, versioned, plain);
        assertThat(interpreters.pypyCandidates(new PythonVersion(3, 10))).hasSize(2).contains(plain);
        assertThat(interpreters.pypyVersions()).contains(new PythonVersion(3, 9), new PythonVersion(3, 10));
    }

    @Test
    void aCPythonIsNotTakenForPyPy() throws IOException {
        var real = (PythonTarget) PythonTargetTest.anyInstalled();
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("pypy3"), real.executable().orElseThrow());
        var interpreters = new PythonInterpreters(temp.resolve("no-pyenv"), List.of(bin));

        assertThat(interpreters.resolvePyPy(real.version())).isInstanceOfSatisfying(PythonInterpreters.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("is not PyPy"));
    }

    @Test
    void listNamesEveryKnownVersionAndItsUvloopVariant() {
        List<TargetAvailability> list = PythonTargets.list();
        list.forEach(entry -> System.out.println("target " + entry));

        List<String> names = list.stream().map(TargetAvailability::name).toList();
        for (int minor = 6; minor <= 13; minor++) {
            assertThat(names).contains("cpython-3." + minor, "cpython-3." + minor + "+uvloop",
                    "cpython-3." + minor + "+pure");
        }
        assertThat(list).allSatisfy(entry -> assertThat(entry.reason()).isNotBlank());
        assertThat(list).filteredOn(TargetAvailability::available)
                .allSatisfy(entry -> assertThat(entry.reason()).contains("/")
                        .containsAnyOf("cpython 3.", "pypy 3."));
        assertThat(list).filteredOn(entry -> !entry.available())
                .allSatisfy(entry -> assertThat(entry.reason()).containsAnyOf("not installed", "uvloop", "is not"));
    }

    @Test
    void pyenvVersionsComeFirstNewestPatchFirstThenPathWithoutShims() throws IOException {
        Path old = fakeExecutable(temp.resolve("pyenv/versions/3.13.0/bin/python"));
        Path newer = fakeExecutable(temp.resolve("pyenv/versions/3.13.5/bin/python"));
        fakeExecutable(temp.resolve("pyenv/versions/3.13.1t/bin/python"));
        fakeExecutable(temp.resolve("pyenv/versions/3.12.9/bin/python"));
        Path onPath = fakeExecutable(temp.resolve("bin/python3.13"));
        fakeExecutable(temp.resolve("pyenv/shims/python3.13"));
        var interpreters = new PythonInterpreters(temp.resolve("pyenv"),
                List.of(temp.resolve("pyenv/shims"), temp.resolve("bin"), temp.resolve("nothing")));

        assertThat(interpreters.candidates(new PythonVersion(3, 13))).containsExactly(newer, old, onPath);
        assertThat(interpreters.claimedVersions()).contains(new PythonVersion(3, 12), new PythonVersion(3, 13));
    }

    @Test
    void nothingFoundSaysWhereItLooked() {
        var interpreters = new PythonInterpreters(temp.resolve("no-pyenv"), List.of(temp));

        var resolution = interpreters.resolve(new PythonVersion(3, 12), false);

        assertThat(resolution).isEqualTo(new PythonInterpreters.Unavailable(
                "not installed (looked in " + temp.resolve("no-pyenv/versions") + ", PATH)"));
    }

    @Test
    void theVersionIsAskedOfTheInterpreterNotReadFromItsName() throws IOException {
        var real = (PythonTarget) PythonTargetTest.anyInstalled();
        Path executable = real.executable().orElseThrow();
        PythonVersion actual = real.version();
        var claimed = new PythonVersion(3, actual.minor() == 6 ? 7 : actual.minor() - 1);
        Path bin = Files.createDirectories(temp.resolve("pyenv/versions/" + claimed + ".0/bin"));
        Files.createSymbolicLink(bin.resolve("python"), executable);
        var interpreters = new PythonInterpreters(temp.resolve("pyenv"), List.of());

        var resolution = interpreters.resolve(claimed, false);

        assertThat(resolution).isInstanceOfSatisfying(PythonInterpreters.Unavailable.class, unavailable ->
                assertThat(unavailable.reason()).contains("cpython " + actual + ".", "is not " + claimed));
        var byName = PythonTargets.byName("cpython-" + claimed, interpreters).orElseThrow();
        assertThat(byName.run("print(1)\n", "mislabelled", Duration.ofSeconds(5)).status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void anExecutableThatIsNotPythonIsMissing() throws IOException {
        Path script = temp.resolve("not-python");
        Files.writeString(script, "#!/bin/sh\necho hello\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));

        var target = PythonTarget.forExecutable(script, false);

        assertThat(target.run("print(1)\n", "shell", Duration.ofSeconds(5)).status()).isEqualTo(Status.MISSING);
        assertThat(target.unavailableReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("not a Python 3 interpreter"));
    }

    @Test
    void uvloopOnAnInterpreterWithoutItIsMissing() {
        var real = (PythonTarget) PythonTargetTest.anyInstalled();
        var probe = (InterpreterProbe.Info) InterpreterProbe.probe(real.executable().orElseThrow());
        if (probe.hasUvloop()) {
            System.out.println("skipping: uvloop imports on " + probe.describe());
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(probe.hasUvloop(), "uvloop imports on " + probe.describe());

        var target = PythonTarget.forExecutable(probe.executable(), true);

        assertThat(target.unavailableReason()).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("uvloop does not import on ").contains("ModuleNotFoundError"));
        assertThat(target.run("print(1)\n", "uvloop", Duration.ofSeconds(5)).status()).isEqualTo(Status.MISSING);
    }

    private static Path fakeExecutable(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
        return path;
    }
}
