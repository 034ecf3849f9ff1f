package dev.asynciotck.interpreter.runtime.builtin;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.HashKey;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyDictView;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Arithmetic;
import dev.asynciotck.interpreter.runtime.operator.Iteration;
import dev.asynciotck.interpreter.runtime.operator.Operators;

/** Methods of list, dict, set, tuple and numbers (str methods are in StringMethods). */
public final class BuiltinMethods {

    private static final Set<String> LIST_METHODS = Set.of("append", "clear", "copy", "count", "extend", "index",
            "insert", "pop", "remove", "reverse", "sort");
    private static final Set<String> DICT_METHODS = Set.of("clear", "copy", "fromkeys", "get", "items", "keys", "pop",
            "popitem", "setdefault", "update", "values");
    private static final Set<String> SET_METHODS = Set.of("add", "clear", "copy", "difference", "difference_update",
            "discard", "intersection", "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove",
            "symmetric_difference", "symmetric_difference_update", "union", "update");

    private BuiltinMethods() {
    }

    public static Object string(Runtime rt, String s, String name) {
        return StringMethods.get(rt, s, name);
    }

    static RuntimeException missing(Object self, String name, Set<String> real) {
        String type = Types.typeOf(self).name;
        if (real.contains(name)) {
            return Errors.unsupported(type + "." + name + "()");
        }
        return Errors.attributeError("'" + type + "' object has no attribute '" + name + "'");
    }

    public static Object list(Runtime rt, PyList l, String name) {
        List<Object> items = l.items;
        return switch (name) {
            case "append" -> PyBuiltin.method(l, "append", "object", v -> {
                items.add(v[0]);
                return null;
            });
            case "extend" -> PyBuiltin.method(l, "extend", "iterable", v -> {
                items.addAll(Iteration.list(rt, v[0]));
                return null;
            });
            case "insert" -> PyBuiltin.method(l, "insert", "index, object", v -> {
                long i = Arithmetic.big(v[0]).longValue();
                int size = items.size();
                int at = (int) (i < 0 ? Math.max(0, i + size) : Math.min(i, size));
                items.add(at, v[1]);
                return null;
            });
            case "pop" -> PyBuiltin.method(l, "pop", "index=-1", v -> {
                if (items.isEmpty()) {
                    throw Errors.indexError("pop from empty list");
                }
                long i = Arithmetic.big(v[0]).longValue();
                if (i < 0) {
                    i += items.size();
                }
                if (i < 0 || i >= items.size()) {
                    throw Errors.indexError("pop index out of range");
                }
                return items.remove((int) i);
            });
            case "remove" -> PyBuiltin.method(l, "remove", "value", v -> {
                for (int i = 0; i < items.size(); i++) {
                    if (Operators.equal(items.get(i), v[0])) {
                        items.remove(i);
                        return null;
                    }
                }
                throw Errors.valueError("list.remove(x): x not in list");
            });
            case "index" -> PyBuiltin.method(l, "index", "value", v -> {
                for (int i = 0; i < items.size(); i++) {
                    if (Operators.equal(items.get(i), v[0])) {
                        return (long) i;
                    }
                }
                throw Errors.valueError(Repr.repr(v[0]) + " is not in list");
            });
            case "count" -> PyBuiltin.method(l, "count", "value",
                    v -> items.stream().filter(x -> Operators.equal(x, v[0])).count());
            case "sort" -> PyBuiltin.method(l, "sort", "*, key=None, reverse=False", v -> {
                List<Object> sorted = Builtins.sorted(rt, items, v[0], Values.truth(v[1]));
                items.clear();
                items.addAll(sorted);
                return null;
            });
            case "reverse" -> PyBuiltin.method(l, "reverse", "", v -> {
                Collections.reverse(items);
                return null;
            });
            case "clear" -> PyBuiltin.method(l, "clear", "", v -> {
                items.clear();
                return null;
            });
            case "copy" -> PyBuiltin.method(l, "copy", "", v -> new PyList(items));
            default -> throw missing(l, name, LIST_METHODS);
        };
    }

    public static Object tuple(PyTuple t, String name) {
        return switch (name) {
            case "count" -> PyBuiltin.method(t, "count", "value",
                    v -> t.items.stream().filter(x -> Operators.equal(x, v[0])).count());
            case "index" -> PyBuiltin.method(t, "index", "value", v -> {
                for (int i = 0; i < t.items.size(); i++) {
                    if (Operators.equal(t.items.get(i), v[0])) {
                        return (long) i;
                    }
                }
                throw Errors.valueError("tuple.index(x): x not in tuple");
            });
            default -> throw missing(t, name, Set.of("count", "index"));
        };
    }

