package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Awaiter;

/** An instance of a program class with {@code __await__}: an SPI {@link Awaitable} providers can take. */
public final class PyAwaitableInstance extends PyInstance implements Awaitable {

    private final Runtime runtime;

    public PyAwaitableInstance(PyClass type, Runtime runtime) {
        super(type);
        this.runtime = runtime;
    }

    @Override
    public Object awaitIn(Awaiter awaiter) {
        return runtime.awaitCustom(this, awaiter);
    }
}
