package dev.asynciotck.reference;

/**
 * Fault model: the timer heap compares deadlines with {@code <=} instead of {@code <}, so a new timer passes the
 * ones with an equal deadline and timers due at the same moment run newest first. (CPython's heapq gives two or
 * three equal timers back in scheduling order; from four on its order is neither FIFO nor LIFO.)
 */
public final class TimerTiesLifo extends SeamFault {

    public TimerTiesLifo() {
        super("timer-ties-lifo",
                "timers with the same deadline run last scheduled first (the timer heap compares deadlines with <= "
                        + "instead of <)",
                "loop.timer.equal-deadlines");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public TimerHeap newTimerHeap() {
                return new TimerHeap() {
                    @Override
                    boolean less(ScheduledTimer a, ScheduledTimer b) {
                        return a.when() <= b.when();
                    }
                };
            }
        };
    }
}
