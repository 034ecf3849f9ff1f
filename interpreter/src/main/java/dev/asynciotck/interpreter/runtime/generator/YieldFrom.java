package dev.asynciotck.interpreter.runtime.generator;

import dev.asynciotck.interpreter.runtime.generator.GeneratorStrand.Outcome;
import dev.asynciotck.interpreter.runtime.generator.GeneratorStrand.Resumption;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.interpreter.runtime.operator.Iteration;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.Iterator;

/**
 * Delegation to a sub-iterator (PEP 380): {@code yield from x} in a generator, and {@code await obj} where
 * {@code obj.__await__()} returned an iterator. Every value the sub-iterator yields goes out through the
 * delegator's {@link Yielder} (for {@code await}, the awaiting coroutine's suspension, so it reaches the task);
 * what comes back is sent or thrown into the sub-iterator; its return value is the expression's value. A
 * GeneratorExit thrown into the delegator closes the sub-iterator first. A throwable that is no Python exception
 * (a host unwinding a strand) passes through without touching the sub-iterator.
 */
final class YieldFrom {

    private YieldFrom() {
    }

    /** {@code yield from iterable}. */
    static Object delegate(Generators group, Object iterable, Yielder yielder) {
        Runtime rt = group.rt;
        return switch (iterable) {
            case Coroutine c -> throw new TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            case PyGenerator g -> driveGenerator(group, g, yielder);
            case AwaitIterator a -> a.driveIn(yielder);
            case Future f -> group.awaitIterator(f).driveIn(yielder);
            case PyInstance i when i.type.lookup("__iter__") == null && i.type.lookup("__next__") != null ->
                    driveObject(rt, i, yielder);
            case PyInstance i when i.type.lookup("__iter__") != null -> {
                Object it = rt.call(Attributes.get(rt, i, "__iter__"));
                yield it == i && i.type.lookup("__next__") != null ? driveObject(rt, i, yielder) : delegate(group, it, yielder);
            }
            default -> {
                Iterator<Object> items = Iteration.iterator(rt, iterable);
                while (items.hasNext()) {
                    yielder.yieldValue(items.next());
                }
                yield null;
            }
        };
    }

    /** {@code await obj} where {@code obj.__await__()} returned {@code iterator}. */
    static Object await(Generators group, Object iterator, Yielder yielder) {
        Runtime rt = group.rt;
        return switch (iterator) {
            case AwaitIterator a -> a.driveIn(yielder);
            case PyGenerator g -> driveGenerator(group, g, yielder);
            case Coroutine c -> throw new TypeError("__await__() returned a coroutine");
            case PyInstance i when i.type.lookup("__next__") != null -> driveObject(rt, i, yielder);
            case null, default -> throw new TypeError("__await__() returned non-iterator of type '"
                    + rt.typeOf(iterator).name + "'");
        };
    }

    static Object driveGenerator(Generators group, PyGenerator generator, Yielder yielder) {
        Runtime rt = group.rt;
        Outcome outcome = generator.resume(new Resumption.Send(null));
        while (true) {
            switch (outcome) {
                case Outcome.Yielded y -> {
                    Object sent;
                    try {
                        sent = yielder.yieldValue(y.value());
                    } catch (PythonException thrown) {
                        if (rt.isInstance(thrown, ExceptionClasses.GENERATOR_EXIT)) {
                            generator.close();
                            throw thrown;
                        }
                        outcome = generator.resume(new Resumption.Throw(thrown));
                        continue;
                    }
                    outcome = generator.resume(new Resumption.Send(sent));
                }
                case Outcome.Returned r -> {
                    return r.value();
                }
                case Outcome.Raised r -> throw Generators.rethrow(r.exception());
            }
        }
    }

    /** A program object with {@code __next__} (and maybe {@code send}, {@code throw}, {@code close}). */
    private static Object driveObject(Runtime rt, PyInstance iterator, Yielder yielder) {
        Object next = Attributes.get(rt, iterator, "__next__");
        Object send = iterator.type.lookup("send") != null ? Attributes.get(rt, iterator, "send") : null;
        Object throwMethod = iterator.type.lookup("throw") != null ? Attributes.get(rt, iterator, "throw") : null;
        Object yielded;
        try {
            yielded = rt.call(next);
        } catch (PythonException e) {
            return stopValue(rt, e);
        }
        while (true) {
            Object sent;
            try {
                sent = yielder.yieldValue(yielded);
            } catch (PythonException thrown) {
                if (rt.isInstance(thrown, ExceptionClasses.GENERATOR_EXIT)) {
                    if (iterator.type.lookup("close") != null) {
                        rt.call(Attributes.get(rt, iterator, "close"));
                    }
                    throw thrown;
                }
                if (throwMethod == null) {
                    throw thrown;
                }
                try {
                    yielded = rt.call(throwMethod, thrown);
                } catch (PythonException e) {
                    return stopValue(rt, e);
                }
                continue;
            }
            try {
                yielded = sent == null || send == null ? rt.call(next) : rt.call(send, sent);
            } catch (PythonException e) {
                return stopValue(rt, e);
            }
        }
    }

    /** The value of a StopIteration that ends a delegation; any other exception propagates. */
    private static Object stopValue(Runtime rt, PythonException e) {
        if (!rt.isInstance(e, ExceptionClasses.STOP_ITERATION)) {
            throw e;
        }
        return Attributes.get(rt, e, "value");
    }
}
