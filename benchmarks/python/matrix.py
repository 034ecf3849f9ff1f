"""The whole-matrix figure: one `./tck run` of every implementation the project gates that is installed here, each
with the level and baseline CI gives it, and its wall time, the load average before and after, the CPU time of the
whole process tree, and the per-target time (also in the run's dashboard, index.html).

Started by `./bench --matrix` (options: ./bench --matrix --help). The targets, as MatrixRun (the reports module's
tests) runs them: the reference and reference@3.6 ... reference@3.15 (strict, each version against its committed
baseline, 30 s per scenario as in CI's shared run), every CPython 3.6-3.13 and the WebAssembly CPythons 3.13-3.15 (strict), every cpython-3.X+pure and PyPy
(default level, no baseline), uvloop, GraalPy and WebLoop (default level, their committed baselines; GraalPy with
the 60 s time limit per scenario its gate uses). A target `./tck list-targets` does not list as available is left
out and named. Exit status: the run's (0 when every target conforms).
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

from side_by_side import load_average

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOAL_SECONDS = 120
GRAALPY = "graalpy-3.12"
GRAALPY_TIMEOUT = "60"  # GraalPyGateTest.TIMEOUT: its first programs run while its JIT warms up
REFERENCE_VERSIONS_TIMEOUT = "30"  # ReferenceVersionsTest.TIMEOUT: ten in-process targets start with the others
WEBLOOP = "pyodide-3.14+webloop"
UVLOOP = "cpython-3.11+uvloop"


def available_targets():
    """The target names `./tck list-targets` reports as available, in its order."""
    listing = subprocess.run([os.path.join(ROOT, "tck"), "list-targets"], capture_output=True, text=True,
                             check=True).stdout
    names = []
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) >= 2 and line.startswith("  ") and fields[1].startswith("available"):
            names.append(fields[0])
    return names


def baseline(name, file_name=None):
    path = os.path.join(ROOT, "baselines", (file_name or name) + ".tsv")
    return ["--baseline", "%s=%s" % (name, path)] if os.path.exists(path) else []


def matrix_arguments(available, with_webloop):
    """`tck run` arguments for the whole matrix, and the gated targets that are not available here."""
    args, missing = [], []

    def add(name, *extra):
        if name in available or name.startswith("reference"):
            args.extend(["--target", name] + list(extra))
        else:
            missing.append(name)

    add("reference", "--strict", "reference")
    for minor in range(6, 16):
        name = "reference@3.%d" % minor
        add(name, "--strict", name, *baseline(name), "--target-timeout", "%s=%s" % (name, REFERENCE_VERSIONS_TIMEOUT))
    for minor in range(6, 14):
        name = "cpython-3.%d" % minor
        add(name, "--strict", name)
        add(name + "+pure")
    for name in sorted(n for n in available if n.startswith("pypy-")):
        add(name)
    for name in ("cpython-3.13-wasm", "cpython-3.14", "cpython-3.15"):
        add(name, "--strict", name)
    add(UVLOOP, *baseline(UVLOOP))
    add(GRAALPY, *baseline(GRAALPY), "--target-timeout", "%s=%s" % (GRAALPY, GRAALPY_TIMEOUT))
    if with_webloop:
        add(WEBLOOP, *baseline(WEBLOOP, "pyodide-3.14-webloop"))
    return args, missing


def main():
    parser = argparse.ArgumentParser(prog="./bench --matrix", description=__doc__.split("\n\n")[0])
    parser.add_argument("--report-dir", default=os.path.join(ROOT, "benchmarks", "target", "matrix"),
                        help="where the run's reports go (default: benchmarks/target/matrix)")
    parser.add_argument("--no-webloop", action="store_true", help="leave WebLoop out (its gate is opt-in in CI)")
    parser.add_argument("tck_options", nargs="*", help="more `tck run` options, after --, e.g. -- --jobs 3")
    options = parser.parse_args()

    args, missing = matrix_arguments(available_targets(), not options.no_webloop)
    command = [os.path.join(ROOT, "tck"), "run", "--report-dir", options.report_dir] + args + options.tck_options
    targets = args.count("--target")
    print("matrix: %d targets%s" % (targets, "; not available here: " + ", ".join(missing) if missing else ""))
    print("matrix: load average before: %s" % load_average())
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = run.stdout.splitlines()
    closing = [line for line in lines if line.startswith("tck run:")]
    print("\n".join(closing[-3:]))

    summary_file = os.path.join(options.report_dir, "summary.json")
    if os.path.exists(summary_file):
        with open(summary_file) as f:
            summary = json.load(f)
        scenarios = summary["scenarios"]
        print("\n%-24s %8s %9s %12s  %s" % ("target", "time s", "programs", "s / program", "gate"))
        rows = sorted(summary["targets"], key=lambda t: -t["durationSeconds"])
        for t in rows:
            programs = scenarios - t["notApplicable"]
            print("%-24s %8.1f %9d %12.3f  %s" % (t["name"], t["durationSeconds"], programs,
                                                 t["durationSeconds"] / max(1, programs),
                                                 "conforms" if t["conforms"] else "FAILS"))
        total = sum(t["durationSeconds"] for t in rows)
        print("%-24s %8.1f  (the targets' times added; they run at once)" % ("sum", total))
    else:
        print("\n".join(lines[-40:]))
    print("\nmatrix: %d targets, %.1f s wall (goal <= %d s on 2 cores: %s), %.1f s CPU of the process tree "
          "(%.2f cores busy on average), load average after: %s, %d processors" % (
              targets, wall, GOAL_SECONDS, "met" if wall <= GOAL_SECONDS else "not met", cpu, cpu / wall,
              load_average(), os.cpu_count()))
    print("matrix: the dashboard with the per-target time: %s" % os.path.join(options.report_dir, "index.html"))
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
