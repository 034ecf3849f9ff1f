package dev.asynciotck.interpreter.runtime.contextvars;

import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.runtime.object.Values;

/** {@code contextvars.Token}: what {@code ContextVar.set} returns, for one {@code reset}. */
public final class PyToken implements PyValue {

    private final PyClass pyClass;
    final PyContext context;
    final PyContextVar var;
    /** The value before the set, or {@link PyContextVar#MISSING}. */
    final Object oldValue;
    boolean used;

    PyToken(PyClass pyClass, PyContext context, PyContextVar var, Object oldValue) {
        this.pyClass = pyClass;
        this.context = context;
        this.var = var;
        this.oldValue = oldValue;
    }

    @Override
    public PyClass pyClass() {
        return pyClass;
    }

    @Override
    public String toString() {
        return "<Token" + (used ? " used" : "") + " var=" + var + " at " + Values.address(this) + ">";
    }
}
