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
    private final ProgramHost host;
    private final Object target;
    private final Args call;
    final boolean daemon;
    /** The name given, else {@code Thread-N}, and from 3.10 {@code Thread-N (target)}. */
    final String name;
    private Thread thread;
    private volatile PyThreadState state;

    ProgramThread(Runtime rt, PyClass pyClass, ProgramThreads threads, ProgramHost host, Object target, Args call,
                  boolean daemon, String givenName) {
        this.rt = rt;
        this.pyClass = pyClass;
        this.threads = threads;
        this.host = host;
        this.target = target;
        this.call = call;
        this.daemon = daemon;
        if (givenName != null) {
            this.name = givenName;
        } else {
            int number = threads.nextNumber();
            String targetName = target instanceof dev.asynciotck.interpreter.runtime.object.PyFunction f ? f.name : null;
            this.name = "Thread-" + number + (rt.atLeast(3, 10) && targetName != null ? " (" + targetName + ")" : "");
        }
    }

    /** {@code ident}: None until the thread started. */
    Object ident() {
        PyThreadState started = state;
        return started == null ? null : started.ident;
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
        state = host.newState(name, daemon, this);
        thread = Thread.ofPlatform().group(threads.group).daemon().name("python " + name)
                .unstarted(this::runTarget);
        threads.started(this);
        thread.start();
    }

    private void runTarget() {
        host.attachThreadState(state);
        try {
            if (target != null) {
                rt.call(target, call);
            }
        } catch (PythonException e) {
            // threading.excepthook's report, on stderr: the thread ends, the program goes on.
            rt.stderr().println("Exception in thread " + name + ":");
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
