package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Handle;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.Timeout;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.ExceptionGroup;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TimeoutError;

/**
 * {@code asyncio.Timeout} (timeouts.py, 3.11+).
 *
 * <p>State machine: CREATED → (enter) ENTERED → (deadline: cancels the task) EXPIRING → (exit) EXPIRED, or
 * ENTERED → (exit) EXITED. On exit after expiry the task is uncancelled once; if that leaves no other
 * pending cancellation than those it had on entry, a CancelledError from the block becomes TimeoutError.
 * {@code handle} is the scheduled _on_timeout while ENTERED with a deadline, else null.
 */
final class AsyncTimeout implements Timeout {

    private enum State {
        CREATED("created"), ENTERED("active"), EXPIRING("expiring"), EXPIRED("expired"), EXITED("finished");

        final String value;

        State(String value) {
            this.value = value;
        }
    }

    private final Asyncio asyncio;
    private final PythonValues values;
    private State state = State.CREATED;
    private Handle handle;
    private Task task;
    private int cancelling;
    private Double when;

    AsyncTimeout(Asyncio asyncio, PythonValues values, Double when) {
        this.asyncio = asyncio;
        this.values = values;
        this.when = when;
    }

    @Override
    public Double when() {
        return when;
    }

    @Override
    public void reschedule(Double newWhen) {
        if (state != State.ENTERED) {
            if (state == State.CREATED) {
                throw new RuntimeError("Timeout has not been entered");
            }
            throw new RuntimeError("Cannot change state of " + state.value + " Timeout");
        }
        when = newWhen;
        if (handle != null) {
            handle.cancel();
        }
        if (newWhen == null) {
            handle = null;
        } else {
            EventLoop loop = asyncio.getRunningLoop();
            if (newWhen <= loop.time()) {
                handle = loop.callSoon(this::onTimeout);
            } else {
                handle = loop.callAt(newWhen, this::onTimeout);
            }
        }
    }

    @Override
    public boolean expired() {
        return state == State.EXPIRING || state == State.EXPIRED;
    }

    @Override
    public Awaitable aenter() {
        return asyncio.coroutine("Timeout.__aenter__", awaiter -> {
            if (state != State.CREATED) {
                throw new RuntimeError("Timeout has already been entered");
            }
            Task current = asyncio.currentTask(null);
            if (current == null) {
                throw new RuntimeError("Timeout should be used inside a task");
            }
            state = State.ENTERED;
            task = current;
            cancelling = task.cancelling();
            reschedule(when);
            return this;
        });
    }

    @Override
    public Awaitable aexit(Throwable exception) {
        return asyncio.coroutine("Timeout.__aexit__", awaiter -> {
            if (state != State.ENTERED && state != State.EXPIRING) {
                throw new AssertionError();
            }
            if (handle != null) {
                handle.cancel();
                handle = null;
            }
            if (state == State.EXPIRING) {
                state = State.EXPIRED;
                if (task.uncancel() <= cancelling && exception != null) {
                    // No newer cancellation is pending: this one is ours, so it becomes a timeout.
                    if (exception instanceof CancelledError) {
                        throw Support.timeoutErrorFrom(exception);
                    }
                    // Another exception replaced our CancelledError: 3.13 threads a TimeoutError into its
                    // __context__ chain (and into each member's of an ExceptionGroup) so the timeout stays visible.
                    // timeouts.py 3.11 and 3.12 leave such an exception as it is.
                    if (!asyncio.version().atLeast(3, 13)) {
                        return null;
                    }
                    insertTimeoutError(exception);
                    if (exception instanceof ExceptionGroup group) {
                        for (Throwable member : group.exceptions()) {
                            insertTimeoutError(member);
                        }
                    }
                }
            } else if (state == State.ENTERED) {
                state = State.EXITED;
            }
            return null;
        });
    }

    /**
     * {@code _insert_timeout_error()}: the first CancelledError on {@code exception}'s __context__ chain is
     * replaced by a TimeoutError whose __cause__ and __context__ are that CancelledError.
     */
    private static void insertTimeoutError(Throwable exception) {
        Throwable current = exception;
        while (current instanceof PythonException p && p.context() != null) {
            Throwable context = p.context();
            if (context instanceof CancelledError) {
                TimeoutError timeout = Support.timeoutErrorFrom(context);
                timeout.withContext(context);
                p.withContext(timeout);
                return;
            }
            current = context;
        }
    }

    /** {@code _on_timeout()}: the deadline passed while the block runs. */
    private void onTimeout() {
        if (state != State.ENTERED) {
            throw new AssertionError();
        }
        task.cancel(null);
        state = State.EXPIRING;
        handle = null;
    }

    @Override
    public String toString() {
        String info = "";
        if (state == State.ENTERED) {
            info = " when=" + (when != null ? values.repr(Support.round3(when)) : "None");
        }
        return "<Timeout [" + state.value + "]" + info + ">";
    }
}
