package dev.asynciotck.interpreter.runtime.generator;

import dev.asynciotck.interpreter.runtime.generator.GeneratorStrand.Outcome;
import dev.asynciotck.interpreter.runtime.generator.GeneratorStrand.Resumption;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.spi.AsyncGenHooks;
import dev.asynciotck.spi.AsyncGenerator;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.exceptions.GeneratorExit;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.function.Consumer;

/**
 * An asynchronous generator object (PEP 525): what calling an {@code async def} function that contains
 * {@code yield} returns. Its body runs on a {@link GeneratorStrand} and hands two kinds of values to its driver:
 * a {@link Wrapped} value for each {@code yield} (the value of the {@code __anext__()} awaitable), and whatever
 * its own awaits yield, which the awaitable passes on to the task that awaits it (CPython's
 * {@code _PyAsyncGenWrappedValue} makes the same distinction).
 *
 * <p>{@code __anext__()}, {@code asend()}, {@code athrow()} and {@code aclose()} return coroutines made with the
 * provider's {@code Asyncio.coroutine}, so that asyncio can await them or run them as tasks (in CPython they are
 * awaitables with send/throw/close, which asyncio takes for coroutines). The first of these calls runs the
 * {@code firstiter} hook in force ({@code sys.get_asyncgen_hooks()}, the running loop's while one runs): that is
 * how a loop learns of the generators it must close in {@code shutdown_asyncgens}. The {@code finalizer} hook,
 * called by CPython when it collects an unfinished generator, is never called: the interpreter keeps every
 * suspended generator alive until the program ends.
 */
public final class PyAsyncGenerator implements AsyncGenerator, PyValue {

    /** What a {@code yield} hands over, as opposed to what an {@code await} inside the body yields. */
    record Wrapped(Object value) {
    }

    private final Generators group;
    private final Runtime rt;
    final String name;
    final String qualifiedName;
    private final GeneratorStrand strand;
    private volatile PyGenerator.State state = PyGenerator.State.CREATED;
    /** {@code ag_running}: an asend/athrow/aclose of this generator is in progress (maybe suspended at an await). */
    private volatile boolean running;
    private boolean hooksInitialized;
    /** Told of each step's awaitable (3.14+, for asyncio's call graphs: see CoroutineFrames); null when none is. */
    private Consumer<Coroutine> stepTracker;

    PyAsyncGenerator(Generators group, String name, String qualifiedName, GeneratorStrand.Body body) {
        this.group = group;
        this.rt = group.rt;
        this.name = name;
        this.qualifiedName = qualifiedName;
        this.strand = group.strands.newStrand("async generator " + qualifiedName, body);
    }

    @Override
    public PyClass pyClass() {
        return Generators.ASYNC_GENERATOR;
    }

    /** Has {@code tracker} told of the awaitable of every step made from now on. */
    public void trackSteps(Consumer<Coroutine> tracker) {
        this.stepTracker = tracker;
    }

    private Coroutine tracked(Coroutine step) {
        if (stepTracker != null) {
            stepTracker.accept(step);
        }
        return step;
    }

    /** {@code agen.__anext__()}. */
    public Coroutine anext() {
        return asend(null);
    }

    /** {@code agen.asend(value)}: resumes with {@code value}; its value is the next yielded one. */
    Coroutine asend(Object value) {
        initHooks();
        return tracked(rt.asyncio().coroutine("async_generator_asend", awaiter -> step(awaiter, new Resumption.Send(value), "anext")));
    }

    /** {@code agen.athrow(exception)}: raises it at the yield; its value is the next yielded one. */
    Coroutine athrow(Throwable exception) {
        initHooks();
        return tracked(rt.asyncio().coroutine("async_generator_athrow", awaiter -> step(awaiter, new Resumption.Throw(exception), "athrow")));
    }

    /** {@code agen.aclose()}: GeneratorExit at the yield; returns None once the body has ended. */
    @Override
    public Coroutine aclose() {
        initHooks();
        return tracked(rt.asyncio().coroutine("async_generator_athrow", this::close));
    }

    /** {@code async_gen_init_hooks}: on the first call of asend/athrow/aclose, the firstiter hook gets the generator. */
    private void initHooks() {
        if (hooksInitialized) {
            return;
        }
        hooksInitialized = true;
        AsyncGenHooks hooks = rt.asyncio().getAsyncgenHooks();
        if (hooks != null && hooks.firstiter() != null) {
            hooks.firstiter().call(this);
        }
    }

