package dev.asynciotck.interpreter.runtime.operator;

import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.List;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.HashKey;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyMapping;
import dev.asynciotck.interpreter.runtime.object.PyRange;
import dev.asynciotck.interpreter.runtime.object.PySlice;
import dev.asynciotck.interpreter.runtime.object.PyTuple;

/** {@code obj[index]} reading, assignment and deletion. */
public final class Subscripts {

    private Subscripts() {
    }

    public static Object get(Runtime rt, Object object, Object index) {
        return switch (object) {
            case PyList l -> index instanceof PySlice s ? new PyList(slice(l.items, s))
                    : l.items.get(position(rt, index, l.items.size(), "list"));
            case PyTuple t -> index instanceof PySlice s ? new PyTuple(slice(t.items, s))
                    : t.items.get(position(rt, index, t.items.size(), "tuple"));
            case String str -> {
                List<Object> chars = Iteration.list(rt, str);
                if (index instanceof PySlice s) {
                    StringBuilder out = new StringBuilder();
                    slice(chars, s).forEach(c -> out.append((String) c));
                    yield out.toString();
                }
                yield chars.get(position(rt, index, chars.size(), "string"));
            }
            case PyDict d -> {
                Object value = d.get(index);
                if (value == null && !d.containsKey(index)) {
                    throw Errors.keyError(index);
                }
                yield value;
            }
            case PyRange r -> {
                if (index instanceof PySlice) {
                    throw Errors.unsupported("slicing a range");
                }
                yield r.get(position(rt, index, (int) r.length(), "range object"));
            }
            case PyInstance i when i.type.lookup("__getitem__") instanceof PyFunction f -> rt.call(f, i, index);
            case PyMapping m -> m.getItem(index);
            case PyClass c -> c;
            case null, default -> throw new TypeError("'" + rt.typeOf(object).name + "' object is not subscriptable");
        };
    }

    private static List<Object> slice(List<Object> items, PySlice s) {
        List<Object> out = new ArrayList<>();
        for (int i : s.positions(items.size())) {
            out.add(items.get(i));
        }
        return out;
    }

    private static int position(Runtime rt, Object index, int size, String what) {
        if (!Arithmetic.isInt(index)) {
            throw new TypeError((what.equals("string") ? "string" : what) + " indices must be integers"
                    + (what.equals("range object") ? " or slices" : " or slices") + ", not " + rt.typeOf(index).name);
        }
        long i = Arithmetic.big(index).longValue();
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError(what + " index out of range");
        }
        return (int) i;
    }

    public static void set(Runtime rt, Object object, Object index, Object value) {
        switch (object) {
            case PyList l -> {
                if (index instanceof PySlice s) {
                    List<Object> values = Iteration.list(rt, value);
                    if (s.step() == null || Arithmetic.big(s.step()).longValue() == 1) {
                        long[] r = s.indices(l.items.size());
                        int start = (int) r[0];
                        int stop = (int) Math.max(r[0], r[1]);
                        l.items.subList(start, stop).clear();
                        l.items.addAll(start, values);
                    } else {
                        List<Integer> positions = s.positions(l.items.size());
                        if (positions.size() != values.size()) {
                            throw Errors.valueError("attempt to assign sequence of size " + values.size()
                                    + " to extended slice of size " + positions.size());
                        }
                        for (int k = 0; k < positions.size(); k++) {
                            l.items.set(positions.get(k), values.get(k));
                        }
                    }
                    return;
                }
                l.items.set(position(rt, index, l.items.size(), "list assignment"), value);
            }
            case PyDict d -> d.put(index, value);
            case PyInstance i when i.type.lookup("__setitem__") instanceof PyFunction f -> rt.call(f, i, index, value);
            case null, default -> throw new TypeError("'" + rt.typeOf(object).name + "' object does not support item assignment");
        }
    }

    public static void delete(Runtime rt, Object object, Object index) {
        switch (object) {
            case PyList l -> {
                if (index instanceof PySlice s) {
                    List<Integer> positions = new ArrayList<>(s.positions(l.items.size()));
                    positions.sort((a, b) -> b - a);
                    positions.forEach(p -> l.items.remove((int) p));
                    return;
                }
                l.items.remove(position(rt, index, l.items.size(), "list assignment"));
            }
            case PyDict d -> {
                if (!d.containsKey(index)) {
                    throw Errors.keyError(index);
                }
                d.map.remove(new HashKey(index));
            }
            case PyInstance i when i.type.lookup("__delitem__") instanceof PyFunction f -> rt.call(f, i, index);
            case null, default -> throw new TypeError("'" + rt.typeOf(object).name + "' object doesn't support item deletion");
        }
    }
}
