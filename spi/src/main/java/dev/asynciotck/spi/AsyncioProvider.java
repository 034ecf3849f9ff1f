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

    /**
     * Every asyncio version this provider can behave as, when {@link RuntimeOptions#asyncioVersion()} asks for
     * one (the target {@code NAME@3.X}); it contains {@link #asyncioVersion()}. The default, for a provider
     * that implements one version only, is that version: asking such a provider for another is a usage error
     * the harness reports before anything runs.
     */
    default java.util.SortedSet<PythonVersion> asyncioVersions() {
        return new java.util.TreeSet<>(Set.of(asyncioVersion()));
    }

    /**
     * The capabilities of a module opened at {@code version} (one of {@link #asyncioVersions()}); by
     * default {@link #capabilities()}.
     */
    default Set<String> capabilities(PythonVersion version) {
        return capabilities();
    }

    /** Optional behaviours this provider supports; see {@link Capabilities} for the names the suite knows. */
    default Set<String> capabilities() {
        return Set.of();
    }

    /**
     * A fresh, independent {@code asyncio} module: what one Python process sees after {@code import asyncio}.
     * Nothing is shared between two opened modules. Each scenario opens one and closes it when it ends.
     * The module behaves as {@link RuntimeOptions#asyncioVersion()} when one is given (its
     * {@link Asyncio#version()} is then that version), else as {@link #asyncioVersion()}.
     *
     * @throws IllegalArgumentException when the options ask for a version not in {@link #asyncioVersions()}
     */
    Asyncio open(RuntimeOptions options);
}
