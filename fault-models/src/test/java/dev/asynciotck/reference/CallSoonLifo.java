package dev.asynciotck.reference;

import java.util.ArrayDeque;

/** Fault model: the ready queue is a stack. */
public final class CallSoonLifo extends SeamFault {

    public CallSoonLifo() {
        super("call-soon-lifo",
                "call_soon pushes callbacks onto a stack, so the ready queue runs them last in, first out",
                "loop.call-soon.fifo", "loop.call-soon.interleaves-with-tasks", "task.creation.start-order");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public void enqueueReady(ArrayDeque<CallbackHandle> ready, CallbackHandle handle) {
                ready.addFirst(handle);
            }
        };
    }
}
