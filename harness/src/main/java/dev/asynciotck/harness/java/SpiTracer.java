package dev.asynciotck.harness.java;

import dev.asynciotck.spi.AsyncContextManager;
import dev.asynciotck.spi.AsyncGenHooks;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Barrier;
import dev.asynciotck.spi.Condition;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.spi.Event;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.ExceptionHandler;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Handle;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.Runner;
import dev.asynciotck.spi.Semaphore;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.TaskConstructor;
import dev.asynciotck.spi.TaskFactory;
import dev.asynciotck.spi.TaskGroup;
import dev.asynciotck.spi.Timeout;
import dev.asynciotck.spi.TimerHandle;
import dev.asynciotck.spi.WaitResult;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Decorates one {@link Asyncio} module so that every SPI call the program makes is recorded in a
 * {@link SpiTrace}, without changing what the provider sees or what the program sees.
 *
 * <p>Every SPI object the provider hands out (loops, futures, tasks, handles, coroutines, queues, locks, …)
 * reaches the program as a proxy that records each call and forwards it. The proxies are canonical: one
 * provider object always gets the same proxy, so {@code current_task() is t}, set membership and {@code id()}
 * hold as without tracing. Everything handed back to the provider is unwrapped first (arguments, the elements
 * of the lists and sets given to {@code gather}/{@code wait}, the values of an exception context, what a task
 * factory or a coroutine body returns), so the provider only ever sees its own objects. Values coming out
 * (results, the elements of returned lists and sets, {@link WaitResult}s, coroutine steps) are wrapped the same
 * way. Exceptions pass through unchanged. The program's callbacks are wrapped to record when they run (see
 * {@link TracedCallbacks}); getters that return a callback return the program's own.
 *
 * <p>Program objects (the interpreter's classes) are never wrapped, and reprs in the trace never run program
 * code ({@link SafeRepr}).
 */
public final class SpiTracer {

    /** The kinds labels are made of, most specific first. */
    private static final List<Class<?>> KINDS = List.of(Task.class, Future.class, TimerHandle.class,
            Handle.class, Coroutine.class, EventLoop.class, Asyncio.class, Queue.class, Condition.class,
            Lock.class, Semaphore.class, Event.class, Barrier.class, TaskGroup.class, Timeout.class,
            AsyncContextManager.class, Awaiter.class, Awaitable.class, Runner.class);

    private static final String PROGRAM_PACKAGE = "dev.asynciotck.interpreter.";

    private final SpiTrace trace;
    private final Map<Object, Object> proxies = new IdentityHashMap<>();
    /** The proxies of program objects handed to the provider (see {@link ProgramObjectHandler}). */
    private final Map<Object, Object> programProxies = new IdentityHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    public SpiTracer(SpiTrace trace) {
        this.trace = trace;
    }

    /** {@code module} as the program should see it: every call recorded in {@code trace}. */
    public static Asyncio decorate(Asyncio module, SpiTrace trace) {
        return new SpiTracer(trace).decorate(module);
    }

    /** {@code module} as the program should see it, through this tracer. */
    public Asyncio decorate(Asyncio module) {
        return (Asyncio) wrap(module);
    }

    /**
     * The host's {@code values} as the provider should get them (in its {@code RuntimeOptions}) when its module is
     * decorated by this tracer: {@link PythonValues#id} of a provider object is the host's {@code id()} of its
     * proxy, the object the program holds, and of a program object behind a proxy the program object's; so the
     * addresses in the provider's reprs are the program's {@code id()}, as without tracing. The rest is the host's.
     */
    public PythonValues values(PythonValues host) {
        return new PythonValues() {
            @Override
            public String repr(Object value) {
                return host.repr(value);
            }

            @Override
            public String limitedRepr(Object value) {
                return host.limitedRepr(value);
            }

            @Override
            public boolean truth(Object value) {
                return host.truth(value);
            }

            @Override
            public boolean lessThan(Object a, Object b) {
                return host.lessThan(a, b);
            }

            @Override
            public long id(Object value) {
                return host.id(asProgramSeesIt(value));
            }
        };
    }

    /** The object the program holds for {@code value}: its canonical proxy, or the program object behind one. */
    private Object asProgramSeesIt(Object value) {
        if (isProgramProxy(value)) {
            return ((ProgramObjectHandler) Proxy.getInvocationHandler(value)).target();
        }
        if (value == null || isProxy(value) || isProgramObject(value)) {
            return value;
        }
        Class<?>[] interfaces = SpiInterfaces.of(value.getClass());
        return interfaces.length > 0 ? proxyFor(value, interfaces) : value;
    }

    SpiTrace trace() {
        return trace;
    }

    /** A value coming from the provider, as the program sees it. */
    Object wrap(Object value) {
        return switch (value) {
            case null -> null;
            case TracedCallbacks.Traced traced -> traced.inner();
            case WaitResult w -> new WaitResult(wrapAll(w.done()), wrapAll(w.pending()));
            case Coroutine.Step.Yielded y -> new Coroutine.Step.Yielded(wrap(y.value()));
            case Coroutine.Step.Returned r -> new Coroutine.Step.Returned(wrap(r.value()));
            case AsyncGenHooks hooks -> new AsyncGenHooks((AsyncGenHooks.Hook) wrap(hooks.firstiter()),
                    (AsyncGenHooks.Hook) wrap(hooks.finalizer()));
            default -> wrapObject(value);
        };
    }

    private Object wrapObject(Object value) {
        if (isProgramProxy(value)) {
            return ((ProgramObjectHandler) Proxy.getInvocationHandler(value)).target();
        }
        if (isProxy(value) || isProgramObject(value)) {
            return value;
        }
        Class<?>[] interfaces = SpiInterfaces.of(value.getClass());
        if (interfaces.length > 0) {
            return proxyFor(value, interfaces);
        }
        return switch (value) {
            case List<?> list -> needsWrapping(list) ? new ArrayList<>(list.stream().map(this::wrap).toList()) : list;
            case Set<?> set -> needsWrapping(set) ? wrapAll(set) : set;
            case Iterator<?> iterator -> new WrappingIterator(iterator);
            default -> value;
        };
    }

    private synchronized Object proxyFor(Object value, Class<?>[] interfaces) {
        Object proxy = proxies.get(value);
        if (proxy == null) {
            proxy = Proxy.newProxyInstance(Asyncio.class.getClassLoader(), interfaces,
                    new TracingHandler(value, newLabel(kindOf(value)), this));
            proxies.put(value, proxy);
        }
        return proxy;
    }

    @SuppressWarnings("unchecked")
    private <T> Set<T> wrapAll(Set<T> set) {
        Set<T> wrapped = new LinkedHashSet<>();
        set.forEach(item -> wrapped.add((T) wrap(item)));
        return wrapped;
    }

    private boolean needsWrapping(Iterable<?> items) {
        for (Object item : items) {
            if (item != null && wrap(item) != item) {
                return true;
            }
        }
        return false;
    }

    /** A value going to the provider: the provider's own object behind a proxy, else the value itself. */
    Object unwrap(Object value) {
        return isProxy(value) ? ((TracingHandler) Proxy.getInvocationHandler(value)).target() : value;
    }

    /**
     * A value going to the provider outside a callback parameter: a proxy unwrapped, a program object that
     * implements SPI interfaces (which the provider will call) behind its program-side proxy, else the value.
     */
    Object toProvider(Object value) {
        if (value == null || isProxy(value)) {
            return unwrap(value);
        }
        if (isProgramObject(value) && SpiInterfaces.of(value.getClass()).length > 0) {
            return programProxyFor(value);
        }
        return value;
    }

    private synchronized Object programProxyFor(Object value) {
        Object proxy = programProxies.get(value);
        if (proxy == null) {
            Class<?>[] interfaces = SpiInterfaces.of(value.getClass());
            proxy = Proxy.newProxyInstance(Asyncio.class.getClassLoader(), interfaces,
                    new ProgramObjectHandler(value, newLabel("program " + interfaces[0].getSimpleName()), this));
            programProxies.put(value, proxy);
        }
        return proxy;
    }

    private static boolean isProgramObject(Object value) {
        return value.getClass().getName().startsWith(PROGRAM_PACKAGE);
    }

    /** True for a proxy of a program object this class made. */
    static boolean isProgramProxy(Object value) {
        return value != null && Proxy.isProxyClass(value.getClass())
                && Proxy.getInvocationHandler(value) instanceof ProgramObjectHandler;
    }

    /**
     * An argument going to the provider, for a parameter of type {@code type}: unwrapped, the elements of a
     * collection or map unwrapped, and a callback wrapped to record when it runs. {@code name} labels a
     * coroutine body.
     */
    Object argument(Object value, Class<?> type, Object name) {
        if (value == null || isProxy(value)) {
            return unwrap(value);
        }
        if (isProgramProxy(value)) {
            return value;
        }
        if (type == Runnable.class && value instanceof Runnable r) {
            return new TracedCallbacks.Call(r, newLabel("callback"), this);
        }
        if (type == Consumer.class && value instanceof Consumer<?> c) {
            @SuppressWarnings("unchecked") Consumer<? super Future> callback = (Consumer<? super Future>) c;
            return new TracedCallbacks.DoneCallback(callback, newLabel("callback"), this);
        }
        if (type == ExceptionHandler.class && value instanceof ExceptionHandler h) {
            return new TracedCallbacks.Handler(h, newLabel("exception handler"), this);
        }
        if (type == TaskFactory.class && value instanceof TaskFactory f) {
            return new TracedCallbacks.Factory(f, newLabel("task factory"), this);
        }
        if (type == TaskConstructor.class && value instanceof TaskConstructor c) {
            return new TracedCallbacks.Constructor(c, newLabel("task constructor"), this);
        }
        if (type == UnaryOperator.class && value instanceof UnaryOperator<?> op) {
            // The identity of Asyncio.newTask for a program's Task subclass: the program sees the task as it sees
            // every provider object, and the provider gets the program's instance as it gets every program object.
            @SuppressWarnings("unchecked") UnaryOperator<Object> identity = (UnaryOperator<Object>) op;
            return (UnaryOperator<Object>) task -> toProvider(identity.apply(wrap(task)));
        }
        if (type == CoroutineBody.class && value instanceof CoroutineBody b) {
            return new TracedCallbacks.Body(b, "body of " + (name instanceof String s ? s : "coroutine"), this);
        }
        if (type == AsyncGenHooks.class && value instanceof AsyncGenHooks hooks) {
            return new AsyncGenHooks((AsyncGenHooks.Hook) unwrap(hooks.firstiter()),
                    (AsyncGenHooks.Hook) unwrap(hooks.finalizer()));
        }
        return switch (value) {
            case Coroutine.Step.Yielded y -> new Coroutine.Step.Yielded(toProvider(y.value()));
            case Coroutine.Step.Returned r -> new Coroutine.Step.Returned(toProvider(r.value()));
            case List<?> list when list.stream().anyMatch(item -> toProvider(item) != item) ->
                    new ArrayList<>(list.stream().map(this::toProvider).toList());
            case Set<?> set when set.stream().anyMatch(item -> toProvider(item) != item) -> {
                Set<Object> unwrapped = new LinkedHashSet<>();
                set.forEach(item -> unwrapped.add(toProvider(item)));
                yield unwrapped;
            }
            case Map<?, ?> map when map.values().stream().anyMatch(SpiTracer::isProxy) -> {
                Map<Object, Object> unwrapped = new LinkedHashMap<>();
                map.forEach((k, v) -> unwrapped.put(k, unwrap(v)));
                yield unwrapped;
            }
            default -> toProvider(value);
        };
    }

    /** An exception context from the provider, with its objects as the program sees them. */
    Map<String, Object> wrapValues(Map<String, Object> context) {
        if (context.values().stream().noneMatch(v -> v != null && wrap(v) != v)) {
            return context;
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        context.forEach((k, v) -> wrapped.put(k, wrap(v)));
        return wrapped;
    }

    /** How the trace shows {@code value}: an SPI object by its label, a callback by its label, else safely. */
    String describe(Object value) {
        try {
            return describeUnguarded(value);
        } catch (RuntimeException e) {
            return "(" + e.getClass().getSimpleName() + " describing it)";
        }
    }

    private String describeUnguarded(Object value) {
        if (isProxy(value)) {
            return ((TracingHandler) Proxy.getInvocationHandler(value)).label();
        }
        if (isProgramProxy(value)) {
            return ((ProgramObjectHandler) Proxy.getInvocationHandler(value)).label();
        }
        if (value instanceof TracedCallbacks.Traced traced) {
            return traced.label();
        }
        if (value instanceof Awaiter) {
            return "awaiter";
        }
        synchronized (this) {
            Object proxy = value == null ? null : proxies.get(value);
            if (proxy != null) {
                return describe(proxy);
            }
        }
        return SafeRepr.plain(value);
    }

    private synchronized String newLabel(String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return kind + "#" + n;
    }

    private static String kindOf(Object value) {
        for (Class<?> kind : KINDS) {
            if (kind.isInstance(value)) {
                return kind.getSimpleName();
            }
        }
        return SpiInterfaces.of(value.getClass())[0].getSimpleName();
    }

    /** True for a proxy this class made. */
    static boolean isProxy(Object value) {
        return value != null && Proxy.isProxyClass(value.getClass())
                && Proxy.getInvocationHandler(value) instanceof TracingHandler;
    }

    /** Iterates a provider's iterator, handing out its items as the program sees them. */
    private final class WrappingIterator implements Iterator<Object> {
        private final Iterator<?> inner;

        WrappingIterator(Iterator<?> inner) {
            this.inner = inner;
        }

        @Override
        public boolean hasNext() {
            return inner.hasNext();
        }

        @Override
        public Object next() {
            return wrap(inner.next());
        }
    }
}
