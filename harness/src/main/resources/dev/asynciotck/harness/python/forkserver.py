"""asyncio-tck fork server: one long-lived interpreter that forks a fresh child per program.

Usage: python -I -u -X faulthandler [-X utf8] forkserver.py HARNESS_FILE [uvloop|pure|loop=MODULE:CALLABLE]

The server imports asyncio (and uvloop) once (not the module of a loop=MODULE:CALLABLE: a third-party module
might start a thread on import, which a fork must not copy; each child imports it, as harness.py does), then reads requests on standard input, one per line,
fields separated by tabs:

    run ID DIRECTORY RESULT_FILE PROGRAM_FILE STDOUT_FILE STDERR_FILE
    kill ID                      kill the child's process group (the time limit passed)

A child's process group is killed when the child ends, too: processes the program started and left running
do not outlive it.

and answers on standard output:

    ready PID                    once, when it accepts requests
    started ID PID               the child is forked
    exit ID CODE                 the child ended: CODE is its exit status, or -N if signal N killed it
    error ID MESSAGE             the child could not be forked

Each child becomes what `python -I -u ... harness.py RESULT_FILE PROGRAM_FILE [VARIANT]` run in DIRECTORY
would be: standard input /dev/null, standard output and error the two files, HOME and TMPDIR the
directory, sys.argv as the harness expects. It unwinds to this module's top level and calls the
harness's _main() there, at the same stack depth as a script, so that the interpreter's normal
shutdown (atexit, garbage collection, the "never retrieved" diagnostics) runs in the child.

The server never touches sys.stdin, sys.stdout or sys.stderr (their buffers would be inherited); it
starts no thread (a fork must not copy one) and creates no event loop, task or future.

The server never outlives its children's parent, the harness: it ignores SIGINT (a terminal's Ctrl-C reaches
the harness, which ends the server and its children itself), and on SIGTERM or SIGHUP, or when its standard
input ends (the harness died, even by SIGKILL), it kills every child's process group before it exits; when its
input ends it also removes the running children's directories and its own, which the harness may no longer do. A
child restores the dispositions the server started with, as a fresh interpreter would have them.
"""
import gc
import os
import select
import signal
import sys
import time

if "pure" in sys.argv[2:]:
    # As the harness does for its own run, before asyncio's first import: children inherit a pure-Python asyncio.
    sys.modules["_asyncio"] = None

import asyncio  # noqa: F401  the point of the server: children inherit the imported modules

_OUTPUT_LIMIT = 64 << 20  # bytes per output file; a runaway child dies by SIGXFSZ instead of filling the disk


def _load_harness(path):
    namespace = {"__name__": "asyncio_tck_harness", "__file__": path, "__builtins__": __builtins__}
    with open(path, "rb") as source:
        exec(compile(source.read(), path, "exec", dont_inherit=True), namespace)
    return namespace


def _send(line):
    data = (line.replace("\n", " ") + "\n").encode("utf-8")
    while data:
        data = data[os.write(1, data):]


def _status(raw):
    if os.WIFSIGNALED(raw):
        return -os.WTERMSIG(raw)
    if os.WIFEXITED(raw):
        return os.WEXITSTATUS(raw)
    return -1


