package dev.asynciotck.interpreter.runtime.contextvars;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyMapping;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * {@code contextvars.Context}: a mapping from context variables to values, and what a provider enters to run a
 * callback or a task step in ({@link Context#run}). Its mapping is replaced, never changed, on each set, so a
 * {@link #copy()} shares it for free; the variables are compared by identity.
 *
 * <p>Invariant: a context is entered by at most one thread at a time, and never twice ({@link #entered}).
 */
public final class PyContext implements Context, PyValue, PyMapping {

    private final PyClass pyClass;
    private final CurrentContext threads;
    private volatile Map<PyContextVar, Object> vars;
    private final AtomicBoolean entered = new AtomicBoolean();

    PyContext(PyClass pyClass, CurrentContext threads, Map<PyContextVar, Object> vars) {
        this.pyClass = pyClass;
        this.threads = threads;
        this.vars = vars;
    }

    @Override
    public PyClass pyClass() {
        return pyClass;
    }

    /** {@code ctx.copy()} (and {@code copy_context()} of the current one): the same values, a new context. */
    public PyContext copy() {
        return new PyContext(pyClass, threads, vars);
    }

    /**
     * {@code Context.run}: the calling thread's current context becomes this one while {@code action} runs.
     * RuntimeError if this context is already entered, by this thread or another.
     */
    @Override
    public <T> T run(Supplier<T> action) {
        if (!entered.compareAndSet(false, true)) {
            throw new RuntimeError("cannot enter context: " + this + " is already entered");
        }
        PyContext previous = threads.swap(this);
        try {
            return action.get();
        } finally {
            threads.swap(previous);
            entered.set(false);
        }
    }

    boolean contains(PyContextVar var) {
        return vars.containsKey(var);
    }

    /** The value of {@code var}, or {@code missing} if it has none here. */
    Object get(PyContextVar var, Object missing) {
        Map<PyContextVar, Object> now = vars;
        return now.containsKey(var) ? now.get(var) : missing;
    }

    void put(PyContextVar var, Object value) {
        Map<PyContextVar, Object> next = new LinkedHashMap<>(vars);
        next.put(var, value);
        vars = Collections.unmodifiableMap(next);
    }

    void remove(PyContextVar var) {
        Map<PyContextVar, Object> next = new LinkedHashMap<>(vars);
        next.remove(var);
        vars = Collections.unmodifiableMap(next);
    }

    int size() {
        return vars.size();
    }

    /** The variables, in the order they were first set here (CPython's order is its HAMT's). */
    List<PyContextVar> keys() {
        return new ArrayList<>(vars.keySet());
    }

    /** {@code ctx[var]}: KeyError when the variable has no value here; TypeError for what is no ContextVar. */
    @Override
    public Object getItem(Object key) {
        PyContextVar var = ContextvarsModule.requireVar(key);
        Object value = get(var, PyContextVar.MISSING);
        if (value == PyContextVar.MISSING) {
            throw Errors.keyError(var);
        }
        return value;
    }

    @Override
    public int length() {
        return size();
    }

    @Override
    public Iterator<Object> iterator() {
        return new ArrayList<Object>(keys()).iterator();
    }

    @Override
    public String toString() {
        return "<_contextvars.Context object at " + Values.address(this) + ">";
    }
}
