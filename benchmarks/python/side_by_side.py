"""Runs the six workloads on the reference provider (JMH) and on real Python loops, interleaved, and prints
a table of median rates with the ratios reference / uvloop and reference / CPython 3.13.

Started by ./bench at the repository root, which builds the benchmarks and passes --java and --classpath.
Every run's raw result goes to --json (one record per line) so that a table can be recomputed.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


class Workload:
    def __init__(self, name, benchmark, size, unit, goal=None):
        self.name, self.benchmark, self.size, self.unit, self.goal = name, benchmark, size, unit, goal


# name (= the Python script), JMH benchmark class, size, unit, goal (a target and the factor the reference must reach).
# The goals of round two (benchmarks/README.md): twice the margins of the first round, call_soon's unchanged.
WORKLOADS = [
    Workload("call_soon", "CallSoonBenchmark", 1_000_000, "callbacks/s", ("uvloop", 3)),
    Workload("spawn_gather", "SpawnGatherBenchmark", 100_000, "tasks/s", ("cpython-3.13", 10)),
    Workload("queue_pingpong", "QueuePingPongBenchmark", 200_000, "messages/s", ("uvloop", 10)),
    Workload("sleep0", "SleepZeroBenchmark", 1_000_000, "yields/s", ("uvloop", 10)),
    Workload("cancel_gather", "CancelGatherBenchmark", 100_000, "tasks/s", ("cpython-3.13", 10)),
    Workload("sleeping_memory", "SleepingTasksMemoryBenchmark", 100_000, "bytes/task", None),
]
MEMORY_GOAL_BYTES = 700
QUICK_SIZES = {"call_soon": 2000, "spawn_gather": 500, "queue_pingpong": 400, "sleep0": 2000,
               "cancel_gather": 500, "sleeping_memory": 500}


# ---- targets --------------------------------------------------------------------------------------------

def find_cpython_313():
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = sorted(glob.glob(os.path.join(root, "versions", "3.13*", "bin", "python3")), reverse=True)
    on_path = shutil.which("python3.13")
    for exe in candidates + ([on_path] if on_path else []):
        if os.access(exe, os.X_OK):
            return exe
    return None


def imports_uvloop(exe):
    return subprocess.run([exe, "-c", "import uvloop"], capture_output=True).returncode == 0


def python_targets(wanted):
    """name -> (interpreter, --loop), for the wanted names that exist here."""
    found = {}
    py313 = find_cpython_313()
    if py313:
        found["cpython-3.13"] = (py313, "asyncio")
    py311 = "/usr/bin/python3.11"
    if os.access(py311, os.X_OK):
        found["cpython-3.11"] = (py311, "asyncio")
        if imports_uvloop(py311):
            found["uvloop"] = (py311, "uvloop")
    for name in wanted:
        if name != "reference" and name not in found:
            print("bench: target %s is not available here; its column stays empty" % name, file=sys.stderr)
    return {name: found[name] for name in wanted if name in found}


def describe_python(exe, loop):
    code = "import sys; print(sys.version.split()[0])"
    if loop == "uvloop":
        code += "; import uvloop; print('uvloop', uvloop.__version__)"
    out = subprocess.run([exe, "-c", code], capture_output=True, text=True).stdout.split("\n")
    return " ".join(line for line in out if line)


# ---- one run --------------------------------------------------------------------------------------------

EXPORT_CONTINUATIONS = "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED"


def reference_jvm_args(args, heap="-Xms4g -Xmx4g"):
    """The forked JVM's flags: heap, the export that lets the reference use continuations, the forced strand."""
    flags = [heap, EXPORT_CONTINUATIONS]
    if args.strand != "auto":
        flags.append("-Dasynciotck.strand=" + args.strand)
    return " ".join(flags)


def describe_strand(args):
    """Which strand the reference uses in the benchmark JVMs, asked of such a JVM."""
    command = [args.java, EXPORT_CONTINUATIONS, "-cp", args.classpath]
    if args.strand != "auto":
        command.append("-Dasynciotck.strand=" + args.strand)
    proc = subprocess.run(command + ["dev.asynciotck.benchmarks.seam.StrandInfo"], capture_output=True, text=True)
    return proc.stdout.strip() or ("unknown: " + proc.stderr.strip()[-300:])


