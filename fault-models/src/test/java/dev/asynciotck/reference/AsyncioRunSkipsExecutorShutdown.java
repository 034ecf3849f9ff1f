package dev.asynciotck.reference;

/**
 * Fault model: asyncio.run (and Runner.close) close the loop without awaiting the default executor's shutdown,
 * as asyncio did before 3.9: asyncio.run returns while executor work still runs.
 */
public final class AsyncioRunSkipsExecutorShutdown extends SeamFault {

    public AsyncioRunSkipsExecutorShutdown() {
        super("asyncio-run-skips-executor-shutdown",
                "asyncio.run closes the loop without waiting for the default executor's work (asyncio 3.8's "
                        + "behaviour): it returns while a job it did not await still runs",
                "threads.asyncio-run.shuts-down-default-executor");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public boolean runnerAwaitsDefaultExecutor() {
                return false;
            }
        };
    }
}
