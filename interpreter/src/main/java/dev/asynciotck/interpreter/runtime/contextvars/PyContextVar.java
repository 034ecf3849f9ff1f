package dev.asynciotck.interpreter.runtime.contextvars;

import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.repr.Repr;

/** {@code contextvars.ContextVar(name, *, default=...)}: compared by identity, as CPython's are. */
public final class PyContextVar implements PyValue {

    /** The absence of a default (or of a value). */
    static final Object MISSING = new Object();

    private final PyClass pyClass;
    final String name;
    final Object defaultValue;

    PyContextVar(PyClass pyClass, String name, Object defaultValue) {
        this.pyClass = pyClass;
        this.name = name;
        this.defaultValue = defaultValue;
    }

    @Override
    public PyClass pyClass() {
        return pyClass;
    }

    @Override
    public String toString() {
        return "<ContextVar name=" + Repr.repr(name)
                + (defaultValue == MISSING ? "" : " default=" + Repr.repr(defaultValue))
                + " at " + Values.address(this) + ">";
    }
}
