package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.CodeLocation;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.interpreter.runtime.asyncio.CoroutineFrames;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.exception.Exceptions;
import dev.asynciotck.interpreter.runtime.generator.Generators;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.PyAwaitableInstance;
import dev.asynciotck.interpreter.runtime.object.PyFutureLikeInstance;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyFutureSubclassInstance;
import dev.asynciotck.interpreter.runtime.object.PyTaskSubclassInstance;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/** Calling program functions (running their bodies, or making coroutines) and instantiating classes. */
public final class Calls {

    private Calls() {
    }

    static Object callFunction(ProgramRuntime rt, PyFunction f, Args args) {
        Object[] values = ArgumentBinder.bind(rt.atLeast(3, 10) ? f.qualifiedName : f.name, f.params, args);
        if (f.scope.isGenerator()) {
            return GeneratorFunctions.create(rt, f, values);
        }
        if (f.isAsync()) {
            // The code's co_filename and co_firstlineno, for the provider's reprs of a done coroutine.
            CodeLocation code = new CodeLocation(rt.filename(), f.line);
            if (!rt.atLeast(3, 14)) {
                return rt.asyncio.coroutine(f.qualifiedName, CoroutineBody.definedAt(code,
                        awaiter -> runCoroutineBody(rt, f, values, awaiter, null)));
            }
            // 3.14's call graphs read the coroutine's frame: its names, its line, what it awaits.
            CoroutineFrames.Live live = new CoroutineFrames.Live(f.name, f.qualifiedName, f.line);
            Coroutine coroutine = rt.asyncio.coroutine(f.qualifiedName, CoroutineBody.definedAt(code,
                    awaiter -> runCoroutineBody(rt, f, values, awaiter, live)));
            rt.asyncioModule.coroutineFrames.register(coroutine, live);
            return coroutine;
        }
        return run(rt, f, values, null, null);
    }

    private static Object runCoroutineBody(ProgramRuntime rt, PyFunction f, Object[] values, Awaiter awaiter,
                                           CoroutineFrames.Live live) {
        try {
            return run(rt, f, values, rt.callDepth.tracking(rt.unchainedThrows.marking(awaiter)), live);
        } catch (UnsupportedConstructError e) {
            rt.recordUnsupported(e);
            throw e;
        } catch (PythonException e) {
            PyClass cls = rt.types().classOf(e);
            if (cls != null && cls.isSubclassOf(ExceptionClasses.STOP_ITERATION)) {
                PythonException replaced = new dev.asynciotck.spi.exceptions.RuntimeError("coroutine raised StopIteration");
                Exceptions.setCause(rt.types(), replaced, e);
                Exceptions.chain(replaced, e);
                throw replaced;
            }
            throw e;
        }
    }

    /** Runs a function's body in a new frame, counted against the recursion limit ({@link CallDepth}). */
    private static Object run(ProgramRuntime rt, PyFunction f, Object[] values, Awaiter awaiter,
                              CoroutineFrames.Live coroutine) {
        rt.callDepth.enter();
        try {
            Frame frame = Frame.call(rt, f.scope, (Frame) f.closure, rt.globals, awaiter, f);
            frame.coroutine = coroutine;
            return runIn(rt, f, values, frame);
        } catch (StackOverflowError full) {
            // With the JVM flags the tck launcher uses (see CallDepth) the limit comes long before this. Without
            // them the JVM gives out earlier: a thread's stack is full, or a continuation or virtual thread
            // cannot suspend a deep stack ("Humongous stack chunk"); the program still gets a RecursionError.
            throw CallDepth.recursionError();
        } finally {
            rt.callDepth.exit();
        }
    }

    /**
     * Runs {@code f}'s body in {@code frame} (a fresh frame of {@code f}) with its parameters bound to {@code values}.
     * A generator's body runs here directly, not counted against the recursion limit: it may stay suspended on its
     * strand for any time, and frames counted then would never be given back while it waits.
     */
    static Object runIn(ProgramRuntime rt, PyFunction f, Object[] values, Frame frame) {
        for (int i = 0; i < values.length; i++) {
            frame.locals.put(f.params.get(i).name(), values[i]);
        }
        if (f.lambdaBody != null) {
            return rt.evaluator.eval(f.lambdaBody, frame);
        }
        rt.executor.execBlock(f.body, frame);
        return frame.returnValue;
    }

