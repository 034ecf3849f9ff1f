package dev.asynciotck.interpreter.runtime.threading;

import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/**
 * {@code threading.Thread(target=f, args=(...), kwargs={...}, daemon=...)}: {@link #start()} runs
 * {@code f(*args, **kwargs)} on a new platform thread, truly in parallel with the thread running the event
 * loop. The interpreter has no global lock: a program's threads may share values, but only hand work to a
 * loop through {@code loop.call_soon_threadsafe}, and synchronise through {@code join()} and
 * {@code threading.Event}, which order what the threads see.
 */
public final class ProgramThread implements PyValue {

    private final Runtime rt;
    private final PyClass pyClass;
    private final ProgramThreads threads;
    private final Object target;
    private final Args call;
    final boolean daemon;
    private Thread thread;

    ProgramThread(Runtime rt, PyClass pyClass, ProgramThreads threads, Object target, Args call, boolean daemon) {
        this.rt = rt;
        this.pyClass = pyClass;
        this.threads = threads;
        this.target = target;
        this.call = call;
        this.daemon = daemon;
    }

    @Override
    public PyClass pyClass() {
        return pyClass;
    }

    /** {@code start()}: at most once ({@code RuntimeError('threads can only be started once')}). */
    synchronized void start() {
        if (thread != null) {
            throw Errors.of(ExceptionClasses.RUNTIME_ERROR, "threads can only be started once");
        }
        // A platform thread of the run's thread group, so that one left running is reported against the run.
        thread = Thread.ofPlatform().group(threads.group).daemon().name("python thread " + threads.nextNumber())
                .unstarted(this::runTarget);
        threads.started(this);
        thread.start();
    }

    private void runTarget() {
        try {
            if (target != null) {
                rt.call(target, call);
            }
        } catch (PythonException e) {
            // threading.excepthook's report, on stderr: the thread ends, the program goes on.
            rt.stderr().println("Exception in thread " + thread.getName() + ":");
            rt.stderr().println(rt.typeOf(e).name + ": " + rt.str(e));
        } catch (RuntimeException | Error e) {
            rt.stderr().println("Exception in thread " + thread.getName() + ": " + e);
            if (e instanceof dev.asynciotck.interpreter.syntax.UnsupportedConstructError unsupported) {
                rt.recordUnsupported(unsupported);
            }
        }
    }

    /** {@code join(timeout=None)}: waits for the thread to end, or at most {@code timeout} seconds. */
    void join(Double timeout) {
        Thread started;
        synchronized (this) {
            started = thread;
        }
        if (started == null) {
            throw Errors.of(ExceptionClasses.RUNTIME_ERROR, "cannot join thread before it is started");
        }
        if (started == Thread.currentThread()) {
            throw Errors.of(ExceptionClasses.RUNTIME_ERROR, "cannot join current thread");
        }
        try {
            if (timeout == null) {
                started.join();
            } else if (timeout > 0) {
                started.join(Math.max(1, (long) Math.ceil(timeout * 1000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while joining a Python thread (the run was stopped)", e);
        }
    }

    /** {@code is_alive()}: started and not yet ended. */
    synchronized boolean isAlive() {
        return thread != null && thread.isAlive();
    }

    /** Interrupts the thread, if it runs, when the run is being stopped. */
    synchronized void interrupt() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
