package dev.asynciotck.harness.java;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.ConcurrentExecutor;
import dev.asynciotck.spi.ConcurrentFuture;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.PythonHost;
import dev.asynciotck.spi.PythonValues;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SPI interfaces a provider class implements, the ones a tracing proxy for it implements too. Interfaces
 * the program's runtime implements (contexts, concurrent futures and executors, the host itself) are not
 * among them: such objects pass through unwrapped, so the program gets its own objects back.
 */
final class SpiInterfaces {

    private static final String SPI_PACKAGE = Asyncio.class.getPackageName();
    private static final Set<Class<?>> HOST_SIDE = Set.of(Context.class, ConcurrentFuture.class,
            ConcurrentExecutor.class, PythonHost.class, PythonValues.class);
    private static final ConcurrentHashMap<Class<?>, Class<?>[]> CACHE = new ConcurrentHashMap<>();

    private SpiInterfaces() {
    }

    /** Every interface of {@code type} (its superclasses' and superinterfaces' included) in the SPI package. */
    static Class<?>[] of(Class<?> type) {
        return CACHE.computeIfAbsent(type, SpiInterfaces::collect);
    }

    private static Class<?>[] collect(Class<?> type) {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            addSpi(c.getInterfaces(), found);
        }
        return found.toArray(Class<?>[]::new);
    }

    private static void addSpi(Class<?>[] interfaces, Set<Class<?>> found) {
        for (Class<?> i : interfaces) {
            if (i.getPackageName().equals(SPI_PACKAGE) && !HOST_SIDE.contains(i)) {
                found.add(i);
            }
            addSpi(i.getInterfaces(), found);
        }
    }
}
