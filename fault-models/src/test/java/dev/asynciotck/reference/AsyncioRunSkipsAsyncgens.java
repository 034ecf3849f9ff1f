package dev.asynciotck.reference;

import dev.asynciotck.spi.EventLoop;

/** Fault model: asyncio.run closes its loop without shutting down the asynchronous generators left open. */
public final class AsyncioRunSkipsAsyncgens extends SeamFault {

    public AsyncioRunSkipsAsyncgens() {
        super("asyncio-run-skips-asyncgens",
                "asyncio.run cancels the tasks left over and closes the loop without calling shutdown_asyncgens, so "
                        + "an asynchronous generator left suspended never runs its finally block",
                "asyncgen.run.closes-open-generators");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public void shutdownAsyncgensAtRunEnd(EventLoop loop) {
                // skipped
            }
        };
    }
}
