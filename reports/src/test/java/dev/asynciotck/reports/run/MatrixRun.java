package dev.asynciotck.reports.run;

import dev.asynciotck.harness.Targets;
import dev.asynciotck.harness.python.PythonTargets;
import dev.asynciotck.harness.python.TargetAvailability;
import dev.asynciotck.harness.python.WasmTargets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.asynciotck.reports.run.CPythonOracleTest.REPORTS;
import static dev.asynciotck.reports.run.CPythonOracleTest.tck;

/**
 * The whole matrix, run once per test JVM through the gate ({@code tck run}): the reference, every installed
 * CPython 3.6–3.13, the installed WebAssembly CPython builds (3.13, 3.14, 3.15) and, when it imports, uvloop
 * with its committed baseline, all targets at once. The tests that used to run each of these on its own read
 * their target's line of this one run; {@code matrix.json} of the run has every cell.
 */
final class MatrixRun {

    private static String output;
    private static List<String> cpythons;
    private static List<String> wasm;

    private MatrixRun() {
    }

    /** The names of the installed CPython targets (without uvloop), in version order. */
    static synchronized List<String> installedCPythons() {
        if (cpythons == null) {
            cpythons = PythonTargets.list().stream().filter(t -> !t.name().contains("+"))
                    .filter(TargetAvailability::available).map(TargetAvailability::name).toList();
        }
        return cpythons;
    }

    /** The names of the WebAssembly targets whose npm packages are installed. */
    static synchronized List<String> installedWasm() {
        if (wasm == null) {
            wasm = WasmTargets.list().stream().filter(TargetAvailability::available).map(TargetAvailability::name)
                    .toList();
        }
        return wasm;
    }

    /** The run's {@code matrix.json}; the run happens first if it has not. */
    static java.nio.file.Path matrixJson() {
        output();
        return REPORTS.resolve("matrix").resolve("matrix.json");
    }

    /** True if the uvloop target can run here. */
    static boolean uvloopAvailable() {
        return Targets.byName(UvloopGateTest.UVLOOP).unavailableReason().isEmpty();
    }

    /** The output of {@code tck run} over the matrix, its exit code as the first line; run on first use. */
    static synchronized String output() {
        if (output == null) {
            List<String> args = new ArrayList<>(List.of("run", "--jobs", "2",
                    "--report-dir", REPORTS.resolve("matrix").toString(), "--target", Targets.REFERENCE));
            installedCPythons().forEach(name -> args.addAll(List.of("--target", name)));
            installedWasm().forEach(name -> args.addAll(List.of("--target", name)));
            if (uvloopAvailable()) {
                args.addAll(List.of("--target", UvloopGateTest.UVLOOP,
                        "--baseline", UvloopGateTest.UVLOOP + "=" + UvloopGateTest.BASELINE));
            }
            output = tck(args.toArray(String[]::new));
        }
        return output;
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
