package dev.asynciotck.reports.broken;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.RuntimeOptions;

import java.util.concurrent.atomic.AtomicInteger;

/** The reference, except that every third module it opens fails: with --repeat, some scenario is flaky. */
public final class FlakyProvider extends Wrapping {

    /** Modules opened so far; tests reset it. */
    public static final AtomicInteger OPENED = new AtomicInteger();

    @Override
    public String name() {
        return "flaky-every-third";
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        if (OPENED.getAndIncrement() % 3 == 2) {
            throw new IllegalStateException("every third module fails to open");
        }
        return super.open(options);
    }
}
