package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Event;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonValues;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code asyncio.Event} (locks.py). Invariant: {@code waiters} holds the futures of pending wait() calls;
 * set() completes all of them at once (in arrival order), each wait() removes its own.
 */
final class AsyncEvent extends LoopBound implements Event {

    private final Deque<Future> waiters = new ArrayDeque<>();
    private boolean value;

    AsyncEvent(Asyncio asyncio, PythonValues values) {
        super(asyncio, values);
    }

    @Override
    public boolean isSet() {
        return value;
    }

    @Override
    public void set() {
        if (!value) {
            value = true;
            for (Future fut : waiters) {
                if (!fut.done()) {
                    fut.setResult(true);
                }
            }
        }
    }

    @Override
    public void clear() {
        value = false;
    }

    @Override
    public Coroutine waitSet() {
        return asyncio.coroutine("Event.wait", awaiter -> {
            if (value) {
                return true;
            }
            Future fut = boundLoop().createFuture();
            waiters.addLast(fut);
            try {
                awaiter.await(fut);
                return true;
            } finally {
                waiters.remove(fut);
            }
        });
    }

    @Override
    public String toString() {
        String extra = value ? "set" : "unset";
        if (!waiters.isEmpty()) {
            extra += (asyncio.version().atLeast(3, 7) ? ", waiters:" : ",waiters:") + waiters.size();
        }
        return "<asyncio.locks.Event object at " + Support.id(values, this) + " [" + extra + "]>";
    }
}
