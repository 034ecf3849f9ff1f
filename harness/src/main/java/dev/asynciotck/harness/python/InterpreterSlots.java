package dev.asynciotck.harness.python;

import java.util.Locale;
import java.util.concurrent.Semaphore;

/**
 * Bounds how many Python programs run at once in this JVM, over every Python target together. A matrix runs
 * all its targets at once, each with several scenarios at once; without a common bound, ten targets would start
 * twenty interpreters on two cores, and the programs that order events by short sleeps, or the time limit
 * itself, would suffer. A program waits for a slot before its time limit starts.
 *
 * <p>The bound is the system property {@code tck.python.processes}, else the environment variable
 * {@code TCK_PYTHON_PROCESSES}, else twice the number of processors (programs spend much of their time asleep).
 */
final class InterpreterSlots {

    private static final Semaphore SLOTS = new Semaphore(bound(), true);

    private InterpreterSlots() {
    }

    /** The bound in force: the setting if it is a positive number, else twice the processors. */
    static int bound() {
        String setting = System.getProperty("tck.python.processes", System.getenv("TCK_PYTHON_PROCESSES"));
        if (setting != null) {
            try {
                int value = Integer.parseInt(setting.strip());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // Fall back to the default, as for a value below 1.
            }
            System.err.println("asyncio-tck: tck.python.processes=" + setting.strip().toLowerCase(Locale.ROOT)
                    + " is not a positive number; using " + 2 * Runtime.getRuntime().availableProcessors());
        }
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /** Waits for a slot; release it with {@link #release()} once the program has ended. */
    static void acquire() throws InterruptedException {
        SLOTS.acquire();
    }

    static void release() {
        SLOTS.release();
    }
}
