package dev.asynciotck.interpreter.runtime.object;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Python's set (or frozenset). Sets of ints iterate in ascending order, as CPython's small-int sets do. */
public final class PySet {

    public final Set<HashKey> members = new LinkedHashSet<>();
    public final boolean frozen;

    public PySet() {
        this(false);
    }

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    public static PySet of(Iterable<?> items) {
        PySet set = new PySet();
        for (Object item : items) {
            set.add(item);
        }
        return set;
    }

    public void add(Object item) {
        members.add(new HashKey(item));
    }

    public boolean contains(Object item) {
        return members.contains(new HashKey(item));
    }

    public boolean remove(Object item) {
        return members.remove(new HashKey(item));
    }

    /** The members in iteration order. */
    public List<Object> items() {
        List<Object> items = new ArrayList<>(members.size());
        boolean allInts = true;
        for (HashKey key : members) {
            items.add(key.value);
            allInts &= key.value instanceof Long;
        }
        if (allInts && items.size() > 1) {
            items.sort((a, b) -> Long.compare((Long) a, (Long) b));
        }
        return items;
    }

}
