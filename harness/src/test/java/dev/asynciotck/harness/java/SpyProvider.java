package dev.asynciotck.harness.java;

import dev.asynciotck.spi.Asyncio;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands between the tracer and the reference as a provider would: every SPI object it hands out is its own
 * proxy, and it notes every call whose arguments (or their elements) are tracing proxies, which a provider
 * must never receive.
 */
final class SpyProvider {

    private final Map<Object, Object> spies = new IdentityHashMap<>();
    private final Map<Object, Object> owners = new IdentityHashMap<>();
    final List<String> leaks = new ArrayList<>();
    int calls;

    Asyncio spyOn(Asyncio module) {
        return (Asyncio) spy(module);
    }

    private synchronized Object spy(Object value) {
        if (value == null || Proxy.isProxyClass(value.getClass())
                || SpiInterfaces.of(value.getClass()).length == 0) {
            return value;
        }
        return spies.computeIfAbsent(value, raw -> {
            Object proxy = Proxy.newProxyInstance(Asyncio.class.getClassLoader(), SpiInterfaces.of(raw.getClass()),
                    handlerFor(raw));
            owners.put(proxy, raw);
            return proxy;
        });
    }

    private synchronized Object own(Object value) {
        return value != null && owners.containsKey(value) ? owners.get(value) : value;
    }

    /** The value, or the elements of a list or the values of a map, as the reference's own objects. */
    private Object ownAll(Object value) {
        return switch (value) {
            case List<?> list -> list.stream().map(this::own).toList();
            case Map<?, ?> map -> {
                Map<Object, Object> owned = new java.util.LinkedHashMap<>();
                map.forEach((k, v) -> owned.put(k, own(v)));
                yield owned;
            }
            case null, default -> own(value);
        };
    }

    private InvocationHandler handlerFor(Object raw) {
        return (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("equals") ? raw.equals(own(args[0]))
                        : method.getName().equals("hashCode") ? raw.hashCode() : raw.toString();
            }
            Object[] forwarded = args == null ? null : args.clone();
            for (int i = 0; forwarded != null && i < forwarded.length; i++) {
                check(method, forwarded[i]);
                forwarded[i] = ownAll(forwarded[i]);
            }
            synchronized (this) {
                calls++;
            }
            try {
                return spy(method.invoke(raw, forwarded));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }

    private void check(Method method, Object argument) {
        List<Object> parts = new ArrayList<>();
        parts.add(argument);
        if (argument instanceof Collection<?> c) {
            parts.addAll(c);
        }
        if (argument instanceof Map<?, ?> m) {
            parts.addAll(m.values());
        }
        for (Object part : parts) {
            if (SpiTracer.isProxy(part)) {
                synchronized (this) {
                    leaks.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
                }
            }
        }
    }
}
