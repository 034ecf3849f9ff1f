package dev.asynciotck.reference;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.Capabilities;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.RuntimeOptions;
import java.util.Set;
import java.util.SortedSet;

/**
 * The reference implementation: CPython 3.13's asyncio ported to Java, every observable ordering kept; it
 * behaves as any asyncio from 3.6 to 3.15 when the options ask ({@link ReferenceVersions}).
 * Coroutines run on virtual threads with strict hand-off; a virtual clock is available.
 */
public final class ReferenceProvider implements AsyncioProvider {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public PythonVersion asyncioVersion() {
        return ReferenceVersions.DEFAULT;
    }

    /** 3.6 to 3.15: every version the suite's scenarios cover ({@link ReferenceVersions}). */
    @Override
    public SortedSet<PythonVersion> asyncioVersions() {
        return ReferenceVersions.FOLLOWED;
    }

    @Override
    public Set<String> capabilities() {
        return capabilities(ReferenceVersions.DEFAULT);
    }

    /** Eager tasks exist from 3.12 (tasks.py: {@code create_eager_task_factory}); the rest at every version. */
    @Override
    public Set<String> capabilities(PythonVersion version) {
        return version.atLeast(3, 12)
                ? Set.of(Capabilities.VIRTUAL_CLOCK, Capabilities.THREADSAFE_CALLBACKS, Capabilities.EAGER_TASK_FACTORY,
                        Capabilities.THREADS)
                : Set.of(Capabilities.VIRTUAL_CLOCK, Capabilities.THREADSAFE_CALLBACKS, Capabilities.THREADS);
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        return new ReferenceAsyncio(options);
    }
}
