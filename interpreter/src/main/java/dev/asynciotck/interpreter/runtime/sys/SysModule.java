package dev.asynciotck.interpreter.runtime.sys;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Numbers;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyBoundMethod;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyModule;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.spi.AsyncGenHooks;
import dev.asynciotck.spi.AsyncGenerator;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The subset of {@code sys} a program may import: {@code get_asyncgen_hooks()} and {@code set_asyncgen_hooks()},
 * {@code getrecursionlimit()} and {@code setrecursionlimit(n)} (the limit the execution package enforces).
 * The hooks live in the provider's module ({@code Asyncio.getAsyncgenHooks}), because a running loop installs its
 * own; this module only translates between the program's callables and the SPI's hooks. A program function set as
 * a hook comes back from {@code get_asyncgen_hooks()} as itself; a provider's hook appears as a callable taking the
 * generator, the same object each time.
 */
public final class SysModule {

    private final Runtime rt;
    private final PyModule module = new PyModule("sys");
    /** The callables that stand for the provider's hooks, so that identity holds across calls. */
    private final Map<AsyncGenHooks.Hook, PyBuiltin> providerHooks = new IdentityHashMap<>();

    private final RecursionLimit recursion;

    public SysModule(Runtime rt, RecursionLimit recursion) {
        this.rt = rt;
        this.recursion = recursion;
    }

    /** Registers the module and the attributes of the hooks pair with the object model. */
    public void register(ObjectModel model) {
        model.registerModule("sys", this::attribute);
        model.registerAttributes(HooksValue.class, (r, value, name) -> ((HooksValue) value).attribute(r, name));
    }

    public PyModule module() {
        return module;
    }

    /** {@code sys.<name>}. */
    public Object attribute(String name) {
        return switch (name) {
            case "__name__" -> "sys";
            case "get_asyncgen_hooks" -> PyBuiltin.of("get_asyncgen_hooks", "", v -> hooks());
            case "set_asyncgen_hooks" -> PyBuiltin.of("set_asyncgen_hooks", "firstiter=?, finalizer=?", v -> {
                setHooks(v[0], v[1]);
                return null;
            });
            case "getrecursionlimit" -> PyBuiltin.of(name, "", v -> (long) recursion.limit());
            case "setrecursionlimit" -> PyBuiltin.of(name, "limit", v -> {
                recursion.setLimit(checkedLimit(v[0]));
                return null;
            });
            default -> throw Errors.unsupported("sys." + name + " (only get_asyncgen_hooks, set_asyncgen_hooks,"
                    + " getrecursionlimit and setrecursionlimit are supported)");
        };
    }

    /**
     * {@code limit} as CPython's {@code setrecursionlimit} accepts it: an int of at least 1, above the current
     * depth (before 3.9, above the lower water mark CPython keeps below the limit).
     */
    private int checkedLimit(Object limit) {
        if (!Numbers.isInt(limit)) {
            throw new TypeError(rt.atLeast(3, 10)
                    ? "'" + rt.typeOf(limit).name + "' object cannot be interpreted as an integer"
                    : limit instanceof Double ? "integer argument expected, got float"
                    : "an integer is required (got type " + rt.typeOf(limit).name + ")");
        }
        BigInteger value = Numbers.big(limit);
        if (value.signum() <= 0) {
            throw new ValueError("recursion limit must be greater or equal than 1");
        }
        if (value.bitLength() > 31) {
            throw Errors.of(ExceptionClasses.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        int wanted = value.intValue();
        int current = recursion.current();
        int mark = rt.atLeast(3, 9) ? wanted : wanted > 200 ? wanted - 50 : 3 * (wanted >> 2);
        if (current >= mark) {
            throw Errors.of(ExceptionClasses.RECURSION_ERROR, "cannot set the recursion limit to " + wanted
                    + " at the recursion depth " + current + ": the limit is too low");
        }
        return wanted;
    }

    private HooksValue hooks() {
        AsyncGenHooks hooks = rt.asyncio().getAsyncgenHooks();
        return new HooksValue(toPython(hooks.firstiter()), toPython(hooks.finalizer()));
    }

    /** {@code set_asyncgen_hooks}: an omitted argument keeps the hook in force; None removes it. */
    private void setHooks(Object firstiter, Object finalizer) {
        AsyncGenHooks current = rt.asyncio().getAsyncgenHooks();
        AsyncGenHooks.Hook first = ArgumentBinder.absent(firstiter) ? current.firstiter() : toHook("firstiter", firstiter);
        AsyncGenHooks.Hook last = ArgumentBinder.absent(finalizer) ? current.finalizer() : toHook("finalizer", finalizer);
        rt.asyncio().setAsyncgenHooks(new AsyncGenHooks(first, last));
    }

    private AsyncGenHooks.Hook toHook(String which, Object callable) {
        if (callable == null) {
            return null;
        }
        if (callable instanceof PyBuiltin b) {
            for (Map.Entry<AsyncGenHooks.Hook, PyBuiltin> entry : providerHooks.entrySet()) {
                if (entry.getValue() == b) {
                    return entry.getKey();
                }
            }
        }
        if (!isCallable(callable)) {
            throw new TypeError("callable " + which + " expected, got " + rt.typeOf(callable).name);
        }
        return new ProgramHook(rt, callable);
    }

    private Object toPython(AsyncGenHooks.Hook hook) {
        return switch (hook) {
            case null -> null;
            case ProgramHook p -> p.callable();
            default -> providerHooks.computeIfAbsent(hook, h -> PyBuiltin.of(h.toString(), "agen", v -> {
                if (!(v[0] instanceof AsyncGenerator agen)) {
                    throw new TypeError("the asyncgen hook expects an asynchronous generator, got " + rt.typeOf(v[0]).name);
                }
                h.call(agen);
                return null;
            }));
        };
    }

    private static boolean isCallable(Object value) {
        return value instanceof PyFunction || value instanceof PyBuiltin || value instanceof PyBoundMethod
                || value instanceof PyClass || value instanceof PyInstance i && i.type.has("__call__");
    }

    /** A program callable set as a hook. */
    private record ProgramHook(Runtime rt, Object callable) implements AsyncGenHooks.Hook {
        @Override
        public void call(AsyncGenerator agen) {
            rt.call(callable, agen);
        }
    }

    /** {@code sys.asyncgen_hooks(firstiter, finalizer)}: a named pair, also unpacked as a tuple. */
    record HooksValue(Object firstiter, Object finalizer) implements Iterable<Object> {

        Object attribute(Runtime rt, String name) {
            return switch (name) {
                case "firstiter" -> firstiter;
                case "finalizer" -> finalizer;
                default -> throw Attributes.missing(rt, this, name);
            };
        }

        @Override
        public Iterator<Object> iterator() {
            return java.util.Arrays.asList(firstiter, finalizer).iterator();
        }

        @Override
        public String toString() {
            return "asyncgen_hooks(firstiter=" + Repr.repr(firstiter) + ", finalizer=" + Repr.repr(finalizer) + ")";
        }
    }
}
