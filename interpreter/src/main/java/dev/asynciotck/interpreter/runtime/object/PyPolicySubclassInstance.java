package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.EventLoopPolicy;
import dev.asynciotck.spi.exceptions.TypeError;

/**
 * An instance of a program's subclass of {@code asyncio.DefaultEventLoopPolicy} or
 * {@code asyncio.AbstractEventLoopPolicy}. One object with two halves, as {@link PyFutureSubclassInstance}: the program
 * class's attributes first, then, for a {@code DefaultEventLoopPolicy} subclass, the provider's default policy made
 * with the instance ({@link dev.asynciotck.spi.Asyncio#newDefaultEventLoopPolicy()}), which {@code super()} reaches.
 * The provider, given this instance by {@code set_event_loop_policy}, calls it through the SPI, and each call is the
 * program's method of that name, looked up as Python does: the interpreter decides nothing about when the policy is
 * asked (that is the provider's, see {@link dev.asynciotck.spi.Asyncio#getEventLoop()}).
 */
public final class PyPolicySubclassInstance extends PyInstance implements EventLoopPolicy {

    private final Runtime runtime;
    /** The provider's default policy behind this instance; null for a subclass of the abstract policy only. */
    private final EventLoopPolicy provided;

    public PyPolicySubclassInstance(PyClass type, Runtime runtime, EventLoopPolicy provided) {
        super(type);
        this.runtime = runtime;
        this.provided = provided;
    }

    /** The provider's policy half, or null when the class derives from {@code AbstractEventLoopPolicy} alone. */
    public EventLoopPolicy provided() {
        return provided;
    }

    private Object callMethod(String name, Object... args) {
        return runtime.call(runtime.call(runtime.builtin("getattr"), this, name), args);
    }

    private EventLoop loop(String method, Object value) {
        if (value == null || value instanceof EventLoop) {
            return (EventLoop) value;
        }
        throw new TypeError("the policy's " + method + "() returned a " + runtime.typeOf(value).name
                + ", not an event loop");
    }

    @Override
    public EventLoop getEventLoop() {
        return loop("get_event_loop", callMethod("get_event_loop"));
    }

    @Override
    public void setEventLoop(EventLoop loop) {
        callMethod("set_event_loop", loop);
    }

    @Override
    public EventLoop newEventLoop() {
        return loop("new_event_loop", callMethod("new_event_loop"));
    }
}
