package dev.asynciotck.interpreter.runtime.asyncio;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.ReturnWhen;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.operator.Arithmetic;
import dev.asynciotck.interpreter.runtime.operator.Iteration;

/** Python arguments converted to what SPI methods take. */
public final class SpiArguments {

    private SpiArguments() {
    }

    static double seconds(Runtime rt, Object value) {
        if (!Arithmetic.isNumber(value)) {
            throw new TypeError("'" + rt.typeOf(value).name + "' object cannot be interpreted as a number of seconds");
        }
        return Arithmetic.toDouble(value);
    }

    public static Double optionalSeconds(Runtime rt, Object value) {
        return value == null ? null : seconds(rt, value);
    }

    static int count(Runtime rt, Object value, String what) {
        if (!Arithmetic.isInt(value)) {
            throw new TypeError("'" + rt.typeOf(value).name + "' object cannot be interpreted as an integer");
        }
        return Arithmetic.big(value).intValue();
    }

    static String optionalString(Object value) {
        return value == null ? null : Repr.str(value);
    }

    static EventLoop loop(Runtime rt, Object value) {
        if (value == null || value instanceof EventLoop) {
            return (EventLoop) value;
        }
        throw new TypeError("expected an event loop, got " + rt.typeOf(value).name);
    }

    /**
     * The {@code loop=} argument that the high-level functions and the primitives' constructors took before 3.10
     * (deprecated from 3.8). From 3.10 any value, None included, is Python's TypeError. Before, None and the running
     * loop mean what no argument means; binding to another loop is outside the interpreter's subset.
     */
    static void noLoop(Runtime rt, Object value, String function) {
        if (ArgumentBinder.absent(value)) {
            return;
        }
        if (rt.atLeast(3, 10)) {
            throw new TypeError(function + "() got an unexpected keyword argument 'loop'");
        }
        if (value == null || value == runningLoopOrNull(rt)) {
            return;
        }
        throw Errors.unsupported(function + "(loop=...)");
    }

    private static EventLoop runningLoopOrNull(Runtime rt) {
        try {
            return rt.asyncio().getRunningLoop();
        } catch (dev.asynciotck.spi.exceptions.PythonException none) {
            return null;
        }
    }

    static List<Object> collection(Runtime rt, Object value) {
        return new ArrayList<>(Iteration.list(rt, value));
    }

    static ReturnWhen returnWhen(Object value) {
        if (value instanceof String s) {
            for (ReturnWhen when : ReturnWhen.values()) {
                if (when.name().equals(s)) {
                    return when;
                }
            }
        }
        throw Errors.valueError("Invalid return_when value: " + Repr.str(value));
    }

    /**
     * A {@code context=} argument: {@code None}, or a {@code contextvars.Context}; a keyword the version does not
     * have yet is Python's TypeError.
     */
    static Context context(Runtime rt, Object value, String function, int sinceMinor) {
        if (value == null) {
            return null;
        }
        if (!rt.atLeast(3, sinceMinor)) {
            throw new TypeError(function + "() got an unexpected keyword argument 'context'");
        }
        if (value instanceof Context context) {
            return context;
        }
        throw new TypeError("an instance of Context was expected, got " + rt.typeOf(value).name);
    }

    /**
     * An {@code eager_start=} argument of create_task (3.14+: base_events.py passes it on to the factory or to
     * Task), or null when it is not given; a keyword the version does not have yet is Python's TypeError.
     */
    static Boolean eagerStart(Runtime rt, Object value, String function) {
        if (ArgumentBinder.absent(value)) {
            return null;
        }
        if (!rt.atLeast(3, 14)) {
            throw new TypeError(function + "() got an unexpected keyword argument 'eager_start'");
        }
        return dev.asynciotck.interpreter.runtime.object.Values.truth(value);
    }

    /** A Python callable and its arguments, called when the provider asks (on whatever thread it runs it). */
    static Supplier<Object> function(Runtime rt, Object function, Args args) {
        return new Callbacks.Function(rt, function, args);
    }

    static Throwable exception(Runtime rt, Object value) {
        if (value instanceof PyClass cls && cls.isSubclassOf(ExceptionClasses.BASE_EXCEPTION)) {
            return (Throwable) rt.call(cls, Args.NONE);
        }
        if (value instanceof Throwable t) {
            return t;
        }
        throw new TypeError("invalid exception object");
    }
}
