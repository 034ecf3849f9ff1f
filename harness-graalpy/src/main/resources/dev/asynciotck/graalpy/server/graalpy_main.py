"""asyncio-tck on GraalPy: what `python -I -u harness.py RESULT PROGRAM` does, inside a fresh context.

The server evaluates this module in each new context and calls exit_status(): it runs the harness (the same
harness.py the CPython targets use, read from the run directory) and returns the exit status the python
process would have had. An escaping SystemExit is handled as CPython's handle_system_exit does: None -> 0,
an int -> itself, anything else printed to standard error -> 1. The interpreter's shutdown (waiting for
non-daemon threads, atexit handlers) happens when the server closes the context.
"""
import sys as _sys


def exit_status(harness_path, result_path, program_path):
    with open(harness_path, "rb") as source:
        code = compile(source.read(), harness_path, "exec", dont_inherit=True)
    harness = {"__name__": "asyncio_tck_harness", "__builtins__": __builtins__}
    exec(code, harness)
    _sys.argv[:] = [harness_path, result_path, program_path]
    try:
        harness["_main"]()
    except SystemExit as request:
        return _status_of(request.code)
    return 0


def _status_of(code):
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        _sys.stdout.flush()
    except BaseException:
        pass
    try:
        print(code, file=_sys.stderr)
    except BaseException:
        pass
    return 1
