package dev.asynciotck.interpreter.runtime;

import dev.asynciotck.interpreter.UnsupportedConstructError;

/** Calling a generator function: the generator object whose body is the function's, not yet started. */
final class Generators {

    private Generators() {
    }

    /**
     * A generator (or, for an {@code async def}, an asynchronous generator) that runs {@code f} with its parameters
     * bound to {@code values} once iterated. In an asynchronous generator's frame an {@code await} yields the awaited
     * value as it is (to be passed on to the task), a {@code yield} yields it wrapped.
     */
    static Object create(Runtime rt, PyFunction f, Object[] values) {
        if (f.isAsync()) {
            return new PyAsyncGenerator(rt, f.name, f.qualifiedName, strand -> {
                Frame frame = Frame.call(rt, f.scope, f.closure, rt.globals, strand::yieldValue,
                        value -> strand.yieldValue(new PyAsyncGenerator.Wrapped(value)), f);
                runBody(rt, f, values, frame);
                return null;
            });
        }
        return new PyGenerator(rt, f.name, f.qualifiedName, strand -> runBody(rt, f, values,
                Frame.call(rt, f.scope, f.closure, rt.globals, null, strand::yieldValue, f)));
    }

    private static Object runBody(Runtime rt, PyFunction f, Object[] values, Frame frame) {
        try {
            return Calls.runIn(rt, f, values, frame);
        } catch (UnsupportedConstructError e) {
            rt.recordUnsupported(e); // a provider driving the generator may swallow it
            throw e;
        }
    }
}
