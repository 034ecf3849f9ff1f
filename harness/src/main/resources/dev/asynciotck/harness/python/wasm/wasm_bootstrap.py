"""asyncio-tck on Pyodide: makes the interpreter run a program as a fresh `python FILE` would, on asyncio's own loop.

interpreter.mjs runs install() once, before the checkpoint every program starts from, then run() per program.
install() undoes what Pyodide's start-up did to asyncio and makes the stock selector event loop usable
without file descriptors:

1. Pyodide's own loop out of the way (pyodide.webloop._initialize_event_loop replaced asyncio.run and
   time.sleep, installed WebLoopPolicy and set a WebLoop as the running loop for the whole session):
   asyncio.run and time.sleep get back the originals Pyodide kept, the running loop is unset, and the
   policy global is None again, as in a fresh process (the first get_event_loop_policy() creates
   DefaultEventLoopPolicy).
2. selectors.DefaultSelector becomes FdlessSelector: it watches no file descriptor, and select(timeout)
   sleeps for the timeout (the host blocks the thread with Atomics.wait, using no CPU) and reports nothing;
   select(None), when nothing is scheduled or ready, sleeps for ever, as epoll_wait(-1) blocks for ever.
   BaseSelectorEventLoop.__init__ looks the name up when it creates a loop, so asyncio.run, new_event_loop
   and the policy's implicit creation in get_event_loop all get the stock _UnixSelectorEventLoop over it.
3. BaseSelectorEventLoop makes no self-pipe (Emscripten has no socket.socketpair): the pipe only wakes a
   loop blocked in select() from another thread or a signal handler, and there are neither; _write_to_self
   already treats a missing pipe as nothing to wake. These are the two methods CPython's own test_asyncio
   overrides (TestBaseSelectorEventLoop) to run the selector loop without sockets.

Tasks, futures, base_events (the ready queue, timers, _run_once), runners and the C _asyncio module are not
touched: the loop that runs is CPython's own.
"""
import selectors
import sys

import asyncio
import asyncio.events
import asyncio.selector_events


def _host_sleep():
    import js  # the host's global object
    return js.__asyncioTckSleep  # (milliseconds) -> None, blocks the thread


_sleep_ms = _host_sleep()


class FdlessSelector(selectors.BaseSelector):
    """A selector that watches no file descriptor and sleeps for the timeout it is given."""

    def __init__(self):
        self._keys = {}

    def register(self, fileobj, events, data=None):
        key = selectors.SelectorKey(fileobj, 0, events, data)
        self._keys[fileobj] = key
        return key

    def unregister(self, fileobj):
        return self._keys.pop(fileobj)

    def select(self, timeout=None):
        if timeout is None:
            while True:  # nothing can ever become ready
                _sleep_ms(3_600_000)
        if timeout > 0:
            _sleep_ms(timeout * 1000.0)
        return []

    def get_map(self):
        return self._keys

    def close(self):
        self._keys.clear()


def _make_no_self_pipe(self):
    self._ssock = None
    self._csock = None
    self._internal_fds += 1


def _close_no_self_pipe(self):
    self._internal_fds -= 1


_HARNESS = {}


_SCHEDULED = {}  # the id interpreter.mjs gave a WebLoop callback -> a weak reference to its handle


def _keep_webloop():
    """pyodide-3.14+webloop: Pyodide's own loop stays, as PyScript and JupyterLite users have it; only its
    scheduling is noted (interpreter.mjs), so that the runner knows when no callback is left to run."""
    import js
    import weakref
    import pyodide.webloop
    schedule = js.__asyncioTckScheduleCallback
    handles = []

    def schedule_callback(callback, delay):
        # WebLoop.call_later calls this once, right after making the handle it returns (read in call_later below)
        handles.append(schedule(callback, delay))

    original_call_later = pyodide.webloop.WebLoop.call_later

    def call_later(self, delay, callback, *args, context=None):
        handle = original_call_later(self, delay, callback, *args, context=context)
        while handles:
            _SCHEDULED[handles.pop()] = weakref.ref(handle)
        return handle

    call_later.__wrapped__ = original_call_later
    call_later.__doc__ = original_call_later.__doc__
    pyodide.webloop.scheduleCallback = schedule_callback
    pyodide.webloop.WebLoop.call_later = call_later


def webloop_idle(pending):
    """True if every callback still scheduled (comma-separated ids) belongs to a cancelled handle."""
    for ident in pending.split(","):
        handle = _SCHEDULED.get(int(ident))
        handle = handle() if handle is not None else None
        if handle is None or not handle.cancelled():
            return False
    return True


def install(harness_path, webloop=False):
    """Prepares asyncio (the numbered points above; with webloop, none: Pyodide's own loop stays) and loads the
    harness as the fork server does."""
    if webloop:
        _keep_webloop()
        _load_harness(harness_path)
        return
    webloop = sys.modules.get("pyodide.webloop")
    if webloop is not None:
        import time
        asyncio.run = webloop._orig_run
        time.sleep = webloop._orig_sleep
    asyncio.events._set_running_loop(None)
    asyncio.events._event_loop_policy = None
    selectors.DefaultSelector = FdlessSelector
    asyncio.selector_events.BaseSelectorEventLoop._make_self_pipe = _make_no_self_pipe
    asyncio.selector_events.BaseSelectorEventLoop._close_self_pipe = _close_no_self_pipe
    _load_harness(harness_path)


def _load_harness(harness_path):
    import builtins
    _HARNESS.update({"__name__": "asyncio_tck_harness", "__file__": harness_path, "__builtins__": builtins})
    with open(harness_path, "rb") as source:
        exec(compile(source.read(), harness_path, "exec", dont_inherit=True), _HARNESS)


def run(result_path, program_path):
    """Runs the program through the harness; returns the exit status python gives it (before finalization)."""
    sys.argv[:] = [_HARNESS["__file__"], result_path, program_path]
    try:
        _HARNESS["_main"]()
        return 0
    except SystemExit as exit:
        # What the interpreter does with a SystemExit that ends a script (Python/pythonrun.c).
        code = exit.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code & 0xFF
        try:
            sys.stderr.write(str(code) + "\n")
            sys.stderr.flush()
        except BaseException:
            pass
        return 1
