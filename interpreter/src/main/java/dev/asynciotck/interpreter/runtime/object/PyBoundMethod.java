package dev.asynciotck.interpreter.runtime.object;

import java.util.Objects;

/** A function bound to an instance ({@code obj.method}); equal when both the instance and the function are. */
public record PyBoundMethod(Object self, Object function) {

    @Override
    public boolean equals(Object other) {
        return other instanceof PyBoundMethod m && m.self == self && Objects.equals(m.function, function);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(self) * 31 + Objects.hashCode(function);
    }

    public String qualifiedName() {
        return function instanceof PyFunction f ? f.qualifiedName : String.valueOf(function);
    }

    /** A class attribute seen through an instance: functions become bound methods. */
    public static Object bind(Object value, Object self, PyClass type) {
        return switch (value) {
            case PyFunction f -> new PyBoundMethod(self, f);
            case PyBuiltin b -> new PyBoundMethod(self, b);
            case PyWrappers.StaticMethod s -> s.function();
            case PyWrappers.ClassMethod c -> new PyBoundMethod(type, c.function());
            case null, default -> value;
        };
    }
}
