package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * An instance of a program class with {@code _asyncio_future_blocking}: a Future-like object, which providers take as
 * an SPI {@link Future}. Every SPI call is a call of the program's own method of that name ({@code done()},
 * {@code add_done_callback(fn)}, ...), so the provider does with it exactly what asyncio does with such an object,
 * and nothing else: the interpreter decides nothing about it. It stays an ordinary instance for the program.
 */
public class PyFutureLikeInstance extends PyInstance implements Future {

    protected final Runtime runtime;
    /** The Python callables handed to the program for the provider's callbacks, so that removal finds them. */
    private final Map<Consumer<? super Future>, PyBuiltin> callbacks = new ConcurrentHashMap<>();

    public PyFutureLikeInstance(PyClass type, Runtime runtime) {
        super(type);
        this.runtime = runtime;
    }

    private Object attribute(String name) {
        return runtime.call(runtime.builtin("getattr"), this, name);
    }

    private Object callMethod(String name, Object... args) {
        return runtime.call(attribute(name), args);
    }

    @Override
    public Boolean asyncioFutureBlocking() {
        Object flag = runtime.call(runtime.builtin("getattr"), this, "_asyncio_future_blocking", null);
        return flag == null ? null : Values.truth(flag);
    }

    @Override
    public void setAsyncioFutureBlocking(boolean blocking) {
        runtime.call(runtime.builtin("setattr"), this, "_asyncio_future_blocking", blocking);
    }

    @Override
    public boolean done() {
        return Values.truth(callMethod("done"));
    }

    @Override
    public boolean cancelled() {
        return Values.truth(callMethod("cancelled"));
    }

    @Override
    public Object result() {
        return callMethod("result");
    }

    @Override
    public Throwable exception() {
        Object exception = callMethod("exception");
        if (exception == null || exception instanceof Throwable) {
            return (Throwable) exception;
        }
        throw new TypeError("exception() of a future-like object returned a " + runtime.typeOf(exception).name);
    }

    /** {@code cancel()}; from 3.9, where a cancel message exists, {@code cancel(msg)}. */
    @Override
    public boolean cancel(Object message) {
        return Values.truth(runtime.atLeast(3, 9) ? callMethod("cancel", message) : callMethod("cancel"));
    }

    @Override
    public void setResult(Object result) {
        callMethod("set_result", result);
    }

    @Override
    public void setException(Throwable exception) {
        callMethod("set_exception", exception);
    }

    /** {@code add_done_callback(fn)}, or {@code add_done_callback(fn, context=context)} when a context is given. */
    @Override
    public void addDoneCallback(Consumer<? super Future> callback, Context context) {
        PyBuiltin function = callbacks.computeIfAbsent(callback, c -> PyBuiltin.of("callback", "future", v -> {
            c.accept(v[0] instanceof Future future ? future : this);
            return null;
        }));
        Object method = attribute("add_done_callback");
        runtime.call(method, context == null ? Args.of(function) : new Args(List.of(function), Map.of("context", context)));
    }

    @Override
    public int removeDoneCallback(Consumer<? super Future> callback) {
        PyBuiltin function = callbacks.remove(callback);
        if (function == null) {
            return 0;
        }
        Object removed = callMethod("remove_done_callback", function);
        return removed instanceof Long count ? count.intValue() : 0;
    }

    /** {@code futures._get_loop}: {@code get_loop()} where the class has it (3.7+), else the {@code _loop} attribute. */
    @Override
    public EventLoop getLoop() {
        Object loop = runtime.atLeast(3, 7) && type.has("get_loop") ? callMethod("get_loop") : attribute("_loop");
        if (loop instanceof EventLoop eventLoop) {
            return eventLoop;
        }
        throw new TypeError("the loop of a future-like object is a " + runtime.typeOf(loop).name + ", not an event loop");
    }

    /** {@code await obj}: its {@code __await__}, if its class has one. */
    @Override
    public Object awaitIn(Awaiter awaiter) {
        if (!type.has("__await__")) {
            throw new TypeError(runtime.atLeast(3, 14) ? "'" + type.name + "' object can't be awaited"
                    : "object " + type.name + " can't be used in 'await' expression");
        }
        return runtime.awaitCustom(this, awaiter);
    }

    @Override
    public String toString() {
        return runtime.repr(this);
    }
}
