package dev.asynciotck.interpreter.runtime.object;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A function implemented in Java: a builtin, a method of a builtin type, or an asyncio function. */
public final class PyBuiltin {

    /** The body of a builtin, given the bound parameter values (or the raw arguments). */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] values);
    }

    public final String name;
    private final List<ArgumentBinder.Parameter> params;
    private final Body body;
    private final BiFunction<Runtime, Args, Object> raw;
    /** The object a method is bound to, for repr; null for plain functions. */
    public final Object self;

    private PyBuiltin(String name, List<ArgumentBinder.Parameter> params, Body body,
                      BiFunction<Runtime, Args, Object> raw, Object self) {
        this.name = name;
        this.params = params;
        this.body = body;
        this.raw = raw;
        this.self = self;
    }

    /** A builtin whose arguments are bound to {@code signature}, e.g. {@code "delay, result=None"}. */
    public static PyBuiltin of(String name, String signature, Body body) {
        return new PyBuiltin(name, ArgumentBinder.parse(signature), body, null, null);
    }

    /** A method of {@code self} whose arguments are bound to {@code signature}. */
    public static PyBuiltin method(Object self, String name, String signature, Body body) {
        return new PyBuiltin(name, ArgumentBinder.parse(signature), body, null, self);
    }

    /** A builtin that takes its arguments as they are. */
    public static PyBuiltin raw(String name, Function<Args, Object> body) {
        return new PyBuiltin(name, null, null, (rt, args) -> body.apply(args), null);
    }

    /** A builtin that takes its arguments as they are and needs the program's runtime. */
    public static PyBuiltin withRuntime(String name, BiFunction<Runtime, Args, Object> body) {
        return new PyBuiltin(name, null, null, body, null);
    }

    public static PyBuiltin rawMethod(Object self, String name, Function<Args, Object> body) {
        return new PyBuiltin(name, null, null, (rt, args) -> body.apply(args), self);
    }

    /** Calls the builtin in the program whose runtime is {@code rt}. */
    public Object call(Runtime rt, Args args) {
        String shortName = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        try {
            if (raw != null) {
                return raw.apply(rt, args);
            }
            return body.call(ArgumentBinder.bind(shortName, params, args));
        } catch (ClassCastException wrongType) {
            // a builtin given a value of a type it does not take (e.g. "abc".find(1)) is Python's TypeError;
            // a provider's own ClassCastException passes unchanged
            StackTraceElement[] trace = wrongType.getStackTrace();
            if (trace.length > 0 && trace[0].getClassName().startsWith(PyBuiltin.class.getPackageName())) {
                throw new dev.asynciotck.spi.exceptions.TypeError(shortName + "(): argument of an unsupported type");
            }
            throw wrongType;
        }
    }

    @Override
    public String toString() {
        if (self != null) {
            return "<built-in method " + name + " of " + Types.typeOf(self).name + " object at " + Values.address(self) + ">";
        }
        return "<built-in function " + name + ">";
    }
}
