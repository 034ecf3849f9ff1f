package dev.asynciotck.reports.broken;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.RuntimeOptions;

/** The reference, but every module it opens starts a platform thread that outlives the scenario. */
public final class LeakyProvider extends Wrapping {

    @Override
    public String name() {
        return "leaky-threads";
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        Thread.ofPlatform().daemon().name("leaky watchdog").start(() -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException ignored) {
                // ends early only when interrupted
            }
        });
        return super.open(options);
    }
}
