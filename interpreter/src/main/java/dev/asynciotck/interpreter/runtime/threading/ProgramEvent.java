package dev.asynciotck.interpreter.runtime.threading;

import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;

/** {@code threading.Event()}: a flag that threads set, clear and wait for. */
public final class ProgramEvent implements PyValue {

    private final PyClass pyClass;
    private boolean flag;

    ProgramEvent(PyClass pyClass) {
        this.pyClass = pyClass;
    }

    @Override
    public PyClass pyClass() {
        return pyClass;
    }

    synchronized void set() {
        flag = true;
        notifyAll();
    }

    synchronized void clear() {
        flag = false;
    }

    synchronized boolean isSet() {
        return flag;
    }

    /** {@code wait(timeout=None)}: blocks until the flag is set or the timeout passes; returns the flag. */
    synchronized boolean await(Double timeout) {
        long deadline = timeout == null ? 0 : System.nanoTime() + (long) (timeout * 1e9);
        try {
            while (!flag) {
                if (timeout == null) {
                    wait();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    wait(Math.max(1, left / 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a threading.Event (the run was stopped)", e);
        }
        return flag;
    }
}
