package dev.asynciotck.reference;

import dev.asynciotck.reference.strand.ThreadStates;
import dev.asynciotck.spi.PythonHost;

/** The host's Python thread states, as the strand engines carry them to the threads that run bodies. */
record HostThreadStates(PythonHost host) implements ThreadStates {

    @Override
    public Object capture() {
        return host.currentThreadState();
    }

    @Override
    public void attach(Object state) {
        host.attachThreadState(state);
    }
}
