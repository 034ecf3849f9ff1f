package dev.asynciotck.interpreter.runtime.asyncio;

import dev.asynciotck.spi.ConcurrentExecutor;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.TaskFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Iteration;

/** Methods of the provider's event loop. */
final class LoopMethods {

    private LoopMethods() {
    }

    /** {@code loop.name = value}: only {@code slow_callback_duration} is settable; false for anything else. */
    static boolean set(Runtime rt, Object object, String name, Object value) {
        if (object instanceof EventLoop l && name.equals("slow_callback_duration")) {
            l.setSlowCallbackDuration(SpiArguments.seconds(rt, value));
            return true;
        }
        return false;
    }

    /** The loop API names {@link #get} answers (every version's). */
    private static final java.util.Set<String> NAMES = java.util.Set.of("run_until_complete", "run_forever", "stop",
            "close", "is_running", "is_closed", "time", "create_future", "shutdown_asyncgens", "create_task",
            "call_soon", "call_soon_threadsafe", "call_later", "call_at", "get_debug", "slow_callback_duration",
            "set_debug", "run_in_executor", "set_default_executor", "shutdown_default_executor",
            "set_exception_handler", "get_exception_handler", "call_exception_handler", "default_exception_handler",
            "set_task_factory", "get_task_factory");

    /** Whether {@code name} is a method (or attribute) of the provider's loop. */
    static boolean isLoopMethod(String name) {
        return NAMES.contains(name);
    }

