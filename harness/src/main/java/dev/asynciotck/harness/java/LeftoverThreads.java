package dev.asynciotck.harness.java;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The platform threads of one run's thread group that are still alive once the run is over: what a provider
 * leaves behind (a timer thread never stopped, the run's own thread stuck after a timeout). Virtual threads
 * belong to no enumerable group and are not seen.
 */
final class LeftoverThreads {

    /** How long the run's own thread, and threads it just stopped, get to end before they count as left over. */
    private static final long GRACE_MILLIS = 250;

    private LeftoverThreads() {
    }

    /** The live threads of {@code group}, as {@code name (STATE)}, after a short grace period. */
    static List<String> of(ThreadGroup group, Thread runner) {
        long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000;
        try {
            runner.join(GRACE_MILLIS);
            while (group.activeCount() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread[] threads = new Thread[group.activeCount() + 8];
        int count = group.enumerate(threads, true);
        List<String> alive = new ArrayList<>();
        Arrays.stream(threads, 0, count).filter(Objects::nonNull).filter(Thread::isAlive)
                .forEach(t -> alive.add(t.getName() + " (" + t.getState() + ")"));
        return alive;
    }
}
