package dev.asynciotck.benchmarks;

/** The sizes of the six workloads; the Python scripts use the same numbers. */
public final class Sizes {

    public static final int CALL_SOON_CALLBACKS = 1_000_000;
    public static final int SPAWNED_TASKS = 100_000;
    public static final int PING_PONG_MESSAGES = 200_000;
    public static final int SLEEP_ZERO_YIELDS = 1_000_000;
    public static final int CANCELLED_TASKS = 100_000;
    public static final int SLEEPING_TASKS = 100_000;
    /** How long the sleeping tasks sleep: long enough for the heap to be measured while they all wait. */
    public static final double SLEEP_SECONDS = 1.0;

    private Sizes() {
    }
}
