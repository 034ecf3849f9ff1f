package dev.asynciotck.harness.python;

import dev.asynciotck.spi.PythonVersion;

import java.util.Arrays;
import java.util.Optional;

/**
 * The CPython builds for WebAssembly the TCK runs on: Pyodide's npm packages, pinned in
 * {@code harness/wasm/package.json} under an alias per CPython feature version. {@code cpython-3.14} and
 * {@code cpython-3.15} have no native interpreter here; {@code cpython-3.13-wasm} runs the same specification as
 * native {@code cpython-3.13} to prove the WebAssembly runner a faithful oracle.
 */
enum WasmBuild {
    CPYTHON_3_13("cpython-3.13-wasm", new PythonVersion(3, 13), "pyodide-313", false),
    CPYTHON_3_14("cpython-3.14", new PythonVersion(3, 14), "pyodide-314", false),
    CPYTHON_3_15("cpython-3.15", new PythonVersion(3, 15), "pyodide-315", false),
    /** Pyodide 314 with its own event loop, WebLoop, as PyScript and JupyterLite users have it. */
    PYODIDE_3_14_WEBLOOP("pyodide-3.14+webloop", new PythonVersion(3, 14), "pyodide-314", true);

    private final String targetName;
    private final PythonVersion version;
    private final String npmAlias;
    private final boolean webloop;

    WasmBuild(String targetName, PythonVersion version, String npmAlias, boolean webloop) {
        this.targetName = targetName;
        this.version = version;
        this.npmAlias = npmAlias;
        this.webloop = webloop;
    }

    /** True if programs run on Pyodide's own loop (WebLoop) rather than on CPython's asyncio loop. */
    boolean webloop() {
        return webloop;
    }

    /** The target's name, e.g. {@code cpython-3.14}. */
    String targetName() {
        return targetName;
    }

    /** The CPython feature version the build is. */
    PythonVersion version() {
        return version;
    }

    /** The folder under {@code node_modules} that holds the build (an npm alias of {@code pyodide}). */
    String npmAlias() {
        return npmAlias;
    }

    /** The build a target name stands for, if any. */
    static Optional<WasmBuild> byTargetName(String name) {
        return Arrays.stream(values()).filter(build -> build.targetName.equals(name)).findFirst();
    }
}
