package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.operator.Attributes;

/** {@code async for}: {@code __aiter__} and awaited {@code __anext__} until StopAsyncIteration. */
final class AsyncIteration {

    private AsyncIteration() {
    }

    static Iterator<Object> iterator(ProgramRuntime rt, Object iterable, Awaiter awaiter) {
        if (!(iterable instanceof PyInstance i) || i.type.lookup("__aiter__") == null) {
            throw new TypeError("'async for' requires an object with __aiter__ method, got " + rt.typeOf(iterable).name);
        }
        Object iterator = rt.call(Attributes.get(rt, iterable, "__aiter__"));
        if (!(iterator instanceof PyInstance it) || it.type.lookup("__anext__") == null) {
            throw new TypeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + rt.typeOf(iterator).name);
        }
        Object anext = Attributes.get(rt, iterator, "__anext__");
        return new Iterator<>() {
            Object pending;
            boolean ready;
            boolean done;

            public boolean hasNext() {
                if (!ready && !done) {
                    try {
                        pending = rt.awaitValue(rt.call(anext), awaiter);
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
        };
    }

    static Iterable<Object> collect(ProgramRuntime rt, Object iterable, Awaiter awaiter) {
        List<Object> items = new ArrayList<>();
        iterator(rt, iterable, awaiter).forEachRemaining(items::add);
        return items;
    }
}
