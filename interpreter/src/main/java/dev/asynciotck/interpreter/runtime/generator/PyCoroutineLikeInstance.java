package dev.asynciotck.interpreter.runtime.generator;

import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.exceptions.PythonException;

/**
 * An instance of a program class that has {@code send}, {@code throw}, {@code close} and {@code __await__}: a
 * {@code collections.abc.Coroutine}, which asyncio takes for a coroutine ({@code iscoroutine} is true, a task
 * drives it). Handed to the provider as an SPI {@link Coroutine} whose protocol calls the program's methods:
 * a value returned by {@code send}/{@code throw} is a yield, a StopIteration they raise is the return.
 */
public final class PyCoroutineLikeInstance extends PyInstance implements Coroutine {

    private final Generators group;
    private final Runtime runtime;
    private volatile State state = State.CREATED;

    PyCoroutineLikeInstance(PyClass type, Generators group) {
        super(type);
        this.group = group;
        this.runtime = group.rt;
    }

    /** Whether instances of {@code cls} follow the coroutine protocol. */
    static boolean isCoroutineClass(PyClass cls) {
        return cls.has("__await__") && cls.has("send") && cls.has("throw") && cls.has("close");
    }

    @Override
    public String name() {
        return type.qualifiedName;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public Step send(Object value) {
        return step(() -> runtime.call(Attributes.get(runtime, this, "send"), value));
    }

    @Override
    public Step throwInto(Throwable exception) {
        return step(() -> runtime.call(Attributes.get(runtime, this, "throw"), exception));
    }

    @Override
    public void close() {
        runtime.call(Attributes.get(runtime, this, "close"));
        state = State.CLOSED;
    }

    private Step step(java.util.function.Supplier<Object> call) {
        state = State.RUNNING;
        try {
            Object yielded = call.get();
            state = State.SUSPENDED;
            return new Step.Yielded(yielded);
        } catch (PythonException e) {
            state = State.CLOSED;
            if (runtime.isInstance(e, ExceptionClasses.STOP_ITERATION)) {
                return new Step.Returned(Attributes.get(runtime, e, "value"));
            }
            throw e;
        } catch (RuntimeException | Error e) {
            state = State.CLOSED;
            throw e;
        }
    }

    @Override
    public Object awaitIn(Awaiter awaiter) {
        return group.awaitIterator(runtime.call(type.lookup("__await__"), this), awaiter::suspend);
    }
}
