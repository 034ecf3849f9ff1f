"""asyncio-tck harness: runs one program as __main__ and records how it ended.

Usage: python -I harness.py RESULT_FILE PROGRAM_FILE [uvloop|pure]

uvloop installs uvloop's event loop policy before the program runs; pure makes CPython's C accelerator
_asyncio unimportable first, so that asyncio uses its pure-Python Task and Future (as where the accelerator
is not built), and checks that it does.

The program runs as a script would: module __main__, __file__ and sys.argv[0] naming it, its
tracebacks printed by sys.excepthook. The result file (written atomically: a temporary file,
then a rename) holds lines:

    running                          the program started and has not ended (a crash leaves this)
    completed                        the program ran to its end
    raised / NAME / MODULE.QUALNAME  an exception escaped the program
    error / MESSAGE                  the harness itself failed before the program started

Works on Python 3.6 and later; imports nothing beyond os and sys (and asyncio with uvloop or pure).
The fork server (forkserver.py) loads this file under another module name and calls _main() in each
forked child, with sys.argv as above, so both ways run the very same code.
"""
import os
import sys


def _write_result(path, lines, _open=open, _replace=os.replace):
    # The defaults bind open and os.replace now, so a program that patches them cannot break this.
    temporary = path + ".tmp"
    with _open(temporary, "w", encoding="utf-8") as out:
        out.write("\n".join(line.replace("\n", " ") for line in lines) + "\n")
    _replace(temporary, path)


def _qualified_name(exception_type):
    module = getattr(exception_type, "__module__", None) or "?"
    name = getattr(exception_type, "__qualname__", None) or exception_type.__name__
    return module + "." + name


def _block_accelerator():
    """Makes 'import _asyncio' fail, so that asyncio, imported after this, uses its pure-Python classes."""
    sys.modules["_asyncio"] = None


def _prepare(program_path, variant):
    """Reads the program and sets asyncio up as the variant says; raises on failure."""
    with open(program_path, "rb") as source_file:
        source = source_file.read()
    if variant == "uvloop":
        import asyncio
        import uvloop
        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    elif variant == "pure":
        _block_accelerator()
        import asyncio
        if asyncio.Future is not asyncio.futures._PyFuture or asyncio.Task is not asyncio.tasks._PyTask:
            raise RuntimeError("asyncio was imported with its C accelerator before it could be blocked")
    return source


def _report_uncaught(exception, traceback):
    """Prints the exception as the interpreter does for one that escapes a script."""
    exception_type = type(exception)
    sys.last_type, sys.last_value, sys.last_traceback = exception_type, exception, traceback
    if sys.version_info >= (3, 12):
        sys.last_exc = exception
    try:
        sys.stdout.flush()
    except BaseException:
        pass
    try:
        sys.excepthook(exception_type, exception, traceback)
    except BaseException:
        import traceback as traceback_module
        traceback_module.print_exception(exception_type, exception, traceback)
    try:
        sys.stderr.flush()
    except BaseException:
        pass


def _main():
    here = sys._getframe().f_code
    if len(sys.argv) < 3 or len(sys.argv) > 4 or sys.argv[3:] not in ([], ["uvloop"], ["pure"]):
        sys.stderr.write("usage: harness.py RESULT_FILE PROGRAM_FILE [uvloop|pure]\n")
        sys.exit(2)
    result_path, program_path = sys.argv[1], sys.argv[2]
    variant = sys.argv[3] if len(sys.argv) > 3 else None
    try:
        source = _prepare(program_path, variant)
    except BaseException as exception:
        message = "harness setup failed: %s: %s" % (type(exception).__name__, exception)
        _write_result(result_path, ["error", message])
        sys.stderr.write(message + "\n")
        sys.exit(2)

    module = type(sys)("__main__")
    module.__file__ = program_path
    module.__cached__ = None
    module.__builtins__ = __builtins__
    sys.modules["__main__"] = module
    sys.argv[:] = [program_path]
    _write_result(result_path, ["running"])
    try:
        code = compile(source, program_path, "exec", dont_inherit=True)
        exec(code, module.__dict__)
    except SystemExit:
        # The interpreter handles it as for any script: exit status and message, no traceback.
        _write_result(result_path, ["raised", "SystemExit", "builtins.SystemExit"])
        raise
    except BaseException as exception:
        exception_type = type(exception)
        _write_result(result_path, ["raised", exception_type.__name__, _qualified_name(exception_type)])
        traceback = exception.__traceback__
        while traceback is not None and traceback.tb_frame.f_code is here:
            traceback = traceback.tb_next
        exception.__traceback__ = traceback
        _report_uncaught(exception, traceback)
        del exception, traceback
        sys.exit(1)
    _write_result(result_path, ["completed"])


if __name__ == "__main__":
    _main()
