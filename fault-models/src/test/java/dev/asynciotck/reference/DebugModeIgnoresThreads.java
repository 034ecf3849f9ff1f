package dev.asynciotck.reference;

/** Fault model: debug mode checks callbacks but not the thread that schedules them. */
public final class DebugModeIgnoresThreads extends SeamFault {

    public DebugModeIgnoresThreads() {
        super("debug-mode-ignores-threads",
                "in debug mode call_soon, call_later and call_at from a thread other than the loop's are accepted "
                        + "instead of raising RuntimeError",
                "loop.debug.wrong-thread");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public void checkDebugThread(ModuleState module, ReferenceEventLoop loop) {
            }
        };
    }
}
