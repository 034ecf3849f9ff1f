package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.RuntimeError;

/**
 * An instance of a program's subclass of {@code asyncio.Future} (see {@link PyTaskSubclassInstance} for
 * {@code asyncio.Task}). It is one object with two halves: the program class's attributes, and the provider's future
 * that {@code Future.__init__} made ({@link #initFromArguments}) and bound to this instance ({@link Future#bindSelf}), so the
 * provider hands out this instance wherever asyncio hands out the future. An attribute is looked up in the program's
 * classes first and in the provider's future second; the SPI methods the provider calls on this instance go the same
 * way (see {@link PyFutureLikeInstance}), so an override is honoured wherever asyncio calls the method. The interpreter
 * decides nothing: what a method does is the program's or the provider's.
 */
public class PyFutureSubclassInstance extends PyFutureLikeInstance {

    /** The provider's future, null until {@code Future.__init__} ran; set once. */
    private Future provided;

    public PyFutureSubclassInstance(PyClass type, Runtime runtime) {
        super(type, runtime);
    }

    /**
     * {@code Future.__init__(self, *args, **kwargs)} / {@code Task.__init__(...)}: the provider makes this instance's
     * other half with asyncio's signature, bound to this instance before it can be seen (a task's eager first step).
     * Called again, it hands the call to the provider's half (the registered init decides, see
     * {@code AsyncioConstructors}), which keeps it.
     */
    public void initFromArguments(Runtime rt, Args args) {
        PyClass base = type.isSubclassOf(Types.TASK) ? Types.TASK : Types.FUTURE;
        Future made = rt.model().futureSubclassInitOf(base)
                .orElseThrow(() -> new RuntimeError("no constructor of asyncio." + base.name))
                .init(rt, args, this);
        // The future attached while the provider made it, or the same future as the provider returns it (a
        // tracing layer may hand the program a proxy of it).
        if (provided != null && provided != made) {
            throw new IllegalStateException(type.name + ": __init__ called again replaced the provider's future");
        }
        provided = made;
    }

    /** The provider's future {@code future} is this instance's other half (called once, as the provider makes it). */
    public void attach(Future future) {
        if (provided != null) {
            throw new IllegalStateException(type.name + " already has its provider's future");
        }
        provided = future;
    }

    /** The provider's future; CPython's C Future says the same of a subclass whose __init__ never ran. */
    public Future provided() {
        if (provided == null) {
            throw new RuntimeError("Future object is not initialized.");
        }
        return provided;
    }

    public boolean initialized() {
        return provided != null;
    }

    @Override
    public Boolean asyncioFutureBlocking() {
        return provided().asyncioFutureBlocking();
    }

    @Override
    public void setAsyncioFutureBlocking(boolean blocking) {
        provided().setAsyncioFutureBlocking(blocking);
    }

    /** {@code _asyncio_awaited_by} (3.14+): the provider's half keeps who awaits this instance. */
    @Override
    public java.util.Collection<Future> awaitedBy() {
        return provided().awaitedBy();
    }

    /** {@code get_loop()} through the program's class where it overrides it (3.7+), else the provider's loop. */
    @Override
    public EventLoop getLoop() {
        return runtime.atLeast(3, 7) && type.has("get_loop") ? super.getLoop() : provided().getLoop();
    }

    /** {@code await fut}: the program's own {@code __await__} if its class has one, else the provider's. */
    @Override
    public Object awaitIn(Awaiter awaiter) {
        return type.has("__await__") ? super.awaitIn(awaiter) : provided().awaitIn(awaiter);
    }
}
