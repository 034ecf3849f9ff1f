package dev.asynciotck.interpreter.runtime.generator;

import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.runtime.object.SelfIterator;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Coroutine;
import java.util.Iterator;

/**
 * What {@code fut.__await__()} (also {@code fut.__iter__()}) or {@code coro.__await__()} returns: an iterator
 * that awaits {@code target}. Delegated to by {@code await}/{@code yield from}, it simply awaits the target through
 * the delegating generator's yields. Driven by hand ({@code send}, {@code next}), it becomes a generator whose body
 * awaits the target, so a pending future yields itself and a done one returns its result in StopIteration.
 */
public final class AwaitIterator implements PyValue, SelfIterator {

    private final Generators group;
    private final Awaitable target;
    /** Made on the first call of one of its own methods; from then on every use goes through it. */
    private PyGenerator generator;

    AwaitIterator(Generators group, Awaitable target) {
        this.group = group;
        this.target = target;
    }

    public Awaitable target() {
        return target;
    }

    /** {@code yield from} this iterator, with the delegating generator's (or awaiting coroutine's) yields. */
    Object driveIn(Yielder yielder) {
        if (generator != null) {
            return YieldFrom.driveGenerator(group, generator, yielder);
        }
        return Values.fromJava(target.awaitIn(yielder::yieldValue));
    }

    PyGenerator generator() {
        if (generator == null) {
            generator = group.generator("__await__", "__await__",
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
    @Override
    public PyClass pyClass() {
        return target instanceof Coroutine ? Generators.COROUTINE_WRAPPER : Generators.FUTURE_ITER;
    }

    @Override
    public Object pyNext() {
        return generator().send(null);
    }

    @Override
    public Iterator<Object> iterator() {
        return generator().javaIterator();
    }

    @Override
    public String toString() {
        return "<" + pyClass().name + " object at " + Values.address(this) + ">";
    }
}
