package dev.asynciotck.spi;

import java.util.Set;

/**
 * An implementation of asyncio's semantics on the JVM, discovered with {@link java.util.ServiceLoader}
 * (register the class in {@code META-INF/services/dev.asynciotck.spi.AsyncioProvider}).
 *
 * <p>A provider is stateless and thread-safe: all asyncio state lives in the {@link Asyncio} modules it
 * {@linkplain #open opens}.
 */
public interface AsyncioProvider {

    /** A stable name, unique among providers, used to select this provider (for example {@code reference}). */
    String name();

    /**
     * The asyncio version whose semantics this provider implements, for example 3.13. Scenarios tagged
     * for other versions are not applicable to it, and Python's exception hierarchy follows it.
     */
    PythonVersion asyncioVersion();

    /** Optional behaviours this provider supports; see {@link Capabilities} for the names the suite knows. */
    default Set<String> capabilities() {
        return Set.of();
    }

    /**
     * A fresh, independent {@code asyncio} module: what one Python process sees after {@code import asyncio}.
     * Nothing is shared between two opened modules. Each scenario opens one and closes it when it ends.
     */
    Asyncio open(RuntimeOptions options);
}
