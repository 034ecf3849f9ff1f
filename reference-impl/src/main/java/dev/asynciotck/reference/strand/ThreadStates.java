package dev.asynciotck.reference.strand;

/**
 * The host's per-thread state (the program's current context, its thread identity), which code run on another
 * Java thread on a thread's behalf must see: a body on its own thread sees the state of the thread that resumed
 * it, a loop driven from a helper thread the state of its caller.
 */
public interface ThreadStates {

    /** No state to carry (a host without threads of its own). */
    ThreadStates NONE = new ThreadStates() {
        @Override
        public Object capture() {
            return null;
        }

        @Override
        public void attach(Object state) {
        }
    };

    /** The calling thread's state. */
    Object capture();

    /** Makes {@code state} the calling thread's state. */
    void attach(Object state);
}
