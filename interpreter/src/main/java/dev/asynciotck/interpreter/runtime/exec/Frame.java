package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.interpreter.syntax.FunctionScope;
import java.util.HashMap;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.asyncio.CoroutineFrames;
import dev.asynciotck.interpreter.runtime.generator.Yielder;
import dev.asynciotck.interpreter.runtime.object.PyFunction;

/**
 * One running scope: the module, a class body, or a call of a function (or lambda, or comprehension). Holds
 * its names, the awaiter of the coroutine it runs in, and the exception its except block is handling.
 */
public final class Frame implements PyFunction.Closure {

    public enum Kind { MODULE, CLASS, FUNCTION }

    public final ProgramRuntime runtime;
    public final Kind kind;
    public final Map<String, Object> globals;
    public final Map<String, Object> locals;
    /** The static scope of a function frame; null for module and class frames. */
    public final FunctionScope scope;
    /** The frame of the enclosing function, for free variables; null if none. */
    public final Frame enclosing;
    /** The awaiter of the coroutine this frame runs in, or null outside coroutines. */
    public final Awaiter awaiter;
    /** The {@code yield} of the generator this frame is the body of, or null outside generators. */
    public final Yielder yielder;
    /** The function being run, for super(); null for module and class frames. */
    public final PyFunction function;
    /** The exception an enclosing except block handles (for bare raise and implicit chaining). */
    public Throwable handling;
    /**
     * The frame asyncio's call graphs read (3.14+): set on the body frame of a coroutine, which keeps its line and
     * what it awaits up to date; null elsewhere.
     */
    public CoroutineFrames.Live coroutine;
    /** The value of a return statement. */
    public Object returnValue;

    private Frame(ProgramRuntime runtime, Kind kind, Map<String, Object> globals, Map<String, Object> locals,
                  FunctionScope scope, Frame enclosing, Awaiter awaiter, Yielder yielder, PyFunction function) {
        this.runtime = runtime;
        this.kind = kind;
        this.globals = globals;
        this.locals = locals;
        this.scope = scope;
        this.enclosing = enclosing;
        this.awaiter = awaiter;
        this.yielder = yielder;
        this.function = function;
    }

    public static Frame module(ProgramRuntime runtime, Map<String, Object> globals) {
        return new Frame(runtime, Kind.MODULE, globals, globals, null, null, null, null, null);
    }

    /** A class body run inside {@code outer}; its names go to {@code namespace}. */
    public static Frame classBody(Frame outer, Map<String, Object> namespace) {
        return new Frame(outer.runtime, Kind.CLASS, outer.globals, namespace, null, outer.closureFrame(),
                outer.awaiter, null, null);
    }

    /** A call of {@code function} (or a comprehension when function is null). */
    public static Frame call(ProgramRuntime runtime, FunctionScope scope, Frame closure, Map<String, Object> globals,
                             Awaiter awaiter, PyFunction function) {
        return call(runtime, scope, closure, globals, awaiter, null, function);
    }

    /** The body of a generator ({@code yielder} set) or of an asynchronous generator (both set). */
    public static Frame call(ProgramRuntime runtime, FunctionScope scope, Frame closure, Map<String, Object> globals,
                             Awaiter awaiter, Yielder yielder, PyFunction function) {
        return new Frame(runtime, Kind.FUNCTION, globals, new HashMap<>(), scope, closure, awaiter, yielder, function);
    }

    /** The frame functions defined here close over: this one if it is a function frame. */
    public Frame closureFrame() {
        return switch (kind) {
            case FUNCTION -> this;
            case CLASS -> enclosing;
            case MODULE -> null;
        };
    }

    /** Python's name lookup: local, enclosing functions, global, builtin. */
    public Object load(String name) {
        if (kind == Kind.FUNCTION) {
            if (scope.locals().contains(name)) {
                Object value = locals.get(name);
                if (value == null && !locals.containsKey(name)) {
                    throw Errors.of(ExceptionClasses.UNBOUND_LOCAL_ERROR, runtime.unboundLocalMessage(name));
                }
                return value;
            }
            if (scope.globals().contains(name)) {
                return loadGlobal(name);
            }
        } else if (kind == Kind.CLASS) {
            Object value = locals.get(name);
            if (value != null || locals.containsKey(name)) {
                return value;
            }
        }
        for (Frame f = kind == Kind.MODULE ? null : enclosing; f != null; f = f.enclosing) {
            if (f.scope.locals().contains(name)) {
                Object value = f.locals.get(name);
                if (value == null && !f.locals.containsKey(name)) {
                    throw Errors.of(ExceptionClasses.NAME_ERROR, "cannot access free variable '" + name
                            + "' where it is not associated with a value in enclosing scope");
                }
                return value;
            }
            if (f.scope.globals().contains(name)) {
                break;
            }
        }
        return loadGlobal(name);
    }

    private Object loadGlobal(String name) {
        Object value = globals.get(name);
        if (value != null || globals.containsKey(name)) {
            return value;
        }
        return runtime.builtin(name);
    }

    /** Python's name binding. */
    public void store(String name, Object value) {
        locationOf(name).put(name, value);
    }

    /** Python's {@code del name}. */
    public void delete(String name) {
        Map<String, Object> where = locationOf(name);
        if (!where.containsKey(name)) {
            if (where == globals) {
                throw Errors.nameError(name);
            }
            throw Errors.of(ExceptionClasses.UNBOUND_LOCAL_ERROR, runtime.unboundLocalMessage(name));
        }
        where.remove(name);
    }

    private Map<String, Object> locationOf(String name) {
        if (kind == Kind.FUNCTION) {
            if (scope.globals().contains(name)) {
                return globals;
            }
            if (scope.nonlocals().contains(name)) {
                for (Frame f = enclosing; f != null; f = f.enclosing) {
                    if (f.scope.locals().contains(name)) {
                        return f.locals;
                    }
                }
                return globals;
            }
        }
        return locals;
    }
}
