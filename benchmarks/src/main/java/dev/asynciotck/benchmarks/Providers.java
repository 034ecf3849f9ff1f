package dev.asynciotck.benchmarks;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.RuntimeOptions;
import java.util.ServiceLoader;

/** Finds a provider through {@link ServiceLoader}, as the suite does: the benchmarks see the SPI only. */
public final class Providers {

    private Providers() {
    }

    /** The provider called {@code name} (for example {@code reference}). */
    public static AsyncioProvider named(String name) {
        for (AsyncioProvider provider : ServiceLoader.load(AsyncioProvider.class)) {
            if (provider.name().equals(name)) {
                return provider;
            }
        }
        throw new IllegalArgumentException("no asyncio provider named '" + name + "' on the class path");
    }

    /** A fresh module of that provider with a real clock (as the Python side has). */
    public static Asyncio open(String name) {
        return named(name).open(RuntimeOptions.defaults());
    }
}