def _become_child(request, wake_read, wake_write):
    """In the forked child: the process state a fresh `python harness.py` would have."""
    _, _, directory, result_file, program_file, stdout_file, stderr_file = request
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    for number, disposition in _INHERITED_SIGNALS.items():
        if disposition is not None:  # None: a handler not installed from Python, which fork keeps anyway
            signal.signal(number, disposition)
    signal.set_wakeup_fd(-1)
    os.close(wake_read)
    os.close(wake_write)
    os.setpgid(0, 0)
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_FSIZE, (_OUTPUT_LIMIT, _OUTPUT_LIMIT))
        del sys.modules["resource"]
    except (ImportError, ValueError, OSError):
        pass
    for fd, path, flags in ((0, os.devnull, os.O_RDONLY),
                            (1, stdout_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                            (2, stderr_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
        opened = os.open(path, flags, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    os.chdir(directory)
    os.environ["HOME"] = directory
    os.environ["TMPDIR"] = directory
    if sys.version_info < (3, 7) and "random" in sys.modules:
        sys.modules["random"].seed()  # from 3.7 on, the random module reseeds itself after a fork
    return [_HARNESS["__file__"], result_file, program_file] + _VARIANT


def _serve():
    """Serves until standard input ends (returns None) or, in a forked child, returns the child's sys.argv."""
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda number, frame: None)
    children = _CHILDREN  # pid -> request id
    groups = {}  # request id -> pid, while not reaped
    directories = {}  # pid -> its run directory, while not reaped
    pending = b""
    _send("ready %d" % os.getpid())
    while True:
        try:
            readable, _, _ = select.select([0, wake_read], [], [])
        except InterruptedError:
            continue
        if wake_read in readable:
            os.read(wake_read, 4096)
        while children:
            try:
                pid, raw = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            ident = children.pop(pid, None)
            directories.pop(pid, None)
            if ident is not None:
                try:
                    # What the program left running in its process group dies with it. (The reaped pid stays
                    # the group's ID while members remain; with none left this fails and kills nothing.)
                    os.killpg(pid, signal.SIGKILL)
                    _await_group_gone(pid)
                except OSError:
                    pass
                groups.pop(ident, None)
                _send("exit %s %d" % (ident, _status(raw)))
        if 0 not in readable:
            continue
        chunk = os.read(0, 65536)
        if not chunk:
            _end_children(directories)
            return None
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            request = line.decode("utf-8").split("\t")
            if request[0] == "kill" and len(request) == 2:
                if request[1] in groups:
                    _kill_group(groups[request[1]])
            elif request[0] == "run" and len(request) == 7:
                try:
                    pid = os.fork()
                except OSError as failure:
                    _send("error %s fork failed: %s" % (request[1], failure))
                    continue
                if pid == 0:
                    return _become_child(request, wake_read, wake_write)
                try:
                    os.setpgid(pid, pid)
                except OSError:
                    pass  # the child has already done it, or has already ended
                children[pid] = request[1]
                groups[request[1]] = pid
                directories[pid] = request[2]
                _send("started %s %d" % (request[1], pid))
            else:
                _send("error %s malformed request" % (request[1] if len(request) > 1 else "?"))


def _end_children(directories):
    """The harness is gone (our input ended): kill the children, and remove what it can no longer remove."""
    for pid in list(_CHILDREN):
        _kill_group(pid)
    for pid in list(_CHILDREN):
        try:
            os.waitpid(pid, 0)
        except OSError:
            pass
    import shutil  # only now: children must not inherit a module a fresh interpreter would not have
    for directory in list(directories.values()) + [os.getcwd()]:
        shutil.rmtree(directory, ignore_errors=True)


def _end_with_children(number, frame):
    """SIGTERM or SIGHUP: the children's process groups die first, then the server, as by the signal."""
    for pid in list(_CHILDREN):
        _kill_group(pid)
    os._exit(128 + number)


def _await_group_gone(pgid, limit=1.0):
    # SIGKILL is delivered, not yet acted on: the members die when next scheduled, which under load takes a while.
    # "exit" is sent once they are gone (or after the limit), so a program's result means its processes are over.
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except OSError:
            return
        time.sleep(0.005)


def _kill_group(pid):
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


if not hasattr(os, "fork"):
    sys.stderr.write("os.fork is not available on this platform\n")
    sys.exit(3)
_CHILDREN = {}
_INHERITED_SIGNALS = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGTERM, _end_with_children)
signal.signal(signal.SIGHUP, _end_with_children)
_VARIANT = [word for word in sys.argv[2:] if word in ("uvloop", "pure") or word.startswith("loop=")]
if "uvloop" in _VARIANT:
    import uvloop  # noqa: F401
_HARNESS = _load_harness(sys.argv[1])
if hasattr(gc, "freeze"):
    # A child's writes to inherited memory copy the page (copy-on-write), which is what a forked child mostly
    # pays for. Frozen objects are left out of the child's garbage collections, so they are not written to.
    gc.collect()
    gc.freeze()
_CHILD_ARGV = _serve()
if _CHILD_ARGV is not None:
    sys.argv[:] = _CHILD_ARGV
    _HARNESS["_main"]()
