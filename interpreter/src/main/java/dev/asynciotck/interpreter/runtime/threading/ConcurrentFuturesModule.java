package dev.asynciotck.interpreter.runtime.threading;

import dev.asynciotck.interpreter.runtime.asyncio.SpiArguments;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyModule;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Arithmetic;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;

/**
 * The subset of {@code concurrent.futures} the programs use: {@code Future} (result and exception with a timeout,
 * cancel, done callbacks, and the methods an executor or asyncio uses to complete it), {@code ThreadPoolExecutor}
 * (submit, shutdown, {@code with}) and the module's {@code CancelledError} and {@code TimeoutError}. It is the
 * Python runtime's, not asyncio's: the provider gets it through the host.
 */
public final class ConcurrentFuturesModule {

    private final ProgramHost host;
    final PyClass futureClass = PyClass.builtin("Future", "concurrent.futures._base", Types.OBJECT, null);
    final PyClass executorClass = PyClass.builtin("ThreadPoolExecutor", "concurrent.futures.thread", Types.OBJECT, null);
    private final PyModule concurrent = new PyModule("concurrent");
    private final PyModule module = new PyModule("concurrent.futures");

    ConcurrentFuturesModule(ProgramHost host) {
        this.host = host;
    }

    /** Registers {@code concurrent} and {@code concurrent.futures}, the two classes and their objects' attributes. */
    public void register(ObjectModel model) {
        model.registerModule("concurrent", name -> switch (name) {
            case "__name__" -> "concurrent";
            case "futures" -> module;
            default -> throw Errors.attributeError("module 'concurrent' has no attribute '" + name + "'");
        });
        model.registerModule("concurrent.futures", this::attribute);
        model.registerConstructor(futureClass, (rt, args) -> {
            ArgumentBinder.bind("Future", ArgumentBinder.parse(""), args);
            return new PyConcurrentFuture(host);
        });
        model.registerConstructor(executorClass, this::newExecutor);
        model.registerAttributes(PyConcurrentFuture.class,
                (rt, value, name) -> futureAttribute(rt, (PyConcurrentFuture) value, name));
        model.registerAttributes(PyThreadPoolExecutor.class,
                (rt, value, name) -> executorAttribute(rt, (PyThreadPoolExecutor) value, name));
    }

    /** {@code concurrent.futures.<name>}. */
    public Object attribute(String name) {
        return switch (name) {
            case "__name__" -> "concurrent.futures";
            case "Future" -> futureClass;
            case "ThreadPoolExecutor" -> executorClass;
            case "CancelledError" -> host.types().futuresCancelledError;
            case "TimeoutError" -> host.types().futuresTimeoutError;
            case "InvalidStateError" -> {
                if (host.types().futuresInvalidStateError == null) {
                    throw Errors.attributeError("module 'concurrent.futures' has no attribute 'InvalidStateError'");
                }
                yield host.types().futuresInvalidStateError;
            }
            default -> throw Errors.unsupported("concurrent.futures." + name
                    + " (only Future, ThreadPoolExecutor and the exception classes are supported)");
        };
    }

    private Object newExecutor(Runtime rt, Args args) {
        Object[] v = ArgumentBinder.bind("ThreadPoolExecutor",
                ArgumentBinder.parse("max_workers=None, thread_name_prefix=''"), args);
        Integer workers = null;
        if (v[0] != null) {
            if (!Arithmetic.isInt(v[0])) {
                throw new TypeError("'" + rt.typeOf(v[0]).name + "' object cannot be interpreted as an integer");
            }
            workers = Arithmetic.big(v[0]).intValue();
            if (workers <= 0) {
                throw new ValueError("max_workers must be greater than 0");
            }
        }
        return host.newExecutor(workers, rt.str(v[1]));
    }

    private Object futureAttribute(Runtime rt, PyConcurrentFuture f, String name) {
        return switch (name) {
            case "done" -> PyBuiltin.method(f, name, "", v -> f.done());
            case "cancelled" -> PyBuiltin.method(f, name, "", v -> f.cancelled());
            case "running" -> PyBuiltin.method(f, name, "", v -> f.running());
            case "cancel" -> PyBuiltin.method(f, name, "", v -> f.cancel());
            case "result" -> PyBuiltin.method(f, name, "timeout=None",
                    v -> Values.fromJava(f.result(SpiArguments.optionalSeconds(rt, v[0]))));
            case "exception" -> PyBuiltin.method(f, name, "timeout=None",
                    v -> f.exception(SpiArguments.optionalSeconds(rt, v[0])));
            case "add_done_callback" -> PyBuiltin.method(f, name, "fn", v -> {
                Object fn = v[0];
                f.addDoneCallback(done -> rt.call(fn, done));
                return null;
            });
            case "set_running_or_notify_cancel" -> PyBuiltin.method(f, name, "", v -> f.setRunningOrNotifyCancel());
            case "set_result" -> PyBuiltin.method(f, name, "result", v -> {
                f.setResult(v[0]);
                return null;
            });
            case "set_exception" -> PyBuiltin.method(f, name, "exception", v -> {
                f.setException(exception(rt, v[0]));
                return null;
            });
            default -> throw Errors.attributeError("'Future' object has no attribute '" + name + "'");
        };
    }

    private Object executorAttribute(Runtime rt, PyThreadPoolExecutor e, String name) {
        return switch (name) {
            case "submit" -> PyBuiltin.withRuntime("submit", (r, args) -> {
                if (args.positional().isEmpty()) {
                    throw new TypeError("submit() missing 1 required positional argument: 'fn'");
                }
                Object fn = args.positional().get(0);
                Args call = new Args(new ArrayList<>(args.positional().subList(1, args.positional().size())),
                        args.keywords());
                return e.submit(() -> r.call(fn, call));
            });
            case "shutdown" -> PyBuiltin.method(e, name, "wait=True, *, cancel_futures=False", v -> {
                e.shutdown(Values.truth(v[0]), Values.truth(v[1]));
                return null;
            });
            case "__enter__" -> PyBuiltin.method(e, name, "", v -> e);
            case "__exit__" -> PyBuiltin.method(e, name, "exc_type, exc_val, exc_tb", v -> {
                e.shutdown(true, false);
                return false;
            });
            default -> throw Errors.attributeError("'ThreadPoolExecutor' object has no attribute '" + name + "'");
        };
    }

    private static Throwable exception(Runtime rt, Object value) {
        if (value instanceof PyClass cls && cls.isSubclassOf(ExceptionClasses.BASE_EXCEPTION)) {
            return (Throwable) rt.call(cls, Args.of());
        }
        if (value instanceof Throwable t) {
            return t;
        }
        throw new TypeError("exceptions must derive from BaseException");
    }
}
