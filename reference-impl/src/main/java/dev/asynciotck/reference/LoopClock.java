package dev.asynciotck.reference;

import java.util.concurrent.atomic.AtomicLong;

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
     * A clock that moves only by the program's own doings: each reading is one nanosecond (the resolution of
     * CPython's {@code time.monotonic()} on Linux) after the one before, and a loop with nothing ready jumps
     * it to the end of its selector wait. Shared by all loops of a module, as one process has one monotonic
     * clock.
     *
     * <p>Why readings tick: on CPython real time passes between two readings, so timers scheduled one after
     * another with the same delay (say four tasks each calling {@code sleep(0.01)}) get increasing
     * {@code when}s and run in FIFO order; a clock that stood still would give them equal {@code when}s,
     * which {@code heapq} leaves in heap order (0, 2, 1, 3). Timers given the very same {@code when}
     * ({@code call_at(t, ...)} with one {@code t}) still tie, as on CPython.
     *
     * <p>Invariant: {@code nanos} never decreases; {@link #time()} never returns the same value twice.
     */
    final class Virtual implements LoopClock {
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public double time() {
            return nanos.getAndIncrement() / 1e9;
        }

        /** Moves the clock forward to {@code when} (rounded up to a nanosecond); never backward. */
        void advanceTo(double when) {
            long target = (long) Math.ceil(when * 1e9);
            nanos.accumulateAndGet(target, Math::max);
        }
    }
}
