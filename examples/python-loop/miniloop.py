"""miniloop: a small asyncio event loop of its own, the example of gating a third-party Python loop with asyncio-tck.

MiniLoop is a subclass of asyncio.BaseEventLoop, which supplies callbacks, timers, tasks, futures and the run
methods; MiniLoop adds what BaseEventLoop leaves to a subclass: something to wait in between iterations (no file
descriptors, no I/O: a threading.Event that sleeps until the next timer is due, or until another thread calls
call_soon_threadsafe) and no sockets, pipes or subprocesses.

Its one deliberate deviation from asyncio (new_event_loop): a timer that is already due when it is scheduled
(call_later(0), call_at(loop.time()), a timeout of 0) joins the ready queue at once, in FIFO order with call_soon
callbacks, instead of waiting for the callbacks already ready to run first. asyncio moves due timers into the
ready queue only at the start of the next iteration, so `call_later(0, a); call_soon(b)` runs b before a there,
and a before b here. (uvloop makes the same choice.)

new_conforming_event_loop makes the same loop without the deviation: it passes the whole specification.

Select it with a Python target of asyncio-tck: `+loop=miniloop:new_event_loop` (README.md).
"""
import asyncio
import threading
from asyncio import events

__all__ = ("MiniLoop", "new_event_loop", "new_conforming_event_loop")


class _Waiter:
    """Stands in for BaseEventLoop's selector: nothing to select, only sleep until due or woken."""

    def __init__(self):
        self._woken = threading.Event()

    def select(self, timeout):
        # None: nothing is scheduled, so sleep until another thread wakes the loop (as epoll_wait(-1) blocks).
        self._woken.wait(timeout)
        self._woken.clear()
        return []

    def wake(self):
        self._woken.set()

    def close(self):
        pass


class MiniLoop(asyncio.BaseEventLoop):
    """An event loop with callbacks, timers and threadsafe wake-ups, and no I/O."""

    def __init__(self, *, due_timers_join_ready_queue=True):
        super().__init__()
        self._selector = _Waiter()
        self._due_timers_join_ready_queue = due_timers_join_ready_queue

    def call_at(self, when, callback, *args, **kwargs):
        if not self._due_timers_join_ready_queue or when > self.time():
            return super().call_at(when, callback, *args, **kwargs)
        # The deviation: a due timer is queued now, behind the callbacks already ready and before later ones.
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, kwargs.get("context"))
        self._ready.append(timer)
        return timer

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        self._selector.wake()

    def close(self):
        super().close()
        self._selector.close()


def new_event_loop():
    """A MiniLoop with its deviation, as published."""
    return MiniLoop()


def new_conforming_event_loop():
    """A MiniLoop without its deviation."""
    return MiniLoop(due_timers_join_ready_queue=False)
