package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.PythonCallback;
import dev.asynciotck.spi.TimerHandle;
import java.util.List;

/** {@code asyncio.TimerHandle}: a callback in the loop's timer heap until it is due. */
final class ScheduledTimer extends CallbackHandle implements TimerHandle {

    private final double when;
    /** {@code _scheduled}: the timer is in the heap (so cancelling it counts towards the cleanup rule). */
    boolean scheduled;

    ScheduledTimer(ReferenceEventLoop loop, Runnable callback, double when, Context context) {
        super(loop, callback, context);
        this.when = when;
    }

    @Override
    public double when() {
        return when;
    }

    @Override
    public void cancel() {
        if (!cancelled()) {
            loop.timerHandleCancelled(this);
        }
        super.cancel();
    }

    /**
     * events.py's {@code TimerHandle.__eq__}: the same deadline, equal callbacks with equal arguments (both None
     * once cancelled) and the same cancelled state. A timer of another provider is equal only to itself.
     */
    @Override
    public boolean sameTimer(TimerHandle other) {
        if (other == this) {
            return true;
        }
        return other instanceof ScheduledTimer that && when == that.when && cancelled() == that.cancelled()
                && sameCallback(scheduledCallback(), that.scheduledCallback());
    }

    private static boolean sameCallback(Runnable a, Runnable b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof PythonCallback x && b instanceof PythonCallback y) {
            return x.sameCall(y);
        }
        return a.equals(b);
    }

    @Override
    protected List<String> reprInfo() {
        List<String> info = super.reprInfo();
        info.add(cancelled() ? 2 : 1, "when=" + loop.module().reprs().repr(when));
        return info;
    }
}
