package dev.asynciotck.reference.strand;

/**
 * Thrown in a coroutine body that tried to suspend while its continuation was pinned to the thread (a
 * native frame, or on older JVMs a held monitor, between the body's start and the suspension), which
 * {@code jdk.internal.vm.Continuation} cannot yield. The body goes on from the failed suspension with this
 * error; the continuation strand is not usable for such code, the virtual-thread one is
 * ({@code -Dasynciotck.strand=virtual-thread}).
 */
public final class StrandPinned extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    StrandPinned(String strandName, String reason) {
        super("coroutine '" + strandName + "' cannot suspend here: " + reason
                + " (a synchronized block or a native frame is on its stack); run it with -D"
                + StrandMechanism.PROPERTY + "=virtual-thread to allow this");
    }
}
