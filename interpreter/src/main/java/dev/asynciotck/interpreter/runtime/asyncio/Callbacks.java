package dev.asynciotck.interpreter.runtime.asyncio;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.PythonCallback;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.ExceptionHandler;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.TaskFactory;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import dev.asynciotck.interpreter.runtime.object.Equality;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.PyBoundMethod;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/** Python callables handed to the provider as the SPI's functional interfaces. */
final class Callbacks {

    private Callbacks() {
    }

    /** Runs a Python call for the provider, remembering unsupported constructs it meets. */
    static Object guarded(Runtime rt, Object function, Args args) {
        try {
            return rt.call(function, args);
        } catch (UnsupportedConstructError e) {
            rt.recordUnsupported(e);
            throw e;
        }
    }

    /**
     * CPython's format_helpers._format_callback_source: {@code name(args) at file:line}. From 3.13 the
     * arguments are shown only in debug mode, which the interpreter never enables: {@code name() at ...}.
     */
    static String source(Runtime rt, Object function, List<Object> args) {
        StringBuilder out = new StringBuilder(describe(function)).append('(');
        if (!rt.atLeast(3, 13)) {
            for (int i = 0; i < args.size(); i++) {
                out.append(i > 0 ? ", " : "").append(Repr.repr(args.get(i)));
            }
        }
        out.append(')');
        Object target = function instanceof PyBoundMethod m ? m.function() : function;
        if (target instanceof PyFunction f) {
            out.append(" at ").append(rt.filename()).append(':').append(f.line);
        }
        return out.toString();
    }

    static String describe(Object function) {
        return switch (function) {
            case PyFunction f -> f.qualifiedName;
            case PyBoundMethod m -> m.qualifiedName();
            case PyBuiltin b -> b.name;
            case null, default -> Repr.repr(function);
        };
    }

    /** {@code call_soon(callback, *args)}: equal to another for the same function and arguments. */
    /** What a callback's Python object is: a coroutine, an {@code async def} function or method, callable or not. */
    static PythonCallback.Kind kindOf(Runtime rt, Object function) {
        if (function instanceof Coroutine) {
            return PythonCallback.Kind.COROUTINE;
        }
        if (function instanceof PyFunction f && f.isAsync()
                || function instanceof PyBoundMethod m && m.function() instanceof PyFunction g && g.isAsync()) {
            return PythonCallback.Kind.COROUTINE_FUNCTION;
        }
        return Values.truth(rt.call(rt.builtin("callable"), function))
                ? PythonCallback.Kind.CALLABLE : PythonCallback.Kind.NOT_CALLABLE;
    }

    record Call(Runtime rt, Object function, List<Object> args) implements Runnable, PythonCallback {
        @Override
        public void run() {
            guarded(rt, function, new Args(args, Map.of()));
        }

        @Override
        public Kind callbackKind() {
            return kindOf(rt, function);
        }

        @Override
        public Object callable() {
            return function;
        }

        /** What CPython prints for the callback: {@code name(args) at file:line}. */
        @Override
        public String toString() {
            return source(rt, function, args);
        }

        /** Python's {@code ==} of the callables and of the argument tuples. */
        @Override
        public boolean sameCall(PythonCallback other) {
            if (!(other instanceof Call that) || !Equality.equal(function, that.function)
                    || args.size() != that.args.size()) {
                return other == this;
            }
            for (int i = 0; i < args.size(); i++) {
                if (!Equality.equal(args.get(i), that.args.get(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code add_done_callback(fn)}: equal to another wrapping an equal Python callable (remove works). */
    record DoneCallback(Runtime rt, Object function) implements Consumer<Future> {
        @Override
        public void accept(Future future) {
            guarded(rt, function, Args.of(future));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DoneCallback d && (d.function == function
                    || (function instanceof PyBoundMethod && Objects.equals(function, d.function)));
        }

        @Override
        public int hashCode() {
            return function instanceof PyBoundMethod m ? m.hashCode() : System.identityHashCode(function);
        }

        @Override
        public String toString() {
            return source(rt, function, List.of());
        }
    }

    /** {@code loop.set_exception_handler(handler)}: handler(loop, context). */
    record Handler(Runtime rt, Object function) implements ExceptionHandler {
        @Override
        public void handle(EventLoop loop, Map<String, Object> context) {
            guarded(rt, function, Args.of(loop, PyDict.fromJava(context)));
        }
    }

    /**
     * {@code loop.set_task_factory(factory)}: {@code factory(loop, coro, **kwargs)} with the keywords the provider
     * passes on: up to 3.13 asyncio calls it with (loop, coro) (context= when given, 3.11+) and names the task
     * afterwards, so the provider passes no name; from 3.14 create_task passes name=, context= and eager_start=
     * when given (base_events.py of 3.14).
     */
    record Factory(Runtime rt, Object function) implements TaskFactory {
        @Override
        public Future create(EventLoop loop, Object coro, String name) {
            return create(loop, coro, name, null, null);
        }

        @Override
        public Future create(EventLoop loop, Object coro, String name, Context context) {
            return create(loop, coro, name, context, null);
        }

        @Override
        public Future create(EventLoop loop, Object coro, String name, Context context, Boolean eagerStart) {
            Map<String, Object> keywords = new java.util.LinkedHashMap<>();
            if (name != null) {
                keywords.put("name", name);
            }
            if (context != null) {
                keywords.put("context", context);
            }
            if (eagerStart != null) {
                keywords.put("eager_start", eagerStart);
            }
            Object result = Callbacks.guarded(rt, function, new Args(new java.util.ArrayList<>(List.of(loop, coro)), keywords));
            if (!(result instanceof Future f)) {
                throw new TypeError("a task factory must return a Future, got " + rt.typeOf(result).name);
            }
            return f;
        }
    }

    /** {@code run_in_executor(executor, fn, *args)}, {@code to_thread(fn, *args, **kwargs)}: fn's value. */
    record Function(Runtime rt, Object function, Args args) implements Supplier<Object>, PythonCallback {
        @Override
        public Object get() {
            return guarded(rt, function, args);
        }

        @Override
        public Kind callbackKind() {
            return kindOf(rt, function);
        }

        @Override
        public Object callable() {
            return function;
        }

        @Override
        public String toString() {
            return source(rt, function, args.positional());
        }
    }

    /** {@code loop_factory}: a callable that returns an event loop. */
    record LoopFactory(Runtime rt, Object function) implements Supplier<EventLoop> {
        @Override
        public EventLoop get() {
            Object loop = guarded(rt, function, Args.NONE);
            if (loop instanceof EventLoop l) {
                return l;
            }
            throw Errors.unsupported("a loop_factory that returns " + rt.typeOf(loop).name + " (not an event loop)");
        }
    }

    /** {@code Condition.wait_for(predicate)}. */
    record Predicate(Runtime rt, Object function) implements Supplier<Object> {
        @Override
        public Object get() {
            return guarded(rt, function, Args.NONE);
        }
    }

    /** The Python callable behind an SPI callback this interpreter made, or the object itself. */
    static Object unwrap(Object callback) {
        return switch (callback) {
            case Handler h -> h.function();
            case Factory f -> f.function();
            case null, default -> callback;
        };
    }
}
