package dev.asynciotck.interpreter.runtime.threading;

/** {@code threading.Event()}: a flag that threads set, clear and wait for. */
public final class ProgramEvent {

    private boolean flag;

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
