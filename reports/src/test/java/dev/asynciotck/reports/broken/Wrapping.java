package dev.asynciotck.reports.broken;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.RuntimeOptions;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Test providers built on the reference: an {@link Asyncio} proxy that delegates everything to the reference's
 * module, passing every {@link EventLoop} it hands out through a wrapper (the same wrapper for the same loop),
 * and unwrapping loops passed back in.
 */
abstract class Wrapping implements AsyncioProvider {

    static AsyncioProvider reference() {
        return ServiceLoader.load(AsyncioProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("reference")).findFirst().orElseThrow();
    }

    @Override
    public PythonVersion asyncioVersion() {
        return reference().asyncioVersion();
    }

    @Override
    public Set<String> capabilities() {
        return reference().capabilities();
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        return wrap(reference().open(options), this::wrapLoop);
    }

    /** The loop programs see in place of {@code loop}; by default {@code loop} itself. */
    EventLoop wrapLoop(EventLoop loop) {
        return loop;
    }

    static Asyncio wrap(Asyncio module, UnaryOperator<EventLoop> wrapper) {
        Map<EventLoop, EventLoop> wrapped = new IdentityHashMap<>();
        Map<Object, Object> unwrapped = new IdentityHashMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            Object[] real = args == null ? null : args.clone();
            if (real != null) {
                for (int i = 0; i < real.length; i++) {
                    synchronized (unwrapped) {
                        real[i] = unwrapped.getOrDefault(real[i], real[i]);
                    }
                }
            }
            Object result = invoke(module, method, real);
            if (result instanceof EventLoop loop) {
                synchronized (unwrapped) {
                    EventLoop outer = wrapped.computeIfAbsent(loop, wrapper);
                    unwrapped.put(outer, loop);
                    return outer;
                }
            }
            return result;
        };
        return (Asyncio) Proxy.newProxyInstance(Wrapping.class.getClassLoader(), new Class<?>[]{Asyncio.class}, handler);
    }

    static EventLoop loopProxy(EventLoop loop, InvocationHandler override) {
        return (EventLoop) Proxy.newProxyInstance(Wrapping.class.getClassLoader(), new Class<?>[]{EventLoop.class},
                override);
    }

    static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
