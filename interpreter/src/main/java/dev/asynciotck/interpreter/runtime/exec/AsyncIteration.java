package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.spi.AsCompleted;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import dev.asynciotck.interpreter.runtime.asyncio.CoroutineFrames;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.generator.PyAsyncGenerator;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyIterator;
import dev.asynciotck.interpreter.runtime.operator.Attributes;

/** {@code async for}: {@code __aiter__} and awaited {@code __anext__} until StopAsyncIteration. */
final class AsyncIteration {

    private AsyncIteration() {
    }

    static Iterator<Object> iterator(ProgramRuntime rt, Object iterable, Awaiter awaiter) {
        return iterator(rt, iterable, awaiter, null);
    }

    /**
     * {@code async for} in a body whose frame is {@code live} (3.14+, else null): while it awaits an
     * {@code __anext__()} that frame's {@code cr_await} is that awaitable, for asyncio's call graphs.
     */
    static Iterator<Object> iterator(ProgramRuntime rt, Object iterable, Awaiter awaiter, CoroutineFrames.Live live) {
        if (iterable instanceof PyIterator i && i.iterator instanceof AsCompleted asCompleted
                && rt.asyncio().version().atLeast(3, 13)) {
            return asCompletedIterator(rt, asCompleted, awaiter);
        }
        if (iterable instanceof PyAsyncGenerator generator) {
            return awaitingEach(rt, PyBuiltin.method(generator, "__anext__", "", v -> generator.anext()), awaiter, live);
        }
        if (!(iterable instanceof PyInstance i) || i.type.lookup("__aiter__") == null) {
            throw new TypeError("'async for' requires an object with __aiter__ method, got " + rt.typeOf(iterable).name);
        }
        Object iterator = rt.call(Attributes.get(rt, iterable, "__aiter__"));
        if (iterator instanceof PyAsyncGenerator generator) {
            return iterator(rt, generator, awaiter, live);
        }
        if (!(iterator instanceof PyInstance it) || it.type.lookup("__anext__") == null) {
            throw new TypeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + rt.typeOf(iterator).name);
        }
        return awaitingEach(rt, Attributes.get(rt, iterator, "__anext__"), awaiter, live);
    }

    /** Awaits {@code anext()} until it raises StopAsyncIteration. */
    private static Iterator<Object> awaitingEach(ProgramRuntime rt, Object anext, Awaiter awaiter, CoroutineFrames.Live live) {
        return new Iterator<>() {
            Object pending;
            boolean ready;
            boolean done;

            public boolean hasNext() {
                if (!ready && !done) {
                    try {
                        pending = awaitStep(rt.call(anext));
                        ready = true;
                    } catch (PythonException e) {
                        PyClass cls = rt.types().classOf(e);
                        if (cls != null && cls.isSubclassOf(ExceptionClasses.STOP_ASYNC_ITERATION)) {
                            done = true;
                        } else {
                            throw e;
                        }
                    }
                }
                return ready;
            }

            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return pending;
            }

            private Object awaitStep(Object step) {
                if (live == null) {
                    return rt.awaitValue(step, awaiter);
                }
                live.awaiting = step; // cr_await, for asyncio's call graphs
                try {
                    return rt.awaitValue(step, awaiter);
                } finally {
                    live.awaiting = null;
                }
            }
        };
    }

    /** {@code async for} over as_completed's iterator (3.13+): each {@code __anext__} awaited in turn. */
    private static Iterator<Object> asCompletedIterator(ProgramRuntime rt, AsCompleted asCompleted, Awaiter awaiter) {
        return new Iterator<>() {
            public boolean hasNext() {
                return asCompleted.hasNext();
            }

            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rt.awaitValue(asCompleted.anext(), awaiter);
            }
        };
    }

    static Iterable<Object> collect(ProgramRuntime rt, Object iterable, Awaiter awaiter) {
        List<Object> items = new ArrayList<>();
        iterator(rt, iterable, awaiter).forEachRemaining(items::add);
        return items;
    }
}