def run_jmh(args, benchmark, params, warmup, iterations, jvm_args=None):
    """One JMH run (one fork) of one benchmark; returns its parsed JSON result. JMH's -jvmArgsAppend
    replaces the benchmark's own @Fork flags, so the whole set is always given here."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = f.name
    command = [args.java, "-cp", args.classpath, "org.openjdk.jmh.Main",
               "dev.asynciotck.benchmarks." + benchmark + ".", "-f", "1", "-wi", str(warmup),
               "-i", str(iterations), "-rf", "json", "-rff", out]
    for key, value in params.items():
        command += ["-p", "%s=%s" % (key, value)]
    command += ["-jvmArgsAppend", jvm_args or reference_jvm_args(args)]
    proc = subprocess.run(command, capture_output=True, text=True)
    try:
        with open(out) as f:
            text = f.read()
        results = json.loads(text) if text.strip() else []
    finally:
        os.unlink(out)
    if proc.returncode != 0 or not results:
        raise RuntimeError("JMH failed for %s:\n%s%s" % (benchmark, proc.stdout[-3000:], proc.stderr[-2000:]))
    return results[0]


def run_java(args, workload, n):
    if workload.name == "sleeping_memory":
        result = run_jmh(args, workload.benchmark, {"n": n, "sleepSeconds": args.sleep_seconds},
                         args.memory_warmup, args.memory_iterations)
    else:
        result = run_jmh(args, workload.benchmark, {"n": n}, args.java_warmup, args.java_iterations)
    seconds = [t for fork in result["primaryMetric"]["rawData"] for t in fork]
    record = {"rates": [n / s for s in seconds]}
    record["rate"] = statistics.median(record["rates"])
    footprint = result.get("secondaryMetrics", {}).get("bytesPerTask")
    if footprint:
        record["bytes_per_task"] = statistics.median(v for fork in footprint["rawData"] for v in fork)
    return record


def run_python(args, exe, loop, workload, n):
    script = os.path.join(HERE, workload.name + ".py")
    warmup, repeat = args.py_warmup, args.py_repeat
    if workload.name == "sleeping_memory":  # traced allocations barely vary, and tracing is slow
        warmup, repeat = 0, 1
    command = [exe, script, "--loop", loop, "--n", str(n), "--warmup", str(warmup), "--repeat", str(repeat)]
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError("%s failed:\n%s%s" % (" ".join(command), proc.stdout[-2000:], proc.stderr[-2000:]))
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_million(args):
    """The memory goal: 1,000,000 concurrently sleeping tasks run to completion on the reference.
    Returns (completed, what to print)."""
    start = time.monotonic()
    try:
        result = run_jmh(args, "SleepingTasksMemoryBenchmark",
                         {"n": 1_000_000, "sleepSeconds": 5.0, "measureHeap": "false"}, 0, 1,
                         reference_jvm_args(args, "-Xms12g -Xmx12g"))
    except RuntimeError as failure:
        tail = str(failure).strip().splitlines()[-4:]
        return False, "FAILED after %.0f s: %s" % (time.monotonic() - start, " / ".join(tail))
    return True, "all completed; asyncio.run took %.1f s, of which 5 s asleep (JVM run %.0f s)" % (
        result["primaryMetric"]["score"], time.monotonic() - start)


# ---- the table ------------------------------------------------------------------------------------------

def fmt_rate(value):
    if value is None:
        return "—"
    if value >= 1e6:
        return "%.2f M" % (value / 1e6)
    if value >= 1e3:
        return "%.1f k" % (value / 1e3)
    return "%.0f" % value


def fmt_ratio(a, b):
    return "—" if a is None or b is None or b == 0 else "%.2f×" % (a / b)


def median_of(records, key):
    values = [r[key] for r in records if key in r]
    return statistics.median(values) if values else None


def million_row(million, targets):
    """The goal row of --million: met when all 1,000,000 tasks completed; not run without --million."""
    if million is None:
        cell, met = "not run (./bench --million)", "—"
    else:
        cell, met = ("completed" if million[0] else "FAILED"), ("yes" if million[0] else "no")
    cells = [cell if t == "reference" else "—" for t in targets]
    return "| " + " | ".join(["million_sleeping", "tasks"] + cells + ["—", "—", "1,000,000 complete", met]) + " |"


def table(results, targets, workloads):
    cols = ["workload", "unit"] + targets + ["ref / uvloop", "ref / CPython 3.13", "goal", "met?"]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for w in workloads:
        key = "bytes_per_task" if w.name == "sleeping_memory" else "rate"
        med = {t: median_of(results.get((w.name, t), []), key) for t in targets}
        ref = med.get("reference")
        if w.name == "sleeping_memory":
            cells = ["%.0f" % med[t] if med[t] is not None else "—" for t in targets]
            goal = "≤ %d bytes/task" % MEMORY_GOAL_BYTES
            met = "—" if ref is None else ("yes" if ref <= MEMORY_GOAL_BYTES else "no")
        else:
            cells = [fmt_rate(med[t]) for t in targets]
            base, factor = w.goal
            goal = "≥ %d× %s" % (factor, "uvloop" if base == "uvloop" else "CPython 3.13")
            other = med.get(base)
            met = "—" if ref is None or other is None else ("yes" if ref >= factor * other else "no")
        row = [w.name, w.unit] + cells + [fmt_ratio(ref, med.get("uvloop")),
                                          fmt_ratio(ref, med.get("cpython-3.13")), goal, met]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def load_average():
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "?"


def java_version(java):
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
    return out[0] if out else "?"


def main():
    parser = argparse.ArgumentParser(description="Six asyncio workloads, side by side: reference (JMH), CPython 3.13, uvloop.")
    parser.add_argument("--java", required=True)
    parser.add_argument("--classpath", required=True)
    parser.add_argument("--targets", default="reference,cpython-3.13,uvloop",
                        help="comma-separated: reference, cpython-3.13, uvloop, cpython-3.11")
    parser.add_argument("--workloads", default=",".join(w.name for w in WORKLOADS))
    parser.add_argument("--reps", type=int, default=3, help="interleaved repetitions (medians are taken over them)")
    parser.add_argument("--java-warmup", type=int, default=2, help="JMH warm-up iterations per run")
    parser.add_argument("--java-iterations", type=int, default=3, help="JMH measured iterations per run")
    parser.add_argument("--memory-warmup", type=int, default=4,
                        help="JMH warm-up iterations of the memory run (4: until C2 has compiled the bodies)")
    parser.add_argument("--memory-iterations", type=int, default=1)
    parser.add_argument("--py-warmup", type=int, default=1)
    parser.add_argument("--py-repeat", type=int, default=2)
    parser.add_argument("--sleep-seconds", type=float, default=1.0)
    parser.add_argument("--million", action="store_true",
                        help="also check that 1,000,000 concurrently sleeping tasks complete on the reference")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one repetition: checks the plumbing only")
    parser.add_argument("--json", help="append every run's result to this file, one JSON record a line")
    parser.add_argument("--strand", default="auto", choices=["auto", "continuation", "virtual-thread"],
                        help="how the reference suspends coroutine bodies (auto: continuations, as the JVMs "
                             "are started with jdk.internal.vm exported)")
    args = parser.parse_args()
    if args.quick:
        args.reps, args.java_warmup, args.java_iterations, args.py_warmup, args.py_repeat = 1, 1, 1, 0, 1
        args.memory_warmup = 0
        args.sleep_seconds, args.million = 0.2, False
    wanted = [t.strip() for t in args.targets.split(",") if t.strip()]
    pythons = python_targets(wanted)
    targets = [t for t in wanted if t == "reference" or t in pythons]
    workloads = [w for w in WORKLOADS if w.name in args.workloads.split(",")]

    started = time.monotonic()
    print("# asyncio-tck side-by-side benchmark, %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M %Z").strip())
    print("# machine: %s, %d cores, load average at start %s" % (platform.platform(), os.cpu_count(), load_average()))
    print("# reference: %s (JMH 1.37, SingleShotTime, 1 fork, %d warm-up + %d measured iterations)"
          % (java_version(args.java), args.java_warmup, args.java_iterations))
    if "reference" in targets:
        print("# reference strand: %s" % describe_strand(args))
    for name, (exe, loop) in pythons.items():
        print("# %s: %s (%s; %d warm-up + %d measured runs)" % (name, describe_python(exe, loop), exe,
                                                               args.py_warmup, args.py_repeat))
    print("# %d interleaved repetitions; sizes: %s" % (args.reps, ", ".join(
        "%s %d" % (w.name, QUICK_SIZES[w.name] if args.quick else w.size) for w in workloads)), flush=True)

    results = {}
    sink = open(args.json, "a") if args.json else None
    for rep in range(args.reps):
        for w in workloads:
            n = QUICK_SIZES[w.name] if args.quick else w.size
            order = targets[rep % len(targets):] + targets[:rep % len(targets)]  # rotate who goes first
            for target in order:
                t0 = time.monotonic()
                if target == "reference":
                    record = run_java(args, w, n)
                    record["strand"] = args.strand
                else:
                    exe, loop = pythons[target]
                    record = run_python(args, exe, loop, w, n)
                record.update({"workload": w.name, "target": target, "rep": rep, "n": n,
                               "wall": round(time.monotonic() - t0, 2)})
                results.setdefault((w.name, target), []).append(record)
                if sink:
                    sink.write(json.dumps(record) + "\n")
                    sink.flush()
                shown = ("%.0f bytes/task" % record["bytes_per_task"]) if "bytes_per_task" in record \
                    else "%s %s" % (fmt_rate(record["rate"]), w.unit)
                print("  rep %d  %-16s %-14s %s  (%.1f s)" % (rep + 1, w.name, target, shown, record["wall"]),
                      flush=True)
    million = run_million(args) if args.million and "reference" in targets else None
    print()
    print(table(results, targets, workloads))
    if "reference" in targets:
        print(million_row(million, targets))
    print()
    print("Rates are medians over the repetitions of each run's median; ratios are ratios of those medians"
          " (> 1: the reference is faster; for memory, < 1: it uses less).")
    if million:
        print("1,000,000 concurrently sleeping tasks on the reference: %s." % million[1])
    print("Load average at end: %s; total %.0f s." % (load_average(), time.monotonic() - started))


if __name__ == "__main__":
    main()
