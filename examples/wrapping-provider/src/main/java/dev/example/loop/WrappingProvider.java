package dev.example.loop;

import dev.asynciotck.reference.ReferenceProvider;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.RuntimeOptions;

import java.util.Set;

/**
 * An implementer's provider, as small as one can be: it hands every call to the bundled reference
 * implementation. A real provider would open its own event loop in {@link #open}. It is registered in
 * {@code META-INF/services/dev.asynciotck.spi.AsyncioProvider} and selected by its name,
 * {@value #NAME}.
 */
public final class WrappingProvider implements AsyncioProvider {

    public static final String NAME = "wrapping-example";

    private final AsyncioProvider delegate = new ReferenceProvider();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PythonVersion asyncioVersion() {
        return delegate.asyncioVersion();
    }

    @Override
    public Set<String> capabilities() {
        return delegate.capabilities();
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        return delegate.open(options);
    }
}
