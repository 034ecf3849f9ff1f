package dev.asynciotck.interpreter.runtime.operator;

import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.runtime.object.Runtime;

/** The {@code __enter__} and {@code __exit__} methods of a built-in synchronous context manager of a module. */
public final class WithAttributes {

    /** A built-in object used in {@code with}: {@code __enter__} returns what {@code as} binds. */
    public interface Manager extends PyValue {
        Object enter();

        /** {@code __exit__(t, v, tb)}: never swallows the exception. */
        void exit();
    }

    private WithAttributes() {
    }

    /** The attribute {@code name} of {@code manager}: its two methods, else the usual AttributeError. */
    public static Object of(Runtime runtime, Manager manager, String name) {
        return switch (name) {
            case "__enter__" -> PyBuiltin.method(manager, name, "", v -> manager.enter());
            case "__exit__" -> PyBuiltin.method(manager, name, "t, v, tb", v -> {
                manager.exit();
                return null;
            });
            default -> throw Attributes.missing(runtime, manager, name);
        };
    }
}
