package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.TimerHandle;
import java.util.List;
import java.util.Map;

/** Python's {@code ==} between values: numbers by value, containers item by item, instances by {@code __eq__}. */
public final class Equality {

    private Equality() {
    }

    /** Python's {@code a == b}. */
    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d && d.isNaN());
        }
        if (a == null || b == null) {
            return customEq(a, b);
        }
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.compare(a, b) == 0 && !(a instanceof Double d && d.isNaN()) && !(b instanceof Double e && e.isNaN());
        }
        return switch (a) {
            case String s -> s.equals(b);
            case PyList l -> b instanceof PyList m && listEqual(l.items, m.items);
            case PyTuple t -> b instanceof PyTuple u && listEqual(t.items, u.items);
            case PyDict d -> b instanceof PyDict e && dictEqual(d, e);
            case PySet s -> b instanceof PySet t && s.members.equals(t.members);
            case PyRange r -> r.equals(b);
            case PyBoundMethod m -> m.equals(b);
            default -> customEq(a, b);
        };
    }

    private static boolean customEq(Object a, Object b) {
        if (a instanceof NumericValue n) {
            return Integer.valueOf(0).equals(n.compareTo(b));
        }
        if (b instanceof NumericValue n) {
            return Integer.valueOf(0).equals(n.compareTo(a));
        }
        if (a instanceof PyInstance i && i.type.lookup("__eq__") instanceof PyFunction f) {
            Object r = f.runtime.call(f, Args.of(a, b));
            if (r != Values.NOT_IMPLEMENTED) {
                return Values.truth(r);
            }
        }
        if (b instanceof PyInstance i && i.type.lookup("__eq__") instanceof PyFunction f) {
            Object r = f.runtime.call(f, Args.of(b, a));
            if (r != Values.NOT_IMPLEMENTED) {
                return Values.truth(r);
            }
        }
        if (a instanceof TimerHandle x && b instanceof TimerHandle y) {
            // The provider's TimerHandle.__eq__ (events.py): deadline, callback, arguments, cancelled state.
            return x.sameTimer(y);
        }
        return a == b;
    }

    private static boolean listEqual(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean dictEqual(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<HashKey, Object> e : a.map.entrySet()) {
            if (!b.map.containsKey(e.getKey()) || !equal(e.getValue(), b.map.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
