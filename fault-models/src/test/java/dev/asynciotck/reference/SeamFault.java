package dev.asynciotck.reference;

import dev.asynciotck.faults.FaultModelProvider;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.RuntimeOptions;

/** A fault model that replaces one of the reference's {@link Seams}: every module it opens uses {@link #seams()}. */
abstract class SeamFault extends FaultModelProvider {

    SeamFault(String name, String deviation, String... mustBeCaughtBy) {
        super(name, deviation, mustBeCaughtBy);
    }

    /** The reference's seams with exactly one method overridden. */
    abstract Seams seams();

    @Override
    public final Asyncio open(RuntimeOptions options) {
        return new ReferenceAsyncio(options, seams());
    }
}
