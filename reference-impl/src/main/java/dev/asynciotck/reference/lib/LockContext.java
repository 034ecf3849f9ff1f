package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.AsyncContextManager;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Coroutine;

/**
 * {@code locks._ContextManagerMixin}: {@code async with} acquires on entry (binding None) and releases on
 * exit, never suppressing an exception.
 */
interface LockContext extends AsyncContextManager {

    Asyncio asyncio();

    Coroutine acquire();

    void release();

    @Override
    default Awaitable aenter() {
        return asyncio().coroutine("_ContextManagerMixin.__aenter__", awaiter -> {
            awaiter.await(acquire());
            return null;
        });
    }

    @Override
    default Awaitable aexit(Throwable exception) {
        return asyncio().coroutine("_ContextManagerMixin.__aexit__", awaiter -> {
            release();
            return null;
        });
    }
}
