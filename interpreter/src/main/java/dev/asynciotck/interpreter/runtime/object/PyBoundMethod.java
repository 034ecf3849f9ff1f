package dev.asynciotck.interpreter.runtime.object;

import java.util.Objects;
import dev.asynciotck.interpreter.runtime.format.Repr;

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

    @Override
    public String toString() {
        return "<bound method " + qualifiedName() + " of " + Repr.repr(self) + ">";
    }
}
