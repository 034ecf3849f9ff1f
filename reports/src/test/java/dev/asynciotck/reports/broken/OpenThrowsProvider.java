package dev.asynciotck.reports.broken;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.RuntimeOptions;

/** A provider whose factory method fails: every scenario is an error. */
public final class OpenThrowsProvider extends Wrapping {

    @Override
    public String name() {
        return "broken-open-throws";
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        throw new IllegalStateException("this provider cannot open a module");
    }
}