    /** One asend or athrow: runs the body until it yields a value (the result) or ends (StopAsyncIteration). */
    private Object step(Awaiter awaiter, Resumption first, String method) {
        if (state == PyGenerator.State.CLOSED) {
            if (first instanceof Resumption.Throw t && method.equals("athrow")) {
                throw Generators.rethrow(t.exception());
            }
            throw Errors.of(ExceptionClasses.STOP_ASYNC_ITERATION);
        }
        if (running) {
            throw new RuntimeError(method + "(): asynchronous generator is already running");
        }
        if (state == PyGenerator.State.CREATED) {
            if (first instanceof Resumption.Throw t) {
                state = PyGenerator.State.CLOSED;
                throw Generators.rethrow(t.exception());
            }
            if (((Resumption.Send) first).value() != null) {
                throw new TypeError("can't send non-None value to a just-started async generator");
            }
        }
        running = true;
        try {
            Outcome outcome = resume(first);
            while (true) {
                switch (outcome) {
                    case Outcome.Yielded y when y.value() instanceof Wrapped w -> {
                        return w.value();
                    }
                    case Outcome.Yielded y -> outcome = passThrough(awaiter, y.value());
                    case Outcome.Returned r -> throw Errors.of(ExceptionClasses.STOP_ASYNC_ITERATION);
                    case Outcome.Raised r -> throw Generators.rethrow(guardStopIterations(r.exception()));
                }
            }
        } finally {
            running = false;
        }
    }

    /** {@code aclose()}'s body: GeneratorExit in; its finally blocks may still await through the closing task. */
    private Object close(Awaiter awaiter) {
        if (running) {
            throw new RuntimeError("aclose(): asynchronous generator is already running");
        }
        if (state == PyGenerator.State.CREATED || state == PyGenerator.State.CLOSED) {
            state = PyGenerator.State.CLOSED;
            return null;
        }
        running = true;
        try {
            Outcome outcome = resume(new Resumption.Throw(new GeneratorExit()));
            while (true) {
                switch (outcome) {
                    case Outcome.Yielded y when y.value() instanceof Wrapped w ->
                            throw new RuntimeError("async generator ignored GeneratorExit");
                    case Outcome.Yielded y -> outcome = passThrough(awaiter, y.value());
                    case Outcome.Returned r -> {
                        return null;
                    }
                    case Outcome.Raised r -> {
                        Throwable raised = r.exception();
                        if (rt.isInstance(raised, ExceptionClasses.GENERATOR_EXIT)
                                || rt.isInstance(raised, ExceptionClasses.STOP_ASYNC_ITERATION)) {
                            return null;
                        }
                        throw Generators.rethrow(guardStopIterations(raised));
                    }
                }
            }
        } finally {
            running = false;
        }
    }

    /**
     * What an await inside the body yielded goes to the task running the awaitable; what the task sends or throws
     * back goes into the body. A non-Python throwable (a host unwinding a strand) leaves the body where it is.
     */
    private Outcome passThrough(Awaiter awaiter, Object yielded) {
        Object sent;
        try {
            sent = awaiter.suspend(yielded);
        } catch (PythonException thrown) {
            return resume(new Resumption.Throw(thrown));
        }
        return resume(new Resumption.Send(sent));
    }

    /** Resumes the body; afterwards the generator is suspended if the body yielded (a value or at an await), else closed. */
    private Outcome resume(Resumption resumption) {
        if (strand.finished()) { // abandoned at the end of the program: as if closed
            state = PyGenerator.State.CLOSED;
            return resumption instanceof Resumption.Throw t ? new Outcome.Raised(t.exception()) : new Outcome.Returned(null);
        }
        Outcome outcome;
        try {
            outcome = strand.resume(resumption);
        } catch (RuntimeException | Error failure) {
            state = PyGenerator.State.CLOSED;
            throw failure;
        }
        state = outcome instanceof Outcome.Yielded ? PyGenerator.State.SUSPENDED : PyGenerator.State.CLOSED;
        return outcome;
    }

    /** PEP 479 for asynchronous generators: StopIteration and StopAsyncIteration escaping the body become RuntimeError. */
    private Throwable guardStopIterations(Throwable raised) {
        String message = rt.isInstance(raised, ExceptionClasses.STOP_ASYNC_ITERATION) ? "async generator raised StopAsyncIteration"
                : rt.isInstance(raised, ExceptionClasses.STOP_ITERATION) ? "async generator raised StopIteration" : null;
        if (message == null) {
            return raised;
        }
        return group.replacing(message, raised);
    }

    /** The generator's methods and attributes. */
    Object attribute(String attribute) {
        return switch (attribute) {
            case "__anext__" -> PyBuiltin.method(this, "__anext__", "", v -> anext());
            case "asend" -> PyBuiltin.method(this, "asend", "value", v -> asend(v[0]));
            case "athrow" -> PyBuiltin.method(this, "athrow", "typ, val=None, tb=None",
                    v -> athrow(GeneratorExceptions.thrown(rt, v[0], v[1])));
            case "aclose" -> PyBuiltin.method(this, "aclose", "", v -> aclose());
            case "__aiter__" -> PyBuiltin.method(this, "__aiter__", "", v -> this);
            case "ag_running" -> running;
            case "__name__" -> name;
            case "__qualname__" -> qualifiedName;
            default -> throw Errors.attributeError("'async_generator' object has no attribute '" + attribute + "'");
        };
    }

    @Override
    public String toString() {
        return "<async_generator object " + qualifiedName + " at " + Values.address(this) + ">";
    }
}
