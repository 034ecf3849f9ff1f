"""asyncio-tck batch runner: many generated programs, one after another, in one interpreter (tck fuzz only).

Usage: python -I -u -X faulthandler [-X utf8] batch.py HARNESS_FILE [uvloop|pure|loop=MODULE:CALLABLE]

Only for `tck fuzz`, whose generated programs are deterministic by construction and print no addresses, task
names or reprs: `tck run` never comes here (every scenario there is a fresh `python FILE`, or a fork server's
child that is the same). Whatever this runner reports as a difference is confirmed by running the program again
the isolated way, so a leak between programs could only add false alarms, which the fuzz run counts.

Requests on standard input, one after another:

    run ID LENGTH\\n followed by LENGTH bytes: the program's UTF-8 source

Replies on standard output (the original one; the program's file descriptor 1 is /dev/null):

    done ID KIND NAME NANOS OUT_LENGTH ERR_LENGTH\\n followed by the two outputs' UTF-8 bytes

KIND is completed or raised (NAME is then the escaping exception's class name, else "-"); NANOS the time the
program took. Standard input ending ends the runner.

Each program starts from the state a fresh interpreter that has imported asyncio would give it:
- a new module __main__ (its own namespace, __file__, __builtins__), sys.argv naming the program;
- asyncio's global state reset: no event loop policy (the next access creates the default one, as on first
  use; the variant's loop factory is installed on it again), no running loop;
- sys.stdout and sys.stderr fresh text buffers, restored afterwards, and no exception being handled;
- after it, its objects are collected (gc.collect()), so that what their finalizers report goes to its own
  standard error, as at a fresh interpreter's shutdown, and nothing of it survives into the next program.
"""
import gc
import io
import os
import sys
import time

if "pure" in sys.argv[2:]:
    sys.modules["_asyncio"] = None  # before asyncio's first import, as the harness does

import asyncio
from asyncio import events


def _load_harness(path):
    namespace = {"__name__": "asyncio_tck_harness", "__file__": path, "__builtins__": __builtins__}
    with open(path, "rb") as source:
        exec(compile(source.read(), path, "exec", dont_inherit=True), namespace)
    return namespace


def _send(reply_fd, data):
    while data:
        data = data[os.write(reply_fd, data):]


def _encode(text):
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace")


def _reset_asyncio(variant):
    """asyncio's module-level state as a fresh interpreter has it after `import asyncio`."""
    events._set_running_loop(None)
    events._event_loop_policy = None
    if variant == "uvloop":
        _HARNESS["_install_loop"]("uvloop:new_event_loop")
    elif variant.startswith("loop="):
        _HARNESS["_install_loop"](variant[len("loop="):])


def _run_program(source, program_path, variant):
    """Runs one program as __main__; returns (kind, exception name or None, stdout text, stderr text)."""
    _reset_asyncio(variant)
    module = type(sys)("__main__")
    module.__file__ = program_path
    module.__cached__ = None
    module.__builtins__ = __builtins__
    saved_main, saved_argv = sys.modules["__main__"], sys.argv[:]
    saved_out, saved_err = sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    sys.modules["__main__"] = module
    sys.argv[:] = [program_path]
    sys.stdout, sys.stderr = out, err
    name = None
    try:
        exec(compile(source, program_path, "exec", dont_inherit=True), module.__dict__)
    except BaseException as exception:  # SystemExit and KeyboardInterrupt too: the program's outcome
        name = type(exception).__name__
        _HARNESS["_report_uncaught"](exception, exception.__traceback__)
        exception.__traceback__ = None
        del exception
    finally:
        module.__dict__.clear()
        del module
        gc.collect()
        sys.stdout, sys.stderr = saved_out, saved_err
        sys.modules["__main__"] = saved_main
        sys.argv[:] = saved_argv
        for attribute in ("last_type", "last_value", "last_traceback", "last_exc"):
            if hasattr(sys, attribute):
                delattr(sys, attribute)
    return ("completed" if name is None else "raised"), name, out.getvalue(), err.getvalue()


def _serve(variant, program_path):
    # The protocol keeps private copies of the pipes; a program's file descriptors 0 and 1 are /dev/null.
    request_fd, reply_fd = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    requests = os.fdopen(request_fd, "rb")
    while True:
        line = requests.readline()
        if not line.endswith(b"\n"):
            return
        fields = line[:-1].decode("utf-8").split(" ")
        if len(fields) != 3 or fields[0] != "run":
            sys.stderr.write("batch.py: malformed request %r\n" % line)
            sys.exit(2)
        ident, length = fields[1], int(fields[2])
        data = requests.read(length)
        if len(data) < length:
            return
        start = time.perf_counter()
        kind, name, out, err = _run_program(data.decode("utf-8"), program_path, variant)
        nanos = int((time.perf_counter() - start) * 1e9)
        out_bytes, err_bytes = _encode(out), _encode(err)
        header = "done %s %s %s %d %d %d\n" % (ident, kind, name or "-", nanos, len(out_bytes), len(err_bytes))
        _send(reply_fd, header.encode("utf-8") + out_bytes + err_bytes)


_VARIANT = ([word for word in sys.argv[2:] if word in ("uvloop", "pure") or word.startswith("loop=")] or [""])[0]
if _VARIANT == "uvloop":
    import uvloop  # noqa: F401
_HARNESS = _load_harness(sys.argv[1])
if _VARIANT == "pure" and (asyncio.Future is not asyncio.futures._PyFuture or asyncio.Task is not asyncio.tasks._PyTask):
    sys.stderr.write("batch.py: asyncio was imported with its C accelerator before it could be blocked\n")
    sys.exit(2)
if hasattr(gc, "freeze"):
    gc.collect()
    gc.freeze()  # what the runner imported is never collected again: each program's collection stays small
_serve(_VARIANT, os.path.join(os.getcwd(), "program.py"))
