package dev.asynciotck.interpreter.runtime.threading;

import dev.asynciotck.interpreter.runtime.contextvars.PyContext;

/**
 * One Python thread's state (CPython's {@code PyThreadState} with its {@code threading.Thread}): its name and
 * identity, its current context, and the {@code threading.Thread} object that stands for it. A provider that runs
 * this thread's code on another Java thread attaches the same state there, so the code sees the same thread.
 */
public final class PyThreadState {

    /** Which kind of Python thread: its {@code threading} class. */
    enum Kind { MAIN, STARTED, WORKER, DUMMY }

    final String name;
    final long ident;
    final Kind kind;
    final boolean daemon;
    /** The program's Thread object for a thread it started; null for the main thread and executors' workers. */
    final ProgramThread programThread;
    /** The current context; read and swapped only by code running as this thread (hand-off is strict). */
    PyContext context;

    PyThreadState(String name, long ident, Kind kind, boolean daemon, ProgramThread programThread,
                  PyContext context) {
        this.name = name;
        this.ident = ident;
        this.kind = kind;
        this.daemon = daemon;
        this.programThread = programThread;
        this.context = context;
    }

    @Override
    public String toString() {
        String type = switch (kind) {
            case MAIN -> "_MainThread";
            case DUMMY -> "_DummyThread";
            case STARTED, WORKER -> "Thread";
        };
        return "<" + type + "(" + name + ", started " + (kind == Kind.DUMMY ? "daemon " : "") + ident + ")>";
    }
}
