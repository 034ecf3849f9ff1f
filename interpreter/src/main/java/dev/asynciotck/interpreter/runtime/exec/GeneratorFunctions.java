package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.interpreter.runtime.asyncio.CoroutineFrames;
import dev.asynciotck.interpreter.runtime.generator.Generators;
import dev.asynciotck.interpreter.runtime.generator.PyAsyncGenerator;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/** Calling a generator function: the generator object whose body is the function's, not yet started. */
final class GeneratorFunctions {

    private GeneratorFunctions() {
    }

    /**
     * A generator (or, for an {@code async def}, an asynchronous generator) that runs {@code f} with its parameters
     * bound to {@code values} once iterated. In an asynchronous generator's frame an {@code await} yields the awaited
     * value as it is (to be passed on to the task), a {@code yield} yields it wrapped.
     */
    static Object create(ProgramRuntime rt, PyFunction f, Object[] values) {
        Frame closure = (Frame) f.closure;
        if (f.isAsync()) {
            // 3.14's call graphs read the generator's frame (its line, what it awaits) through the step running it.
            CoroutineFrames.Live live = rt.atLeast(3, 14)
                    ? new CoroutineFrames.Live("async generator", f.name, f.qualifiedName, f.line) : null;
            PyAsyncGenerator generator = rt.generators.asyncGenerator(f.name, f.qualifiedName, strand -> {
                Frame frame = Frame.call(rt, f.scope, closure, rt.globals, strand::yieldValue,
                        value -> strand.yieldValue(Generators.wrapped(value)), f);
                frame.coroutine = live;
                runBody(rt, f, values, frame);
                return null;
            });
            if (live != null) {
                CoroutineFrames frames = rt.asyncioModule.coroutineFrames;
                generator.trackSteps(step -> frames.registerStep(step, live));
            }
            return generator;
        }
        return rt.generators.generator(f.name, f.qualifiedName, strand -> runBody(rt, f, values,
                Frame.call(rt, f.scope, closure, rt.globals, null, strand::yieldValue, f)));
    }

    private static Object runBody(ProgramRuntime rt, PyFunction f, Object[] values, Frame frame) {
        try {
            return Calls.runIn(rt, f, values, frame);
        } catch (UnsupportedConstructError e) {
            rt.recordUnsupported(e); // a provider driving the generator may swallow it
            throw e;
        }
    }
}
