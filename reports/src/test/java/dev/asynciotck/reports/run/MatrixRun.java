package dev.asynciotck.reports.run;

import dev.asynciotck.harness.Targets;
import dev.asynciotck.harness.python.PythonTargets;
import dev.asynciotck.harness.python.TargetAvailability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static dev.asynciotck.reports.run.CPythonOracleTest.REPORTS;
import static dev.asynciotck.reports.run.CPythonOracleTest.tck;

/**
 * The whole matrix, run once per test JVM through the gate ({@code tck run}), all targets at once: the reference
 * and every installed CPython 3.6–3.13 gated strictly (detail scenarios too: they must print exactly what CPython
 * prints); every installed CPython with its C accelerator blocked ({@code +pure}) and every PyPy at the default
 * level with no baseline (correct implementations that differ from CPython only in details); and, when it
 * imports, uvloop at the default level with its committed baseline. The tests read their target's line of this
 * one run.
 */
final class MatrixRun {

    private static String output;
    private static List<String> cpythons;
    private static List<String> pureCPythons;
    private static List<String> pypys;

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
