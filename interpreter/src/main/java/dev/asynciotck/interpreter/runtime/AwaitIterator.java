package dev.asynciotck.interpreter.runtime;

import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Coroutine;

/**
 * What {@code fut.__await__()} (also {@code fut.__iter__()}) or {@code coro.__await__()} returns: an iterator
 * that awaits {@code target}. Delegated to by {@code await}/{@code yield from}, it simply awaits the target through
 * the delegating generator's yields. Driven by hand ({@code send}, {@code next}), it becomes a generator whose body
 * awaits the target, so a pending future yields itself and a done one returns its result in StopIteration.
 */
public final class AwaitIterator {

    private final Runtime rt;
    private final Awaitable target;
    /** Made on the first call of one of its own methods; from then on every use goes through it. */
    private PyGenerator generator;

    public AwaitIterator(Runtime rt, Awaitable target) {
        this.rt = rt;
        this.target = target;
    }

    public Awaitable target() {
        return target;
    }

    /** {@code yield from} this iterator, with the delegating generator's (or awaiting coroutine's) yields. */
    Object driveIn(Yielder yielder) {
        if (generator != null) {
            return YieldFrom.driveGenerator(rt, generator, yielder);
        }
        return Values.fromJava(target.awaitIn(yielder::yieldValue));
    }

    PyGenerator generator() {
        if (generator == null) {
            generator = new PyGenerator(rt, "__await__", "__await__",
                    strand -> Values.fromJava(target.awaitIn(strand::yieldValue)));
        }
        return generator;
    }

    Object attribute(String name) {
        if (name.equals("__iter__")) {
            return PyBuiltin.method(this, name, "", v -> this);
        }
        return generator().attribute(name);
    }

    /** CPython's types: {@code _asyncio.FutureIter} for a future, {@code coroutine_wrapper} for a coroutine. */
    String typeName() {
        return target instanceof Coroutine ? "coroutine_wrapper" : "FutureIter";
    }

    @Override
    public String toString() {
        return "<" + typeName() + " object at " + Values.address(this) + ">";
    }
}
