package dev.asynciotck.reports.run;

import dev.asynciotck.harness.Targets;
import dev.asynciotck.harness.python.PythonTargets;
import dev.asynciotck.harness.python.TargetAvailability;
import dev.asynciotck.harness.python.WasmTargets;

import dev.asynciotck.reports.fuzz.LoadAverage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static dev.asynciotck.reports.run.CPythonOracleTest.REPORTS;
import static dev.asynciotck.reports.run.CPythonOracleTest.tck;

/**
 * The whole matrix, run once per test JVM through the gate ({@code tck run}), all targets at once, so that no
 * scenario runs twice on a target and both cores stay busy: the reference, and the reference at every asyncio version
 * it follows ({@code reference@3.6} … {@code reference@3.15}, each against its committed baseline of version switches
 * not implemented yet), every installed CPython 3.6–3.13 and the WebAssembly builds of CPython 3.13, 3.14 and 3.15,
 * all gated strictly (detail scenarios too: they must print exactly what CPython prints); every installed CPython
 * with its C accelerator blocked ({@code +pure}) and every PyPy at the default level with no baseline (correct
 * implementations that differ from CPython only in details); and, when they can run, uvloop and GraalPy at the default
 * level with their committed baselines (GraalPy with a longer time limit per scenario: its first programs run while
 * its JIT warms up), and WebLoop with its baseline (unless {@code -Dtck.webloop.gate=false}).
 * The tests read their target's line of this one run; {@code matrix.json} of the run has every cell.
 */
final class MatrixRun {

    private static String output;
    private static List<String> cpythons;
    private static List<String> pureCPythons;
    private static List<String> pypys;
    private static List<String> wasm;

    private MatrixRun() {
    }

    /** The names of the installed CPython targets (asyncio as installed), in version order. */
    static synchronized List<String> installedCPythons() {
        if (cpythons == null) {
            cpythons = available(name -> name.startsWith("cpython-") && !name.contains("+"));
        }
        return cpythons;
    }

    /** The installed CPythons with the accelerator blocked ({@code cpython-3.X+pure}), in version order. */
    static synchronized List<String> installedPureCPythons() {
        if (pureCPythons == null) {
            pureCPythons = available(name -> name.startsWith("cpython-") && name.endsWith("+pure"));
        }
        return pureCPythons;
    }

    /** The installed PyPy targets ({@code pypy-3.X}), in version order. */
    static synchronized List<String> installedPyPys() {
        if (pypys == null) {
            pypys = available(name -> name.startsWith("pypy-"));
        }
        return pypys;
    }

    private static List<String> available(Predicate<String> name) {
        return PythonTargets.list().stream().filter(t -> name.test(t.name()))
                .filter(TargetAvailability::available).map(TargetAvailability::name).toList();
    }

    /**
     * The names of the WebAssembly CPython targets whose npm packages are installed (not pyodide-3.14+webloop:
     * Pyodide's own loop is an alternative implementation with a baseline, not an oracle).
     */
    static synchronized List<String> installedWasm() {
        if (wasm == null) {
            wasm = WasmTargets.list().stream().filter(TargetAvailability::available).map(TargetAvailability::name)
                    .filter(name -> name.startsWith("cpython-")).toList();
        }
        return wasm;
    }

    /** The run's {@code matrix.json}; the run happens first if it has not. */
    static java.nio.file.Path matrixJson() {
        output();
        return REPORTS.resolve("matrix").resolve("matrix.json");
    }

    /**
     * {@code --target NAME --strict NAME}: every WebAssembly build is gated as an oracle like native CPython
     * ({@link WasmOracleTest}), 3.13's as the proof of the runner, 3.14's and 3.15's as the oracle of their versions.
     */
    static List<String> strictIfCPythonOracle(String wasmTarget) {
        return List.of("--target", wasmTarget, "--strict", wasmTarget);
    }

    /** True if the uvloop target can run here. */
    static boolean uvloopAvailable() {
        return Targets.byName(UvloopGateTest.UVLOOP).unavailableReason().isEmpty();
    }

    /** The output of {@code tck run} over the matrix, its exit code as the first line; run on first use. */
    static synchronized String output() {
        if (output == null) {
            List<String> args = new ArrayList<>(List.of("run", "--jobs", "2",
                    "--report-dir", REPORTS.resolve("matrix").toString(), "--target", Targets.REFERENCE,
                    "--strict", Targets.REFERENCE));
            installedCPythons().forEach(name -> args.addAll(List.of("--target", name, "--strict", name)));
            installedPureCPythons().forEach(name -> args.addAll(List.of("--target", name)));
            installedPyPys().forEach(name -> args.addAll(List.of("--target", name)));
            installedWasm().forEach(name -> args.addAll(strictIfCPythonOracle(name)));
            if (uvloopAvailable()) {
                args.addAll(List.of("--target", UvloopGateTest.UVLOOP,
                        "--baseline", UvloopGateTest.UVLOOP + "=" + UvloopGateTest.BASELINE));
            }
            referenceVersions().forEach(name -> {
                args.addAll(List.of("--target", name, "--strict", name,
                        "--target-timeout", name + "=" + ReferenceVersionsTest.TIMEOUT));
                Path baseline = ReferenceVersionsTest.baseline(name);
                if (Files.exists(baseline)) {
                    args.addAll(List.of("--baseline", name + "=" + baseline));
                }
            });
            if (available(GraalPyGateTest.GRAALPY)) {
                args.addAll(List.of("--target", GraalPyGateTest.GRAALPY, "--baseline",
                        GraalPyGateTest.GRAALPY + "=" + GraalPyGateTest.BASELINE,
                        "--target-timeout", GraalPyGateTest.GRAALPY + "=" + GraalPyGateTest.TIMEOUT));
            }
            if (WebLoopGateTest.wholeRunAsked() && available(WebLoopGateTest.WEBLOOP)) {
                // 30 s per scenario: a program of about 1.5 s on WebLoop passed its 10 s limit once beside a CI build.
                args.addAll(List.of("--target", WebLoopGateTest.WEBLOOP,
                        "--baseline", WebLoopGateTest.WEBLOOP + "=" + WebLoopGateTest.BASELINE,
                        "--target-timeout", WebLoopGateTest.WEBLOOP + "=30"));
            }
            long started = System.nanoTime();
            output = tck(args.toArray(String[]::new));
            System.out.printf("%n=== the shared matrix run: %d targets, %.1f s wall, load average %s ===%n",
                    args.stream().filter("--target"::equals).count(), (System.nanoTime() - started) / 1e9,
                    LoadAverage.now());
        }
        return output;
    }

    /** {@code reference@3.6} … {@code reference@3.15}: the reference at every asyncio version it follows. */
    static List<String> referenceVersions() {
        List<String> names = new ArrayList<>();
        for (int minor = ReferenceVersionsTest.FIRST_MINOR; minor <= ReferenceVersionsTest.LAST_MINOR; minor++) {
            names.add(Targets.REFERENCE + "@3." + minor);
        }
        return names;
    }

    /** True if the target can run here. */
    static boolean available(String target) {
        return Targets.byName(target).unavailableReason().isEmpty();
    }

    /** The target's line of the closing summary ({@code NAME VERSION counts (time) CONFORMS|FAILS}), if any. */
    static Optional<String> summaryLine(String target) {
        String text = output();
        int summary = text.lastIndexOf("=== conformance per target ===");
        return text.substring(Math.max(0, summary)).lines()
                .filter(line -> line.startsWith(target + " ") && !line.startsWith(" "))
                .findFirst();
    }
}
