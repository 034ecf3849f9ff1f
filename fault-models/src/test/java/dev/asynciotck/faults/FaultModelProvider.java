package dev.asynciotck.faults;

import dev.asynciotck.reference.ReferenceProvider;
import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.harness.FaultModel;

import java.util.Set;

/**
 * A fault model: a provider that is the reference implementation with exactly one deviation, which the gate
 * must reject, each rule it names having at least one failing scenario. It declares the reference's asyncio
 * version (3.13) and capabilities, so the same scenarios apply to it as to the reference.
 *
 * <p>Subclasses are public with a no-argument constructor (they are found with {@link java.util.ServiceLoader})
 * and implement {@link #open} with the reference plus their one change.
 */
public abstract class FaultModelProvider implements AsyncioProvider, FaultModel {

    /** The prefix of every fault model's provider name. */
    public static final String PREFIX = "fault-";

    private static final AsyncioProvider REFERENCE = new ReferenceProvider();

    private final String name;
    private final String deviation;
    private final Set<String> mustBeCaughtBy;

    /**
     * @param name           the provider name without {@link #PREFIX}
     * @param deviation      the one deviation, in a sentence
     * @param mustBeCaughtBy rule IDs each of which must have a failing scenario on this model
     */
    protected FaultModelProvider(String name, String deviation, String... mustBeCaughtBy) {
        this.name = PREFIX + name;
        this.deviation = deviation;
        this.mustBeCaughtBy = Set.of(mustBeCaughtBy);
    }

    /** The reference provider, whose modules the models change. */
    protected static AsyncioProvider reference() {
        return REFERENCE;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final PythonVersion asyncioVersion() {
        return REFERENCE.asyncioVersion();
    }

    @Override
    public final Set<String> capabilities() {
        return REFERENCE.capabilities();
    }

    @Override
    public final String deviation() {
        return deviation;
    }

    @Override
    public final Set<String> mustBeCaughtBy() {
        return mustBeCaughtBy;
    }
}
