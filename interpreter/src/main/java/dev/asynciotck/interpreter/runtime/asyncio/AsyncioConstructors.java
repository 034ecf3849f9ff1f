package dev.asynciotck.interpreter.runtime.asyncio;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.Task;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.PyFutureSubclassInstance;
import dev.asynciotck.interpreter.runtime.object.Values;

/** Calling asyncio's classes: {@code asyncio.Future()}, {@code asyncio.Queue(maxsize)}, ... */
public final class AsyncioConstructors {

    private AsyncioConstructors() {
    }

    private static Object[] bind(String name, String signature, Args args) {
        return ArgumentBinder.bind(name, ArgumentBinder.parse(signature), args);
    }

    public static Object future(Runtime rt, Args args) {
        Object[] v = bind("Future", "*, loop=None", args);
        return rt.asyncio().newFuture(SpiArguments.loop(rt, v[0]));
    }

    /** {@code Future.__init__(self, *, loop=None)} of a program subclass instance. */
    public static Future futureOfSubclass(Runtime rt, Args args, PyFutureSubclassInstance self) {
        if (self.initialized()) {
            bind("Future", "*, loop=None", args);
            return initAgain(rt, self, "Future");
        }
        Future future = (Future) future(rt, args);
        self.attach(future);
        future.bindSelf(self);
        return future;
    }

    /** {@code Task.__init__(self, coro, ...)} of a program subclass instance, bound before any step runs. */
    public static Future taskOfSubclass(Runtime rt, Args args, PyFutureSubclassInstance self) {
        Object[] v = bind("Task", "coro, *, loop=None, name=None, context=None, eager_start=?", args);
        if (self.initialized()) {
            return initAgain(rt, self, "Task");
        }
        Context context = SpiArguments.context(rt, v[3], "Task", 11);
        if (!(self instanceof Task program)) {
            throw new IllegalArgumentException("a Task subclass instance was expected");
        }
        return rt.asyncio().newTask(v[0], SpiArguments.loop(rt, v[1]), SpiArguments.optionalString(v[2]),
                !ArgumentBinder.absent(v[4]) && Values.truth(v[4]), context, task -> {
                    self.attach(task);
                    return program;
                });
    }

    /**
     * {@code __init__} called again on a subclass instance already made: from 3.15 the provider's half decides
     * ({@link Future#initAgain}: asyncio refuses); before, CPython re-initialised the object in place, which the
     * subset does not offer.
     */
    private static Future initAgain(Runtime rt, PyFutureSubclassInstance self, String base) {
        if (!rt.atLeast(3, 15)) {
            throw Errors.unsupported("calling " + base + ".__init__ again before 3.15");
        }
        self.provided().initAgain();
        return self.provided();
    }

    public static Object task(Runtime rt, Args args) {
        Object[] v = bind("Task", "coro, *, loop=None, name=None, context=None, eager_start=?", args);
        Context context = SpiArguments.context(rt, v[3], "Task", 11);
        if (ArgumentBinder.absent(v[4]) && context == null) {
            return rt.asyncio().newTask(v[0], SpiArguments.loop(rt, v[1]), SpiArguments.optionalString(v[2]));
        }
        return rt.asyncio().newTask(v[0], SpiArguments.loop(rt, v[1]), SpiArguments.optionalString(v[2]),
                !ArgumentBinder.absent(v[4]) && Values.truth(v[4]), context);
    }

    public static Object queue(Runtime rt, Args args) {
        Object[] v = bind("Queue", "maxsize=0, *, loop=?", args);
        SpiArguments.noLoop(rt, v[1], "Queue");
        return rt.asyncio().queue(v[0]); // maxsize as given (see Queue)
    }

    public static Object lifoQueue(Runtime rt, Args args) {
        Object[] v = bind("LifoQueue", "maxsize=0, *, loop=?", args);
        SpiArguments.noLoop(rt, v[1], "LifoQueue");
        return rt.asyncio().lifoQueue(v[0]); // maxsize as given (see Queue)
    }

    public static Object priorityQueue(Runtime rt, Args args) {
        Object[] v = bind("PriorityQueue", "maxsize=0, *, loop=?", args);
        SpiArguments.noLoop(rt, v[1], "PriorityQueue");
        return rt.asyncio().priorityQueue(v[0]); // maxsize as given (see Queue)
    }

    public static Object event(Runtime rt, Args args) {
        SpiArguments.noLoop(rt, bind("Event", "*, loop=?", args)[0], "Event");
        return rt.asyncio().event();
    }

    public static Object lock(Runtime rt, Args args) {
        SpiArguments.noLoop(rt, bind("Lock", "*, loop=?", args)[0], "Lock");
        return rt.asyncio().lock();
    }

    public static Object semaphore(Runtime rt, Args args) {
        Object[] v = bind("Semaphore", "value=1, *, loop=?", args);
        SpiArguments.noLoop(rt, v[1], "Semaphore");
        return rt.asyncio().semaphore(SpiArguments.count(rt, v[0], "value"));
    }

    public static Object boundedSemaphore(Runtime rt, Args args) {
        Object[] v = bind("BoundedSemaphore", "value=1, *, loop=?", args);
        SpiArguments.noLoop(rt, v[1], "BoundedSemaphore");
        return rt.asyncio().boundedSemaphore(SpiArguments.count(rt, v[0], "value"));
    }

    public static Object condition(Runtime rt, Args args) {
        Object[] v = bind("Condition", "lock=None, *, loop=?", args);
        SpiArguments.noLoop(rt, v[1], "Condition");
        if (v[0] != null && !(v[0] instanceof Lock)) {
            throw Errors.typeError("expected an asyncio.Lock, got " + rt.typeOf(v[0]).name);
        }
        return rt.asyncio().condition((Lock) v[0]);
    }

    public static Object barrier(Runtime rt, Args args) {
        Object[] v = bind("Barrier", "parties", args);
        return rt.asyncio().barrier(SpiArguments.count(rt, v[0], "parties"));
    }

    /** {@code asyncio.Runner(*, debug=None, loop_factory=None)} (3.11+). */
    public static Object runner(Runtime rt, Args args) {
        Object[] v = bind("Runner", "*, debug=None, loop_factory=None", args);
        return rt.asyncio().runner(v[0] == null ? null : Values.truth(v[0]),
                v[1] == null ? null : new Callbacks.LoopFactory(rt, v[1]));
    }

    public static Object taskGroup(Runtime rt, Args args) {
        bind("TaskGroup", "", args);
        return rt.asyncio().taskGroup();
    }
}