    static Object get(Runtime rt, AsyncioModule module, EventLoop l, String name) {
        return switch (name) {
            case "run_until_complete" -> PyBuiltin.method(l, name, "future", v -> Values.fromJava(l.runUntilComplete(v[0])));
            case "run_forever" -> PyBuiltin.method(l, name, "", v -> {
                l.runForever();
                return null;
            });
            case "stop" -> PyBuiltin.method(l, name, "", v -> {
                l.stop();
                return null;
            });
            case "close" -> PyBuiltin.method(l, name, "", v -> {
                l.close();
                return null;
            });
            case "is_running" -> PyBuiltin.method(l, name, "", v -> l.isRunning());
            case "is_closed" -> PyBuiltin.method(l, name, "", v -> l.isClosed());
            case "time" -> PyBuiltin.method(l, name, "", v -> l.time());
            case "create_future" -> PyBuiltin.method(l, name, "", v -> l.createFuture());
            case "shutdown_asyncgens" -> PyBuiltin.method(l, name, "", v -> l.shutdownAsyncgens());
            case "create_task" -> PyBuiltin.method(l, name, "coro, *, name=None, context=None, eager_start=?", v -> {
                if (v[1] != null && !rt.atLeast(3, 8)) {
                    throw Errors.typeError("create_task() got an unexpected keyword argument 'name'");
                }
                Context context = SpiArguments.context(rt, v[2], name, 11);
                Boolean eager = SpiArguments.eagerStart(rt, v[3], name);
                return eager != null ? l.createTask(v[0], SpiArguments.optionalString(v[1]), context, eager)
                        : l.createTask(v[0], SpiArguments.optionalString(v[1]), context);
            });
            case "call_soon", "call_soon_threadsafe" -> PyBuiltin.method(l, name, "callback, *args, context=None", v -> {
                Context context = SpiArguments.context(rt, v[2], name, 7);
                Callbacks.Call call = new Callbacks.Call(rt, v[0], new ArrayList<>(((PyTuple) v[1]).items));
                return name.equals("call_soon") ? l.callSoon(call, context) : l.callSoonThreadsafe(call, context);
            });
            case "call_later" -> PyBuiltin.method(l, name, "delay, callback, *args, context=None", v -> {
                Context context = SpiArguments.context(rt, v[3], name, 7);
                return l.callLater(SpiArguments.seconds(rt, v[0]),
                        new Callbacks.Call(rt, v[1], new ArrayList<>(((PyTuple) v[2]).items)), context);
            });
            case "call_at" -> PyBuiltin.method(l, name, "when, callback, *args, context=None", v -> {
                Context context = SpiArguments.context(rt, v[3], name, 7);
                return l.callAt(SpiArguments.seconds(rt, v[0]),
                        new Callbacks.Call(rt, v[1], new ArrayList<>(((PyTuple) v[2]).items)), context);
            });
            case "get_debug" -> PyBuiltin.method(l, name, "", v -> l.getDebug());
            case "slow_callback_duration" -> l.slowCallbackDuration();
            case "set_debug" -> PyBuiltin.method(l, name, "enabled", v -> {
                l.setDebug(Values.truth(v[0]));
                return null;
            });
            case "run_in_executor" -> PyBuiltin.withRuntime("run_in_executor", (r, args) -> {
                List<Object> positional = args.positional();
                if (positional.size() < 2 || !args.keywords().isEmpty()) {
                    throw Errors.typeError("run_in_executor() takes the executor, the function and its positional arguments");
                }
                Object executor = positional.get(0);
                if (executor != null && !(executor instanceof ConcurrentExecutor)) {
                    throw Errors.attributeError("'" + r.typeOf(executor).name + "' object has no attribute 'submit'");
                }
                Args call = new Args(new ArrayList<>(positional.subList(2, positional.size())), Map.of());
                return l.runInExecutor((ConcurrentExecutor) executor, SpiArguments.function(r, positional.get(1), call));
            });
            case "set_default_executor" -> PyBuiltin.method(l, name, "executor", v -> {
                if (rt.atLeast(3, 8) && !rt.atLeast(3, 11) && !(v[0] instanceof ConcurrentExecutor)) {
                    // base_events.py 3.8-3.10: warnings.warn(..., DeprecationWarning, 2), then the object is kept.
                    rt.warn(ExceptionClasses.DEPRECATION_WARNING, "Using the default executor that is not an instance"
                            + " of ThreadPoolExecutor is deprecated and will be prohibited in Python 3.9");
                }
                l.setDefaultExecutor(v[0]);
                return null;
            });
            case "shutdown_default_executor" -> !rt.atLeast(3, 9) ? null
                    : PyBuiltin.method(l, name, "timeout=None", v -> {
                        if (v[0] != null && !rt.atLeast(3, 12)) {
                            throw Errors.typeError("shutdown_default_executor() got an unexpected keyword argument 'timeout'");
                        }
                        return l.shutdownDefaultExecutor(SpiArguments.optionalSeconds(rt, v[0]));
                    });
            case "set_exception_handler" -> PyBuiltin.method(l, name, "handler", v -> {
                if (v[0] != null && !Values.truth(rt.call(rt.builtin("callable"), v[0]))) {
                    throw Errors.typeError("A callable object or None is expected, got " + Repr.repr(v[0]));
                }
                l.setExceptionHandler(v[0] == null ? null : new Callbacks.Handler(rt, v[0]));
                return null;
            });
            case "get_exception_handler" -> PyBuiltin.method(l, name, "", v -> Callbacks.unwrap(l.getExceptionHandler()));
            case "call_exception_handler", "default_exception_handler" -> PyBuiltin.method(l, name, "context", v -> {
                Map<String, Object> context = new java.util.LinkedHashMap<>();
                for (Object[] pair : Iteration.pairs(rt, v[0])) {
                    context.put(Repr.str(pair[0]), pair[1]);
                }
                if (name.equals("call_exception_handler")) {
                    l.callExceptionHandler(context);
                } else {
                    l.defaultExceptionHandler(context);
                }
                return null;
            });
            case "set_task_factory" -> PyBuiltin.method(l, name, "factory", v -> {
                if (v[0] != null && !Values.truth(rt.call(rt.builtin("callable"), v[0]))) {
                    throw Errors.typeError("task factory must be a callable or None");
                }
                TaskFactory providers = module.providerFactory(v[0]);
                l.setTaskFactory(v[0] == null ? null : providers != null ? providers : new Callbacks.Factory(rt, v[0]));
                return null;
            });
            case "get_task_factory" -> PyBuiltin.method(l, name, "", v -> {
                Object providers = module.functionOf(l.getTaskFactory());
                return providers != null ? providers : Callbacks.unwrap(l.getTaskFactory());
            });
            default -> null;
        };
    }

}
