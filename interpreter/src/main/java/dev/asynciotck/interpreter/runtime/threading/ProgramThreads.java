package dev.asynciotck.interpreter.runtime.threading;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads one program started: at the end of the module, Python waits for the non-daemon ones. */
public final class ProgramThreads {

    private final List<ProgramThread> started = new ArrayList<>();
    private final AtomicInteger numbers = new AtomicInteger();
    /** The group of the thread that runs the program (taken when the run starts, never a virtual thread's). */
    final ThreadGroup group = Thread.currentThread().getThreadGroup();

    int nextNumber() {
        return numbers.incrementAndGet();
    }

    synchronized void started(ProgramThread thread) {
        started.add(thread);
    }

    /**
     * {@code threading._shutdown}: joins every non-daemon thread, including those started meanwhile. If the
     * run is stopped while waiting, every thread still running is interrupted.
     */
    public void joinNonDaemon() {
        for (int i = 0; ; i++) {
            ProgramThread next;
            synchronized (this) {
                if (i >= started.size()) {
                    return;
                }
                next = started.get(i);
            }
            if (next.daemon) {
                continue;
            }
            try {
                next.join(null);
            } catch (IllegalStateException interrupted) {
                interruptAll();
                throw interrupted;
            }
        }
    }

    private synchronized void interruptAll() {
        started.forEach(ProgramThread::interrupt);
    }
}