    public static Object dict(Runtime rt, PyDict d, String name) {
        return switch (name) {
            case "get" -> PyBuiltin.method(d, "get", "key, default=None", v -> d.containsKey(v[0]) ? d.get(v[0]) : v[1]);
            case "items", "keys", "values" -> PyBuiltin.method(d, name, "", v -> new PyDictView(d, name));
            case "pop" -> PyBuiltin.method(d, "pop", "key, default=?", v -> {
                if (d.containsKey(v[0])) {
                    return d.map.remove(new HashKey(v[0]));
                }
                if (ArgumentBinder.absent(v[1])) {
                    throw Errors.keyError(v[0]);
                }
                return v[1];
            });
            case "popitem" -> PyBuiltin.method(d, "popitem", "", v -> {
                if (d.size() == 0) {
                    throw Errors.keyError("popitem(): dictionary is empty");
                }
                HashKey last = null;
                for (HashKey k : d.map.keySet()) {
                    last = k;
                }
                Object value = d.map.remove(last);
                return PyTuple.of(last.value, value);
            });
            case "setdefault" -> PyBuiltin.method(d, "setdefault", "key, default=None", v -> {
                if (!d.containsKey(v[0])) {
                    d.put(v[0], v[1]);
                }
                return d.get(v[0]);
            });
            case "update" -> PyBuiltin.method(d, "update", "other=?, **kwargs", v -> {
                if (!ArgumentBinder.absent(v[0])) {
                    for (Object[] pair : Iteration.pairs(rt, v[0])) {
                        d.put(pair[0], pair[1]);
                    }
                }
                d.map.putAll(((PyDict) v[1]).map);
                return null;
            });
            case "clear" -> PyBuiltin.method(d, "clear", "", v -> {
                d.map.clear();
                return null;
            });
            case "copy" -> PyBuiltin.method(d, "copy", "", v -> {
                PyDict copy = new PyDict();
                copy.map.putAll(d.map);
                return copy;
            });
            default -> throw missing(d, name, DICT_METHODS);
        };
    }

    public static Object set(Runtime rt, PySet s, String name) {
        return switch (name) {
            case "add" -> PyBuiltin.method(s, "add", "element", v -> {
                s.add(v[0]);
                return null;
            });
            case "remove" -> PyBuiltin.method(s, "remove", "element", v -> {
                if (!s.remove(v[0])) {
                    throw Errors.keyError(v[0]);
                }
                return null;
            });
            case "discard" -> PyBuiltin.method(s, "discard", "element", v -> {
                s.remove(v[0]);
                return null;
            });
            case "pop" -> PyBuiltin.method(s, "pop", "", v -> {
                if (s.members.isEmpty()) {
                    throw Errors.keyError("pop from an empty set");
                }
                Object first = s.items().get(0);
                s.remove(first);
                return first;
            });
            case "clear" -> PyBuiltin.method(s, "clear", "", v -> {
                s.members.clear();
                return null;
            });
            case "copy" -> PyBuiltin.method(s, "copy", "", v -> {
                PySet copy = new PySet(s.frozen);
                copy.members.addAll(s.members);
                return copy;
            });
            case "union", "intersection", "difference", "symmetric_difference" -> PyBuiltin.method(s, name, "*others", v -> {
                String op = switch (name) {
                    case "union" -> "|";
                    case "intersection" -> "&";
                    case "difference" -> "-";
                    default -> "^";
                };
                PySet result = new PySet(s.frozen);
                result.members.addAll(s.members);
                for (Object other : ((PyTuple) v[0]).items) {
                    result = (PySet) Operators.binary(rt, op, result, PySet.of(Iteration.list(rt, other)));
                }
                return result;
            });
            case "update" -> PyBuiltin.method(s, "update", "*others", v -> {
                for (Object other : ((PyTuple) v[0]).items) {
                    Iteration.list(rt, other).forEach(s::add);
                }
                return null;
            });
            case "issubset" -> PyBuiltin.method(s, name, "other", v -> PySet.of(Iteration.list(rt, v[0])).members.containsAll(s.members));
            case "issuperset" -> PyBuiltin.method(s, name, "other", v -> s.members.containsAll(PySet.of(Iteration.list(rt, v[0])).members));
            case "isdisjoint" -> PyBuiltin.method(s, name, "other",
                    v -> Collections.disjoint(s.members, PySet.of(Iteration.list(rt, v[0])).members));
            default -> throw missing(s, name, SET_METHODS);
        };
    }

    public static Object number(Object n, String name) {
        return switch (name) {
            case "real" -> n instanceof Boolean b ? (Object) (b ? 1L : 0L) : n;
            case "imag" -> n instanceof Double ? (Object) 0.0 : (Object) 0L;
            case "numerator" -> Arithmetic.isInt(n) ? Arithmetic.normalize(Arithmetic.big(n)) : throwMissing(n, name);
            case "denominator" -> Arithmetic.isInt(n) ? (Object) 1L : throwMissing(n, name);
            case "bit_length" -> Arithmetic.isInt(n) ? PyBuiltin.method(n, "bit_length", "",
                    v -> (long) Arithmetic.big(n).abs().bitLength()) : throwMissing(n, name);
            case "is_integer" -> n instanceof Double d ? PyBuiltin.method(n, "is_integer", "",
                    v -> !d.isInfinite() && d == Math.rint(d)) : throwMissing(n, name);
            case "conjugate" -> PyBuiltin.method(n, "conjugate", "", v -> n);
            default -> throwMissing(n, name);
        };
    }

    private static Object throwMissing(Object n, String name) {
        throw missing(n, name, Set.of("as_integer_ratio", "to_bytes", "from_bytes", "hex", "fromhex", "bit_count",
                "is_integer", "bit_length", "numerator", "denominator"));
    }
}
