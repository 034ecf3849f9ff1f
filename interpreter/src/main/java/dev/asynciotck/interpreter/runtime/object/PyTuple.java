package dev.asynciotck.interpreter.runtime.object;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Python's tuple (immutable). */
public final class PyTuple {

    public static final PyTuple EMPTY = new PyTuple(List.of());

    public final List<Object> items;

    public PyTuple(Collection<?> items) {
        this.items = Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }

    public static PyTuple of(Object... items) {
        return new PyTuple(Arrays.asList(items));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PyTuple t && Equality.equal(this, t);
    }

    @Override
    public int hashCode() {
        return HashKey.hash(this);
    }

}
