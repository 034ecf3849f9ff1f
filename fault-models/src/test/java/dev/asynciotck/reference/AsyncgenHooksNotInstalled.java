package dev.asynciotck.reference;

import dev.asynciotck.spi.AsyncGenHooks;

/** Fault model: run_forever never installs the loop's asyncgen hooks, so no generator is ever the loop's. */
public final class AsyncgenHooksNotInstalled extends SeamFault {

    public AsyncgenHooksNotInstalled() {
        super("asyncgen-hooks-not-installed",
                "a running loop leaves the thread's asyncgen hooks as they were instead of installing its own, so the "
                        + "asynchronous generators iterated on it are never registered, and neither shutdown_asyncgens nor "
                        + "asyncio.run closes them",
                "asyncgen.hooks.installed-while-running", "asyncgen.shutdown.closes-the-loops-generators",
                "asyncgen.run.closes-open-generators");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public AsyncGenHooks installedAsyncgenHooks(AsyncGenHooks loopHooks, AsyncGenHooks previous) {
                return previous;
            }
        };
    }
}
