package dev.asynciotck.interpreter.runtime.object;

/** {@code staticmethod}, {@code classmethod}, {@code property} and {@code super()} objects. */
public final class PyWrappers {

    private PyWrappers() {
    }

    public record StaticMethod(Object function) {
    }

    public record ClassMethod(Object function) {
    }

    public record Property(Object getter, Object setter) {
    }

    /** {@code super()} inside a method of {@code type} called on {@code self}. */
    public record Super(PyClass type, Object self) {
    }
}
