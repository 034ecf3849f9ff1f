"""asyncio-tck harness: runs one program as __main__ and records how it ended.

Usage: python -I harness.py RESULT_FILE PROGRAM_FILE [uvloop|pure|loop=MODULE:CALLABLE]

loop=MODULE:CALLABLE makes the callable asyncio's default loop factory before the program runs (uvloop is
loop=uvloop:new_event_loop); pure makes CPython's C accelerator _asyncio unimportable first, so that asyncio uses
its pure-Python Task and Future (as where the accelerator is not built), and checks that it does.

How an installed loop reaches the program, without the policy system that 3.14 deprecates and 3.16 removes:
asyncio.new_event_loop (the module function, in asyncio and asyncio.events) becomes the factory. asyncio.run
(3.7+) and asyncio.Runner (3.11+) call exactly that function when the program gives them no loop_factory, so they
take their stock path (set_event_loop on entry, set_event_loop(None) on exit) with the factory's loop; a program
that calls new_event_loop() itself gets one too. Passing the factory as asyncio.run's loop_factory instead would
change what asyncio does around the loop (that path never sets the current loop), which is not the loop's
doing. The one creation left is get_event_loop()'s implicit loop (3.6-3.13; from 3.14 it raises instead), which
only the policy reaches: there, and only there, the default policy's loop factory is the callable too.
set_event_loop/get_event_loop store and return whatever loop the program made, as on stock asyncio. A policy the
program sets itself is asked for new loops instead (asyncio.new_event_loop() asks the current policy), as it would be
with a loop installed by its policy: the installed loop is the default policy's.

The program runs as a script would: module __main__, __file__ and sys.argv[0] naming it, its
tracebacks printed by sys.excepthook. The result file (written atomically: a temporary file,
then a rename) holds lines:

    running                          the program started and has not ended (a crash leaves this)
    completed                        the program ran to its end
    raised / NAME / MODULE.QUALNAME  an exception escaped the program
    error / MESSAGE                  the harness itself failed before the program started

Works on Python 3.6 and later; imports nothing beyond os and sys (and asyncio, importlib and the loop's module
with a loop, asyncio with pure).
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


class SetupError(Exception):
    """The variant cannot be set up; the message names what is wrong."""


def _loop_factory(spec):
    """The callable MODULE:CALLABLE names (CALLABLE may be dotted: a class's method)."""
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise SetupError("+loop=%s is not +loop=MODULE:CALLABLE" % spec)
    import importlib
    try:
        factory = importlib.import_module(module_name)
    except BaseException as exception:
        raise SetupError("+loop=%s: module %r does not import: %s: %s"
                         % (spec, module_name, type(exception).__name__, exception))
    for part in attribute.split("."):
        if not hasattr(factory, part):
            raise SetupError("+loop=%s: %r has no attribute %r" % (spec, getattr(factory, "__name__", factory), part))
        factory = getattr(factory, part)
    if not callable(factory):
        raise SetupError("+loop=%s: %s is not callable" % (spec, attribute))
    return factory


def _install_loop(spec):
    """Makes the callable asyncio's default loop factory (see the module's docstring)."""
    factory = _loop_factory(spec)
    import asyncio
    from asyncio import events

    # The policy current now is the default one, whose loops are the installed loop's. A policy the program sets
    # itself is asked for new loops, as asyncio.new_event_loop() asks the current policy (events.py), so its own
    # new_event_loop and what it makes are honoured, as with a loop installed by its policy (uvloop.install()).
    current_policy = getattr(events, "_get_event_loop_policy", None) or events.get_event_loop_policy
    installed_policy = current_policy()

    def new_event_loop():
        policy = current_policy()
        if policy is not installed_policy:
            return policy.new_event_loop()
        return factory()

    new_event_loop.__module__ = events.new_event_loop.__module__
    new_event_loop.__doc__ = events.new_event_loop.__doc__
    events.new_event_loop = asyncio.new_event_loop = new_event_loop
    if sys.version_info < (3, 14):
        # get_event_loop() may still create a loop here, through the policy's own factory
        installed_policy._loop_factory = factory


def _prepare(program_path, variant):
    """Reads the program and sets asyncio up as the variant says; raises on failure."""
    with open(program_path, "rb") as source_file:
        source = source_file.read()
    if variant == "uvloop":
        _install_loop("uvloop:new_event_loop")
    elif variant.startswith("loop="):
        _install_loop(variant[len("loop="):])
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
    variant = sys.argv[3] if len(sys.argv) == 4 else ""
    if len(sys.argv) < 3 or len(sys.argv) > 4 or variant not in ("", "uvloop", "pure") and not variant.startswith("loop="):
        sys.stderr.write("usage: harness.py RESULT_FILE PROGRAM_FILE [uvloop|pure|loop=MODULE:CALLABLE]\n")
        sys.exit(2)
    result_path, program_path = sys.argv[1], sys.argv[2]
    try:
        source = _prepare(program_path, variant)
    except SetupError as problem:
        message = "harness setup failed: %s" % problem
        _write_result(result_path, ["error", message])
        sys.stderr.write(message + "\n")
        sys.exit(2)
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
