package dev.asynciotck.reference;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.Capabilities;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.RuntimeOptions;
import java.util.Set;

/**
 * The reference implementation: CPython 3.13's asyncio ported to Java, every observable ordering kept.
 * Coroutines run on virtual threads with strict hand-off; a virtual clock is available.
 */
public final class ReferenceProvider implements AsyncioProvider {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public PythonVersion asyncioVersion() {
        return ReferenceAsyncio.VERSION;
    }

    @Override
    public Set<String> capabilities() {
        return Set.of(Capabilities.VIRTUAL_CLOCK, Capabilities.THREADSAFE_CALLBACKS, Capabilities.EAGER_TASK_FACTORY,
                Capabilities.THREADS);
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        return new ReferenceAsyncio(options);
    }
}
