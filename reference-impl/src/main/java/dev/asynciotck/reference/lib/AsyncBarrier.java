package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Barrier;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.exceptions.BrokenBarrierError;
import dev.asynciotck.spi.exceptions.ValueError;

/**
 * {@code asyncio.Barrier} (locks.py, 3.11+).
 *
 * <p>State machine: FILLING while parties arrive; the last arrival switches to DRAINING and wakes the
 * others; when the last party has left ({@code count == 0}) it is FILLING again. reset() while parties
 * wait switches to RESETTING (they raise BrokenBarrierError) and back to FILLING once they have left;
 * abort() makes it BROKEN for good. {@code count} is the number of parties inside wait().
 */
final class AsyncBarrier extends LoopBound implements Barrier {

    private enum State {
        FILLING("filling"), DRAINING("draining"), RESETTING("resetting"), BROKEN("broken");

        final String value;

        State(String value) {
            this.value = value;
        }
    }

    private final AsyncCondition cond; // notifies every task when the state changes
    private final int parties;
    private State state = State.FILLING;
    private int count;

    AsyncBarrier(Asyncio asyncio, PythonValues values, int parties) {
        super(asyncio, values);
        if (parties < 1) {
            throw new ValueError(asyncio.version().atLeast(3, 14) ? "parties must be >= 1" : "parties must be > 0");
        }
        this.cond = new AsyncCondition(asyncio, values, null);
        this.parties = parties;
    }

    @Override
    public Awaitable aenter() {
        return asyncio.coroutine("Barrier.__aenter__", awaiter -> awaiter.await(waitParties()));
    }

    @Override
    public Awaitable aexit(Throwable exception) {
        return asyncio.coroutine("Barrier.__aexit__", awaiter -> null);
    }

    @Override
    public Coroutine waitParties() {
        return asyncio.coroutine("Barrier.wait", awaiter -> Support.asyncWith(awaiter, values, cond, x -> {
            block(awaiter); // wait while the barrier drains or resets
            try {
                int index = count;
                count++;
                if (index + 1 == parties) {
                    release();
                } else {
                    waitFilled(awaiter);
                }
                return (long) index;
            } finally {
                count--;
                exit();
            }
        }));
    }

    /** {@code _block()}. */
    private void block(Awaiter awaiter) {
        awaiter.await(cond.waitFor(() -> state != State.DRAINING && state != State.RESETTING));
        if (state == State.BROKEN) {
            throw new BrokenBarrierError("Barrier aborted");
        }
    }

    /** {@code _release()}: the last party trips the barrier. */
    private void release() {
        state = State.DRAINING;
        cond.notifyAllWaiters();
    }

    /** {@code _wait()}: wait until the barrier is no longer filling. */
    private void waitFilled(Awaiter awaiter) {
        awaiter.await(cond.waitFor(() -> state != State.FILLING));
        if (state == State.BROKEN || state == State.RESETTING) {
            throw new BrokenBarrierError("Abort or reset of barrier");
        }
    }

    /** {@code _exit()}: the last party out lets the barrier fill again. */
    private void exit() {
        if (count == 0) {
            if (state == State.RESETTING || state == State.DRAINING) {
                state = State.FILLING;
            }
            cond.notifyAllWaiters();
        }
    }

    @Override
    public Coroutine reset() {
        return asyncio.coroutine("Barrier.reset", awaiter -> Support.asyncWith(awaiter, values, cond, x -> {
            if (count > 0) {
                if (state != State.RESETTING) {
                    state = State.RESETTING;
                }
            } else {
                state = State.FILLING;
            }
            cond.notifyAllWaiters();
            return null;
        }));
    }

    @Override
    public Coroutine abort() {
        return asyncio.coroutine("Barrier.abort", awaiter -> Support.asyncWith(awaiter, values, cond, x -> {
            state = State.BROKEN;
            cond.notifyAllWaiters();
            return null;
        }));
    }

    @Override
    public int parties() {
        return parties;
    }

    @Override
    public int nWaiting() {
        return state == State.FILLING ? count : 0;
    }

    @Override
    public boolean broken() {
        return state == State.BROKEN;
    }

    @Override
    public String toString() {
        String extra = state.value;
        if (!broken()) {
            extra += ", waiters:" + nWaiting() + "/" + parties;
        }
        return "<asyncio.locks.Barrier object at " + Support.id(values, this) + " [" + extra + "]>";
    }
}
