package dev.asynciotck.interpreter;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.PythonVersion;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

/** An asyncio module that only answers version questions, for tests of the language without a provider. */
final class LanguageOnlyAsyncio {

    private LanguageOnlyAsyncio() {
    }

    static Asyncio of(String version) {
        return of(version, java.util.Set.of());
    }

    /** A module of {@code version} whose {@code hasAttribute} denies the {@code missing} names. */
    static Asyncio of(String version, java.util.Set<String> missing) {
        PythonVersion v = PythonVersion.parse(version);
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "version" -> v;
            case "hasAttribute" -> !missing.contains((String) args[0]);
            case "close" -> null;
            case "toString" -> "LanguageOnlyAsyncio(" + v + ")";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> {
                if (method.isDefault()) {
                    yield InvocationHandler.invokeDefault(proxy, method, args);
                }
                throw new UnsupportedOperationException("no provider in this test: asyncio." + method.getName());
            }
        };
        return (Asyncio) Proxy.newProxyInstance(Asyncio.class.getClassLoader(), new Class<?>[] {Asyncio.class}, handler);
    }
}
