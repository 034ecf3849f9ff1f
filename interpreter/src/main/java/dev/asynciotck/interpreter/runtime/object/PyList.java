package dev.asynciotck.interpreter.runtime.object;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Python's list. */
public final class PyList {

    public final List<Object> items;

    public PyList() {
        this.items = new ArrayList<>();
    }

    public PyList(Collection<?> items) {
        this.items = new ArrayList<>(items);
    }

}
