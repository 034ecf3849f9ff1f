package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Task;

/**
 * The awaited-by links one of asyncio's combinators records for the task that called it (3.14+, tasks.py
 * {@code gather}/{@code shield}/{@code _wait}, taskgroups.py): {@code future_add_to_awaited_by(fut, cur_task)} for
 * each future it waits on, {@code future_discard_from_awaited_by} once that one is done. Before 3.14, or with no
 * current task, it records nothing ({@code waiter} is null).
 */
record AwaitedByLinks(Asyncio asyncio, Task waiter) {

    /** The links of the current task of {@code loop} (null: no running loop, so no current task). */
    static AwaitedByLinks of(Asyncio asyncio, EventLoop loop) {
        if (loop == null || !asyncio.version().atLeast(3, 14)) {
            return new AwaitedByLinks(asyncio, null);
        }
        return new AwaitedByLinks(asyncio, asyncio.currentTask(loop));
    }

    /** The links of {@code parent}, a TaskGroup's parent task, from 3.14. */
    static AwaitedByLinks ofParent(Asyncio asyncio, Task parent) {
        return new AwaitedByLinks(asyncio, asyncio.version().atLeast(3, 14) ? parent : null);
    }

    void add(Future awaited) {
        if (waiter != null) {
            asyncio.futureAddToAwaitedBy(awaited, waiter);
        }
    }

    void discard(Future awaited) {
        if (waiter != null) {
            asyncio.futureDiscardFromAwaitedBy(awaited, waiter);
        }
    }
}
