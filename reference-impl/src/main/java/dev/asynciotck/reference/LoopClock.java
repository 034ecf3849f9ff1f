package dev.asynciotck.reference;

/** The monotonic clock of a module's loops, in seconds ({@code time.monotonic()}). */
sealed interface LoopClock {

    double time();

    /** The real monotonic clock, from {@link System#nanoTime()}. */
    record Real() implements LoopClock {
        @Override
        public double time() {
            return System.nanoTime() / 1e9;
        }
    }

    /**
     * A clock that stands still until a loop with nothing ready jumps it to its next timer. Shared by all
     * loops of a module, as one process has one monotonic clock.
     */
    final class Virtual implements LoopClock {
        private volatile double now;

        @Override
        public double time() {
            return now;
        }

        /** Moves the clock forward to {@code when}; never backward. */
        void advanceTo(double when) {
            if (when > now) {
                now = when;
            }
        }
    }
}
