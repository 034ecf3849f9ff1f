package dev.asynciotck.interpreter.runtime.asyncio;

import dev.asynciotck.spi.AsyncContextManager;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Barrier;
import dev.asynciotck.spi.Condition;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Event;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Handle;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.Runner;
import dev.asynciotck.spi.Semaphore;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.TaskGroup;
import dev.asynciotck.spi.Timeout;
import dev.asynciotck.spi.TimerHandle;
import java.util.Set;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.Values;

/** Attributes and methods of the provider's objects: futures, tasks, coroutines, handles, primitives. */
public final class AsyncioObjects {

    private static final Set<String> FUTURE_EXTRAS = Set.of("get_context", "_state", "_asyncio_future_blocking",
            "_loop", "_callbacks", "_result", "_exception", "_log_traceback");
    private static final Set<String> TASK_EXTRAS = Set.of("get_stack", "print_stack", "_coro", "_must_cancel",
            "_fut_waiter", "_num_cancels_requested");

    private AsyncioObjects() {
    }

    static Object get(Runtime rt, AsyncioModule module, Object object, String name) {
        if (object instanceof Awaitable a && (name.equals("__await__") || name.equals("__iter__") && a instanceof Future)) {
            return PyBuiltin.method(a, name, "", v -> module.generators().awaitIterator(a));
        }
        if (object instanceof Queue q && name.equals("maxsize")) {
            return q.maxsize(); // the program's own value, as given: None too (null here is not "no attribute")
        }
        Object value = switch (object) {
            case Task t -> task(rt, t, name);
            case Future f -> future(rt, f, name);
            case Coroutine c -> coroutine(rt, c, name);
            case EventLoop l -> LoopMethods.get(rt, module, l, name);
            case TimerHandle h when name.equals("when") -> PyBuiltin.method(h, "when", "", v -> h.when());
            case Handle h -> handle(rt, h, name);
            case Runner r -> runner(rt, r, name);
            case Queue q -> PrimitiveMethods.queue(rt, q, name);
            case Event e -> PrimitiveMethods.event(e, name);
            case Condition c -> PrimitiveMethods.condition(rt, c, name);
            case Lock l -> PrimitiveMethods.lock(l, name);
            case Semaphore s -> PrimitiveMethods.semaphore(s, name);
            case Barrier b -> PrimitiveMethods.barrier(b, name);
            case TaskGroup g -> PrimitiveMethods.taskGroup(rt, g, name);
            case Timeout t -> PrimitiveMethods.timeout(rt, t, name);
            default -> null;
        };
        if (value != null) {
            return value;
        }
        if (object instanceof AsyncContextManager m && (name.equals("__aenter__") || name.equals("__aexit__"))) {
            return name.equals("__aenter__") ? PyBuiltin.method(m, name, "", v -> m.aenter())
                    : PyBuiltin.method(m, name, "exc_type, exc, tb", v -> m.aexit((Throwable) v[1]));
        }
        if (name.startsWith("__") && name.endsWith("__") || FUTURE_EXTRAS.contains(name) || TASK_EXTRAS.contains(name)) {
            throw Errors.unsupported("attribute '" + name + "' of " + rt.typeOf(object).name);
        }
        throw Errors.attributeError("'" + typeName(rt, object) + "' object has no attribute '" + name + "'");
    }

    private static String typeName(Runtime rt, Object object) {
        return switch (object) {
            case Task t -> "_asyncio.Task";
            case Future f -> "_asyncio.Future";
            default -> rt.typeOf(object).name;
        };
    }

    private static Object future(Runtime rt, Future f, String name) {
        return switch (name) {
            case "done" -> PyBuiltin.method(f, name, "", v -> f.done());
            case "cancelled" -> PyBuiltin.method(f, name, "", v -> f.cancelled());
            case "result" -> PyBuiltin.method(f, name, "", v -> Values.fromJava(f.result()));
            case "exception" -> PyBuiltin.method(f, name, "", v -> f.exception());
            case "cancel" -> rt.atLeast(3, 9)
                    ? PyBuiltin.method(f, name, "msg=None", v -> f.cancel(v[0]))
                    : PyBuiltin.method(f, name, "", v -> f.cancel(null));
            case "set_result" -> PyBuiltin.method(f, name, "result", v -> {
                f.setResult(v[0]);
                return null;
            });
            case "set_exception" -> PyBuiltin.method(f, name, "exception", v -> {
                f.setException(SpiArguments.exception(rt, v[0]));
                return null;
            });
            case "add_done_callback" -> PyBuiltin.method(f, name, "fn, *, context=None", v -> {
                f.addDoneCallback(new Callbacks.DoneCallback(rt, v[0]), SpiArguments.context(rt, v[1], name, 7));
                return null;
            });
            case "remove_done_callback" -> PyBuiltin.method(f, name, "fn",
                    v -> (long) f.removeDoneCallback(new Callbacks.DoneCallback(rt, v[0])));
            case "get_loop" -> rt.atLeast(3, 7) ? PyBuiltin.method(f, name, "", v -> f.getLoop()) : null;
            // Calling __init__ again: the provider decides (3.15+ refuses); earlier CPython re-initialises the
            // object in place, outside the subset.
            case "__init__" -> rt.atLeast(3, 15) ? PyBuiltin.method(f, name, "*, loop=None", v -> {
                f.initAgain();
                return null;
            }) : null;
            default -> null;
        };
    }

