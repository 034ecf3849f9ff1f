package dev.asynciotck.reference;

import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.exceptions.TypeError;

/** Fault model: ensure_future (and everything built on it) refuses awaitables that are not coroutines. */
public final class EnsureFutureRejectsAwaitables extends SeamFault {

    public EnsureFutureRejectsAwaitables() {
        super("ensure-future-rejects-awaitables",
                "ensure_future accepts only futures and coroutines: an object with __await__ is refused with TypeError "
                        + "instead of being wrapped in a task, in gather, wait_for, shield and run_until_complete too",
                "awaitable.ensure-future.wraps-in-a-task", "awaitable.combinators.wrap-awaitables");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public Coroutine wrapAwaitable(ModuleState module, Awaitable awaitable) {
                throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required");
            }
        };
    }
}
