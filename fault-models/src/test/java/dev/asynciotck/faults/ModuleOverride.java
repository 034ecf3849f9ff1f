package dev.asynciotck.faults;

import dev.asynciotck.spi.Asyncio;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;

/**
 * An {@code asyncio} module that is another module in every respect but one function: a fault model's way to
 * change a module-level function ({@code sleep}, {@code gather}, {@code wait_for}, {@code Queue}, the exception
 * hierarchy) without touching the module's internals, which keep using the original.
 */
public final class ModuleOverride {

    /** The replacement of one {@link Asyncio} method: its arguments in, its result out. */
    @FunctionalInterface
    public interface Replacement {
        Object call(Object[] args) throws Throwable;
    }

    private ModuleOverride() {
    }

    /**
     * {@code module} with its method {@code methodName} answered by {@code replacement}.
     *
     * @throws IllegalArgumentException if {@link Asyncio} has no method of that name
     */
    public static Asyncio of(Asyncio module, String methodName, Replacement replacement) {
        if (Arrays.stream(Asyncio.class.getMethods()).noneMatch(m -> m.getName().equals(methodName))) {
            throw new IllegalArgumentException("Asyncio has no method " + methodName);
        }
        return (Asyncio) Proxy.newProxyInstance(ModuleOverride.class.getClassLoader(), new Class<?>[]{Asyncio.class},
                (proxy, method, args) -> {
                    if (method.getName().equals(methodName)) {
                        return replacement.call(args == null ? new Object[0] : args);
                    }
                    try {
                        return method.invoke(module, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