    private static Object task(Runtime rt, Task t, String name) {
        Object value = switch (name) {
            case "get_name" -> rt.atLeast(3, 8) ? PyBuiltin.method(t, name, "", v -> t.getName()) : null;
            case "set_name" -> rt.atLeast(3, 8) ? PyBuiltin.method(t, name, "value", v -> {
                t.setName(Repr.str(v[0]));
                return null;
            }) : null;
            case "get_coro" -> rt.atLeast(3, 8) ? PyBuiltin.method(t, name, "", v -> t.getCoro()) : null;
            case "cancelling" -> rt.atLeast(3, 11) ? PyBuiltin.method(t, name, "", v -> (long) t.cancelling()) : null;
            case "uncancel" -> rt.atLeast(3, 11) ? PyBuiltin.method(t, name, "", v -> (long) t.uncancel()) : null;
            case "get_context" -> rt.atLeast(3, 12) ? PyBuiltin.method(t, name, "", v -> t.getContext()) : null;
            case "set_result", "set_exception" -> future(rt, t, name);
            case "__init__" -> rt.atLeast(3, 15)
                    ? PyBuiltin.method(t, name, "coro, *, loop=None, name=None, context=None, eager_start=None", v -> {
                        t.initAgain();
                        return null;
                    })
                    : null;
            default -> null;
        };
        return value != null ? value : future(rt, t, name);
    }

    private static Object coroutine(Runtime rt, Coroutine c, String name) {
        return switch (name) {
            case "send" -> PyBuiltin.method(c, name, "value", v -> step(c.send(v[0])));
            case "throw" -> PyBuiltin.method(c, name, "typ, val=None, tb=None",
                    v -> step(c.throwInto(SpiArguments.exception(rt, v[1] != null ? v[1] : v[0]))));
            case "close" -> PyBuiltin.method(c, name, "", v -> {
                c.close();
                return null;
            });
            case "__name__" -> c.name().substring(c.name().lastIndexOf('.') + 1);
            case "__qualname__" -> c.name();
            case "cr_running" -> c.state() == Coroutine.State.RUNNING;
            default -> null;
        };
    }

    /** {@code asyncio.Runner} (3.11+): a context manager with run, get_loop and close. */
    private static Object runner(Runtime rt, Runner r, String name) {
        return switch (name) {
            case "run" -> PyBuiltin.method(r, name, "coro, *, context=None",
                    v -> Values.fromJava(r.run(v[0], SpiArguments.context(rt, v[1], name, 11))));
            case "get_loop" -> PyBuiltin.method(r, name, "", v -> r.getLoop());
            case "close" -> PyBuiltin.method(r, name, "", v -> {
                r.close();
                return null;
            });
            case "__enter__" -> PyBuiltin.method(r, name, "", v -> r.enter());
            case "__exit__" -> PyBuiltin.method(r, name, "exc_type, exc_val, exc_tb", v -> {
                r.close();
                return null;
            });
            default -> null;
        };
    }

    private static Object step(Coroutine.Step step) {
        return switch (step) {
            case Coroutine.Step.Yielded y -> Values.fromJava(y.value());
            case Coroutine.Step.Returned r -> throw Errors.of(ExceptionClasses.STOP_ITERATION,
                    r.value() == null ? new Object[0] : new Object[] {Values.fromJava(r.value())});
        };
    }

    private static Object handle(Runtime rt, Handle h, String name) {
        return switch (name) {
            case "cancel" -> PyBuiltin.method(h, name, "", v -> {
                h.cancel();
                return null;
            });
            case "cancelled" -> PyBuiltin.method(h, name, "", v -> h.cancelled());
            case "get_context" -> rt.atLeast(3, 12) ? PyBuiltin.method(h, name, "", v -> h.getContext()) : null;
            default -> null;
        };
    }

}