    /** {@code cls(*args, **kwargs)}. */
    static Object instantiate(ProgramRuntime rt, PyClass cls, Args args) {
        if (cls.isSubclassOf(ExceptionClasses.BASE_EXCEPTION)) {
            return newException(rt, cls, args);
        }
        if (cls.builtin) {
            var constructor = cls.constructor != null ? cls.constructor : rt.model().constructorOf(cls).orElse(null);
            if (constructor == null) {
                throw new TypeError("cannot create '" + cls.module + "." + cls.name + "' instances");
            }
            return constructor.apply(rt, args);
        }
        PyClass asyncioBase = cls.isSubclassOf(Types.TASK) ? Types.TASK : cls.isSubclassOf(Types.FUTURE) ? Types.FUTURE : null;
        ObjectModel.SubclassInstances registered = null;
        for (PyClass base : cls.mro) {
            if (base.builtin && base != Types.OBJECT && base != Types.FUTURE && base != Types.TASK) {
                var made = rt.model().subclassInstancesOf(base);
                if (made.isEmpty() && registered == null) {
                    throw Errors.unsupported("subclass of builtin type '" + base.name + "'");
                }
                // The first registered builtin class of the MRO makes the instance; its own bases come after it.
                registered = registered != null ? registered : made.get();
            }
        }
        if (cls.lookup("__new__") != null) {
            throw Errors.unsupported("__new__ method");
        }
        if (asyncioBase != null) {
            return instantiateFutureSubclass(rt, cls, asyncioBase, args);
        }
        PyInstance instance = registered != null ? registered.make(rt, cls)
                : Generators.isCoroutineClass(cls) ? rt.generators.coroutineLike(cls)
                : cls.has("_asyncio_future_blocking") ? new PyFutureLikeInstance(cls, rt)
                : cls.has("__await__") ? new PyAwaitableInstance(cls, rt) : new PyInstance(cls);
        Object init = cls.lookup("__init__");
        if (init instanceof PyFunction f) {
            Object result = callFunction(rt, f, args.withSelf(instance));
            if (result != null) {
                throw new TypeError("__init__() should return None, not '" + rt.typeOf(result).name + "'");
            }
        } else if (!args.positional().isEmpty() || !args.keywords().isEmpty()) {
            throw new TypeError(cls.qualifiedName + "() takes no arguments");
        }
        return instance;
    }

    /**
     * {@code cls(*args, **kwargs)} of a program subclass of asyncio.Future or Task: the program's {@code __init__}
     * (which calls {@code super().__init__(...)}), or else the builtin one, makes the provider's half.
     */
    private static Object instantiateFutureSubclass(ProgramRuntime rt, PyClass cls, PyClass asyncioBase, Args args) {
        PyFutureSubclassInstance instance = asyncioBase == Types.TASK ? new PyTaskSubclassInstance(cls, rt)
                : new PyFutureSubclassInstance(cls, rt);
        Object init = cls.lookup("__init__");
        if (init instanceof PyFunction f) {
            Object result = callFunction(rt, f, args.withSelf(instance));
            if (result != null) {
                throw new TypeError("__init__() should return None, not '" + rt.typeOf(result).name + "'");
            }
        } else {
            instance.initFromArguments(rt, args);
        }
        return instance;
    }

    private static Object newException(ProgramRuntime rt, PyClass cls, Args args) {
        Object init = cls.lookup("__init__");
        boolean customInit = init instanceof PyFunction;
        if (!customInit && !args.keywords().isEmpty()) {
            throw new TypeError(cls.name + "() takes no keyword arguments");
        }
        PythonException exception = rt.types().instantiate(cls, args.positional());
        if (customInit) {
            callFunction(rt, (PyFunction) init, args.withSelf(exception));
        }
        return exception;
    }
}
