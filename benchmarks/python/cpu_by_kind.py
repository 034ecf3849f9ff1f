#!/usr/bin/env python3
"""CPU seconds of a running `tck run` (or a test JVM running the shared matrix), by kind of process, read from /proc.

Usage: benchmarks/python/cpu_by_kind.py JVM_PID [SECONDS] [--threads]

Prints one line now, and with SECONDS one line every SECONDS until the JVM ends. Each figure is cumulative user +
system time since that process started, so the difference of two lines is what each kind used in between:

    matrix JVM (self)          the JVM itself: the reference targets, Cucumber, judging, reports, its JIT and GC
    fork servers (self)        each forked-Python target's server (forkserver.py), fork() included
    forked children            the programs the servers forked: reaped ones (the servers' cutime + cstime)
                               plus those running at the moment of reading
    graalpy server JVM         GraalPy's server JVM, and with --threads its threads by name
    node (wasm)                the Node processes of the WebAssembly targets
    other ...                  anything else under the JVM (fresh interpreters, probes)

Read-only: it looks at /proc and touches nothing. A child reaped by its parent counts in the parent's cutime, so a
fork server's children are counted once they end; a process that ended before a reading is in no line.
"""
import collections
import os
import sys
import time

_HZ = os.sysconf("SC_CLK_TCK")


def _stat(pid):
    """(ppid, [utime, stime, cutime, cstime]) in clock ticks."""
    with open("/proc/%d/stat" % pid) as source:
        text = source.read()
    fields = text[text.rfind(")") + 2:].split()
    return int(fields[1]), [int(x) for x in fields[11:15]]


def _command(pid):
    with open("/proc/%d/cmdline" % pid, "rb") as source:
        return source.read().replace(b"\0", b" ").decode(errors="replace")


def _threads_by_name(pid):
    by_name = collections.Counter()
    for task in os.listdir("/proc/%d/task" % pid):
        try:
            with open("/proc/%d/task/%s/comm" % (pid, task)) as source:
                name = source.read().strip().rstrip("0123456789#").strip()
            _, times = _stat_task(pid, task)
            by_name[name] += times[0] + times[1]
        except OSError:
            pass  # the thread ended meanwhile
    return by_name


def _stat_task(pid, task):
    with open("/proc/%d/task/%s/stat" % (pid, task)) as source:
        text = source.read()
    fields = text[text.rfind(")") + 2:].split()
    return int(fields[1]), [int(x) for x in fields[11:15]]


def reading(root, threads=False):
    processes = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                processes[int(entry)] = _stat(int(entry))
            except OSError:
                pass
    children = collections.defaultdict(list)
    for pid, (ppid, _) in processes.items():
        children[ppid].append(pid)
    kinds = collections.Counter()
    graalpy = []

    def walk(pid):
        for child in children[pid]:
            times = processes[child][1]
            try:
                command = _command(child)
            except OSError:
                continue
            if "forkserver.py" in command:
                kinds["fork servers (self)"] += times[0] + times[1]
                kinds["forked children"] += times[2] + times[3]
                for running in children[child]:
                    kinds["forked children"] += sum(processes[running][1][:2])
            elif "EnableJVMCI" in command or "graalpy" in command.lower():
                kinds["graalpy server JVM"] += sum(times)
                graalpy.append(child)
            elif os.path.basename(command.split(" ")[0]) == "node":
                kinds["node (wasm)"] += sum(times)
            else:
                kinds["other: " + command[:50]] += sum(times)
                walk(child)

    if root not in processes:
        raise ProcessLookupError(root)  # the JVM has ended
    walk(root)
    own = processes[root][1]
    kinds["matrix JVM (self)"] = own[0] + own[1]
    line = "%s load %s  " % (time.strftime("%H:%M:%S"), open("/proc/loadavg").read().split()[0])
    line += "  ".join("%s %.1f" % (kind, ticks / _HZ) for kind, ticks in sorted(kinds.items()))
    if threads:
        for pid in graalpy:
            try:
                named = _threads_by_name(pid)
            except OSError:
                continue
            line += "\n    graalpy %d threads: " % pid + ", ".join(
                "%s %.1f" % (name, ticks / _HZ) for name, ticks in named.most_common(6))
    return line


def main(argv):
    arguments = [a for a in argv[1:] if a != "--threads"]
    if not arguments:
        sys.stderr.write(__doc__)
        return 2
    root = int(arguments[0])
    every = float(arguments[1]) if len(arguments) > 1 else None
    threads = "--threads" in argv
    while True:
        try:
            print(reading(root, threads), flush=True)
        except OSError:
            return 0  # the JVM ended
        if every is None:
            return 0
        time.sleep(every)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
