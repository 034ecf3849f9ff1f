package dev.asynciotck.harness.java;

import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.CodeLocation;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.ExceptionHandler;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonCallback;
import dev.asynciotck.spi.TaskConstructor;
import dev.asynciotck.spi.TaskFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The program's callbacks as the provider receives them under tracing: each records that the provider called
 * it, hands the provider's objects to the program wrapped (so the program sees the same objects it holds),
 * and hands what the program returns back unwrapped. Equality, hash code and {@code toString()} are the
 * wrapped callback's, so a provider that removes a callback by equality, or shows it in a repr, behaves
 * exactly as without tracing.
 */
final class TracedCallbacks {

    private TracedCallbacks() {
    }

    /** A callback the tracer wrapped; {@link #inner()} is the program's own. */
    sealed interface Traced permits Call, DoneCallback, Handler, Factory, Constructor, Body {
        Object inner();

        String label();
    }

    /** {@code call_soon}/{@code call_later}/{@code call_at} callbacks. */
    record Call(Runnable inner, String label, SpiTracer tracer) implements Runnable, PythonCallback, Traced {
        /** What the program's callback stands for, so that debug mode checks the same thing as without tracing. */
        @Override
        public Kind callbackKind() {
            return inner instanceof PythonCallback python ? python.callbackKind() : Kind.CALLABLE;
        }

        @Override
        public Object callable() {
            return inner instanceof PythonCallback python ? python.callable() : inner;
        }

        /** Compares the program's callbacks behind the two traced ones, as without tracing. */
        @Override
        public boolean sameCall(PythonCallback other) {
            if (other instanceof Call that && inner instanceof PythonCallback python
                    && that.inner instanceof PythonCallback theirs) {
                return python.sameCall(theirs);
            }
            return this == other;
        }

        @Override
        public void run() {
            tracer.trace().event("run " + label);
            try {
                inner.run();
            } catch (RuntimeException | Error e) {
                tracer.trace().event(label + " raised " + SafeRepr.exception(e));
                throw e;
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Traced t ? inner.equals(t.inner()) : inner.equals(other);
        }

        @Override
        public int hashCode() {
            return inner.hashCode();
        }

        @Override
        public String toString() {
            return inner.toString();
        }
    }

    /** {@code add_done_callback} callbacks. */
    record DoneCallback(Consumer<? super Future> inner, String label, SpiTracer tracer)
            implements Consumer<Future>, Traced {
        @Override
        public void accept(Future future) {
            Future shown = (Future) tracer.wrap(future);
            tracer.trace().event("run " + label + "(" + tracer.describe(shown) + ")");
            try {
                inner.accept(shown);
            } catch (RuntimeException | Error e) {
                tracer.trace().event(label + " raised " + SafeRepr.exception(e));
                throw e;
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Traced t ? inner.equals(t.inner()) : inner.equals(other);
        }

        @Override
        public int hashCode() {
            return inner.hashCode();
        }

        @Override
        public String toString() {
            return inner.toString();
        }
    }

    /** {@code set_exception_handler} handlers. */
    record Handler(ExceptionHandler inner, String label, SpiTracer tracer) implements ExceptionHandler, Traced {
        @Override
        public void handle(EventLoop loop, Map<String, Object> context) {
            tracer.trace().event("run " + label + "(message=" + SafeRepr.plain(context.get("message")) + ")");
            inner.handle((EventLoop) tracer.wrap(loop), tracer.wrapValues(context));
        }

        @Override
        public String toString() {
            return inner.toString();
        }
    }

    /** {@code set_task_factory} factories. */
    record Factory(TaskFactory inner, String label, SpiTracer tracer) implements TaskFactory, Traced {
        @Override
        public Future create(EventLoop loop, Object coro, String name) {
            Object shown = tracer.wrap(coro);
            tracer.trace().event("run " + label + "(" + tracer.describe(shown) + ")");
            Future made = inner.create((EventLoop) tracer.wrap(loop), shown, name);
            return (Future) tracer.unwrap(made);
        }

        @Override
        public Future create(EventLoop loop, Object coro, String name, Context context) {
            if (context == null) {
                return create(loop, coro, name);
            }
            Object shown = tracer.wrap(coro);
            tracer.trace().event("run " + label + "(" + tracer.describe(shown) + ", context=...)");
            Future made = inner.create((EventLoop) tracer.wrap(loop), shown, name, context);
            return (Future) tracer.unwrap(made);
        }

        /** create_task(coro, eager_start=...) from 3.14: the keyword reaches the factory. */
        @Override
        public Future create(EventLoop loop, Object coro, String name, Context context, Boolean eagerStart) {
            if (eagerStart == null) {
                return create(loop, coro, name, context);
            }
            Object shown = tracer.wrap(coro);
            tracer.trace().event("run " + label + "(" + tracer.describe(shown) + ", eager_start="
                    + (eagerStart ? "True" : "False") + ")");
            Future made = inner.create((EventLoop) tracer.wrap(loop), shown, name, context, eagerStart);
            return (Future) tracer.unwrap(made);
        }

        @Override
        public String toString() {
            return inner.toString();
        }
    }

    /** {@code create_eager_task_factory}'s constructor: the provider's objects reach the program wrapped. */
    record Constructor(TaskConstructor inner, String label, SpiTracer tracer) implements TaskConstructor, Traced {
        @Override
        public Future construct(Object coro, Map<String, Object> keywords) {
            Object shown = tracer.wrap(coro);
            tracer.trace().event("run " + label + "(" + tracer.describe(shown) + ")");
            Map<String, Object> wrapped = new LinkedHashMap<>();
            keywords.forEach((key, value) -> wrapped.put(key, value instanceof Context ? value : tracer.wrap(value)));
            return (Future) tracer.unwrap(inner.construct(shown, wrapped));
        }

        @Override
        public String toString() {
            return inner.toString();
        }
    }

    /** The code of an {@code async def}: records when the provider starts it and how it ends. */
    record Body(CoroutineBody inner, String label, SpiTracer tracer) implements CoroutineBody, Traced {
        @Override
        public Object run(Awaiter awaiter) {
            tracer.trace().event(label + " starts");
            Object result;
            try {
                result = inner.run((Awaiter) tracer.wrap(awaiter));
            } catch (RuntimeException | Error e) {
                tracer.trace().event(label + " raised " + SafeRepr.exception(e));
                throw e;
            }
            tracer.trace().event(label + " returned " + tracer.describe(result));
            return tracer.toProvider(result);
        }

        @Override
        public CodeLocation definedAt() {
            return inner.definedAt();
        }

        @Override
        public String toString() {
            return inner.toString();
        }
    }
}
