package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
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

    @Override
    protected List<String> reprInfo() {
        List<String> info = super.reprInfo();
        info.add(cancelled() ? 2 : 1, "when=" + loop.module().reprs().repr(when));
        return info;
    }
}
