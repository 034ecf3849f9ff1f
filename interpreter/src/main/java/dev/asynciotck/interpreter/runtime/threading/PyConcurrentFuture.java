package dev.asynciotck.interpreter.runtime.threading;

import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;
import dev.asynciotck.spi.ConcurrentFuture;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code concurrent.futures.Future} (concurrent/futures/_base.py): thread-safe, with blocking {@code result} and
 * {@code exception}, and done callbacks called at once in the thread that completes (or cancels) the future. An
 * exception from a callback is logged, as CPython's logger does, and does not stop the others.
 */
public final class PyConcurrentFuture implements ConcurrentFuture, PyValue {

    private enum State { PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED }

    private final ProgramHost host;
    private State state = State.PENDING;
    private Object result;
    private Throwable exception;
    private final List<Consumer<? super ConcurrentFuture>> callbacks = new ArrayList<>();

    PyConcurrentFuture(ProgramHost host) {
        this.host = host;
    }

    @Override
    public PyClass pyClass() {
        return host.futures().futureClass;
    }

    @Override
    public boolean cancel() {
        synchronized (this) {
            if (state == State.RUNNING || state == State.FINISHED) {
                return false;
            }
            if (state == State.CANCELLED || state == State.CANCELLED_AND_NOTIFIED) {
                return true;
            }
            state = State.CANCELLED;
            notifyAll();
        }
        invokeCallbacks();
        return true;
    }

    @Override
    public synchronized boolean cancelled() {
        return state == State.CANCELLED || state == State.CANCELLED_AND_NOTIFIED;
    }

    @Override
    public synchronized boolean running() {
        return state == State.RUNNING;
    }

    @Override
    public synchronized boolean done() {
        return state == State.CANCELLED || state == State.CANCELLED_AND_NOTIFIED || state == State.FINISHED;
    }

    @Override
    public Object result(Double timeout) {
        Throwable failure = awaitDone(timeout);
        if (failure != null) {
            throw rethrow(failure);
        }
        synchronized (this) {
            return result;
        }
    }

    @Override
    public Throwable exception(Double timeout) {
        return awaitDone(timeout);
    }

    /** Waits until done; the exception it finished with (or null); raises if cancelled or on timeout. */
    private synchronized Throwable awaitDone(Double timeout) {
        long deadline = timeout == null ? 0 : System.nanoTime() + (long) (Math.max(0, timeout) * 1e9);
        while (!done()) {
            long left = timeout == null ? Long.MAX_VALUE : deadline - System.nanoTime();
            if (left <= 0) {
                throw host.runtime().newException(host.types().futuresTimeoutError);
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a concurrent future (the run was stopped)", e);
            }
        }
        if (cancelled()) {
            throw host.runtime().newException(host.types().futuresCancelledError);
        }
        return exception;
    }

    @Override
    public void addDoneCallback(Consumer<? super ConcurrentFuture> callback) {
        synchronized (this) {
            if (!done()) {
                callbacks.add(callback);
                return;
            }
        }
        invoke(callback);
    }

    @Override
    public synchronized boolean setRunningOrNotifyCancel() {
        if (state == State.CANCELLED) {
            state = State.CANCELLED_AND_NOTIFIED;
            return false;
        }
        if (state == State.PENDING) {
            state = State.RUNNING;
            return true;
        }
        throw new RuntimeError("Future in unexpected state");
    }

    @Override
    public void setResult(Object value) {
        complete(value, null);
    }

    @Override
    public void setException(Throwable failure) {
        complete(null, failure);
    }

    private void complete(Object value, Throwable failure) {
        synchronized (this) {
            boolean finished = state == State.CANCELLED || state == State.CANCELLED_AND_NOTIFIED
                    || state == State.FINISHED;
            if (finished && host.runtime().atLeast(3, 8)) {
                throw host.runtime().newException(host.types().futuresInvalidStateError, state.name() + ": " + this);
            }
            result = value;
            exception = failure;
            state = State.FINISHED;
            notifyAll();
        }
        invokeCallbacks();
    }

    private void invokeCallbacks() {
        List<Consumer<? super ConcurrentFuture>> toRun;
        synchronized (this) {
            toRun = new ArrayList<>(callbacks);
            callbacks.clear();
        }
        toRun.forEach(this::invoke);
    }

    /** {@code _invoke_callbacks}: an exception from a callback is logged and the next one runs. */
    private void invoke(Consumer<? super ConcurrentFuture> callback) {
        try {
            callback.accept(this);
        } catch (UnsupportedConstructError unsupported) {
            host.runtime().recordUnsupported(unsupported);
        } catch (PythonException failure) {
            Runtime rt = host.runtime();
            synchronized (rt.stderr()) {
                rt.stderr().println("exception calling callback for " + this);
                rt.stderr().println(rt.typeOf(failure).name + ": " + rt.str(failure));
            }
        }
    }

    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof RuntimeException r) {
            return r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(failure);
    }

    @Override
    public synchronized String toString() {
        String shown = switch (state) {
            case PENDING -> "pending";
            case RUNNING -> "running";
            case CANCELLED, CANCELLED_AND_NOTIFIED -> "cancelled";
            case FINISHED -> exception != null ? "finished raised " + host.runtime().typeOf(exception).name
                    : "finished returned " + host.runtime().typeOf(Values.fromJava(result)).name;
        };
        return "<Future at " + Values.address(this) + " state=" + shown + ">";
    }
}
