package dev.asynciotck.reference;

/**
 * Thrown out of {@code run_forever}/{@code run_until_complete} when a loop waiting for its next event is
 * stopped from outside: its thread was interrupted, or its module was closed from another thread. Not a
 * Python exception: it tells the host that the program was abandoned.
 */
public final class LoopInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LoopInterruptedException(String message) {
        super(message);
    }
}
