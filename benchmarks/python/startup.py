"""Start-up side by side: `./tck exec FILE` against `python3.13 FILE` on the same trivial programs, interleaved,
with the load average; and, to measure each lever of the launcher, the same run with one lever taken away.

Started by `./bench --startup` (options: ./bench --startup --help). Wall time is what a user waits for; CPU
time (user + system of the whole process tree) is what load distorts least. Each variant runs once per round,
the variants in a rotated order, and the table shows medians over the rounds.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from side_by_side import find_cpython_313, load_average

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOAL_FACTOR = 4

PROGRAMS = {
    "hello.py": 'print("hello")\n',
    "asyncio_hello.py": 'import asyncio\n\n\nasync def main():\n    print("hello")\n\n\nasyncio.run(main())\n',
}


OLD_COMMIT = "be957df"  # the last commit with the launcher this benchmark improves on


def old_launcher(work):
    """The launcher of OLD_COMMIT (find_java asks every JDK its version, the class path is a folder and lib/*,
    no AOT cache, picocli for every command) in a folder whose reports/ is this checkout's."""
    old = os.path.join(work, "old-launcher")
    os.makedirs(os.path.join(old, "scripts"))
    for path in ("tck", "scripts/find-jdk.sh"):
        text = subprocess.run(["git", "-C", ROOT, "show", "%s:%s" % (OLD_COMMIT, path)],
                              capture_output=True, text=True, check=True).stdout
        with open(os.path.join(old, path), "w") as f:
            f.write(text)
    os.chmod(os.path.join(old, "tck"), 0o755)
    os.symlink(os.path.join(ROOT, "reports"), os.path.join(old, "reports"))
    return os.path.join(old, "tck")


def java_command_of_launcher(tck):
    """The java command line the launcher runs for `exec FILE`, FILE left off (TCK_PRINT_COMMAND=1)."""
    out = subprocess.run([tck, "exec", "FILE"], env=dict(os.environ, TCK_PRINT_COMMAND="1"),
                         capture_output=True, text=True, check=True).stdout
    return [part for part in out.split("\n") if part][:-1]


def variants(levers, python, work):
    """(label, command for a file, extra environment) of each thing measured."""
    tck = os.path.join(ROOT, "tck")
    result = [("python3.13", lambda f: [python, f], {}),
              ("tck exec", lambda f: [tck, "exec", f], {})]
    if levers:
        direct = java_command_of_launcher(tck)
        old = old_launcher(work)
        result += [
            ("  no AOT cache (TCK_AOT=0)", lambda f: [tck, "exec", f], {"TCK_AOT": "0"}),
            ("  through picocli (exec --timeout 30 FILE)", lambda f: [tck, "exec", "--timeout", "30", f], {}),
            ("  its java command alone, no launcher script", lambda f: direct + [f], {"TCK_HOME": ROOT}),
            ("  the old launcher (%s)" % OLD_COMMIT, lambda f: [old, "exec", f], {}),
        ]
    return result


def run_measured(command, extra_env):
    """Wall and CPU seconds of one run, its exit status and output. CPU is the user + system time the run's
    process and the children it waited for used (os.times of reaped children: the JVM a launcher execs is the
    same process)."""
    before = os.times()
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=dict(os.environ, **extra_env))
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, proc.returncode, out, err


def wait_for_cache(seconds):
    """The first `tck exec` after a build starts the AOT cache's training in the background; wait for it."""
    lock = os.path.join(ROOT, "reports", os.environ.get("TCK_BUILD_DIR", "target"), "aot", "training.lock")
    deadline = time.time() + seconds
    while os.path.isdir(lock) and time.time() < deadline:
        time.sleep(0.5)
    return not os.path.isdir(lock)


def main():
    parser = argparse.ArgumentParser(prog="bench --startup", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10, help="interleaved rounds (medians over them)")
    parser.add_argument("--no-levers", dest="levers", action="store_false",
                        help="only tck exec and python3.13, without the variants that take one lever away")
    parser.add_argument("--quick", action="store_true", help="3 rounds: checks the plumbing")
    args = parser.parse_args()
    rounds = 3 if args.quick else args.rounds
    python = find_cpython_313()
    if python is None:
        print("bench: CPython 3.13 not found (pyenv 3.13* or python3.13 on PATH)", file=sys.stderr)
        return 3
    python = os.path.realpath(python)  # the interpreter itself, not a pyenv shim (a shell script)
    work = tempfile.mkdtemp(prefix="tck-startup-")
    try:
        files = {}
        for name, text in PROGRAMS.items():
            files[name] = os.path.join(work, name)
            with open(files[name], "w") as f:
                f.write(text)
        # Build if needed, start the cache's training, and check that both sides print the same thing.
        for name, path in files.items():
            expected = subprocess.run([python, path], capture_output=True, text=True).stdout
            got = subprocess.run([os.path.join(ROOT, "tck"), "exec", path], capture_output=True, text=True)
            if got.stdout != expected or got.returncode != 0:
                print("bench: tck exec %s printed %r (exit %d), python %r\n%s"
                      % (name, got.stdout, got.returncode, expected, got.stderr), file=sys.stderr)
                return 3
        if not wait_for_cache(600):
            print("bench: the AOT cache's training did not end within 600 s; measuring without it", file=sys.stderr)
        listed = variants(args.levers, python, work)
        print("# start-up: %d interleaved rounds; python3.13 = %s" % (rounds, python))
        print("# load average at start %s" % load_average())
        samples = {(name, label): ([], []) for name in files for label, _, _ in listed}
        begun = time.time()
        for r in range(rounds):
            order = listed[r % len(listed):] + listed[:r % len(listed)]
            for name, path in files.items():
                for label, command, env in order:
                    wall, cpu, status, out, err = run_measured(command(path), env)
                    if status != 0 or out.strip() != b"hello":
                        print("bench: %s on %s failed (exit %d): %r %r" % (label, name, status, out, err),
                              file=sys.stderr)
                        return 3
                    samples[(name, label)][0].append(wall)
                    samples[(name, label)][1].append(cpu)
        print("# load average at end %s; %.0f s" % (load_average(), time.time() - begun))
        print()
        print("| program | command | wall (median) | CPU (median) | wall / python | CPU / python | goal |")
        print("|---|---|---|---|---|---|---|")
        for name in files:
            py_wall = statistics.median(samples[(name, "python3.13")][0])
            py_cpu = statistics.median(samples[(name, "python3.13")][1])
            for label, _, _ in listed:
                walls, cpus = samples[(name, label)]
                wall, cpu = statistics.median(walls), statistics.median(cpus)
                goal = ""
                if label == "tck exec":
                    goal = "≤ %d× python: %s" % (GOAL_FACTOR, "met" if wall <= GOAL_FACTOR * py_wall else "not met")
                print("| %s | %s | %.3f s | %.3f s | %.2f× | %.2f× | %s |"
                      % (name, label.strip(), wall, cpu, wall / py_wall, cpu / py_cpu if py_cpu else float("nan"), goal))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
