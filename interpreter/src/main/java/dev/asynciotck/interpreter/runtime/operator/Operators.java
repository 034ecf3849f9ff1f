package dev.asynciotck.interpreter.runtime.operator;

import dev.asynciotck.spi.TimerHandle;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Equality;
import dev.asynciotck.spi.exceptions.TypeError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyDictView;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.NumericValue;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyRange;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Values;

/** Python's binary and unary operators, ==, ordering and membership. */
public final class Operators {

    private static final Map<String, String[]> DUNDERS = Map.ofEntries(
            Map.entry("+", new String[] {"__add__", "__radd__"}), Map.entry("-", new String[] {"__sub__", "__rsub__"}),
            Map.entry("*", new String[] {"__mul__", "__rmul__"}), Map.entry("/", new String[] {"__truediv__", "__rtruediv__"}),
            Map.entry("//", new String[] {"__floordiv__", "__rfloordiv__"}), Map.entry("%", new String[] {"__mod__", "__rmod__"}),
            Map.entry("**", new String[] {"__pow__", "__rpow__"}), Map.entry("<<", new String[] {"__lshift__", "__rlshift__"}),
            Map.entry(">>", new String[] {"__rshift__", "__rrshift__"}), Map.entry("&", new String[] {"__and__", "__rand__"}),
            Map.entry("|", new String[] {"__or__", "__ror__"}), Map.entry("^", new String[] {"__xor__", "__rxor__"}));

    private Operators() {
    }

    public static Object binary(Runtime rt, String op, Object a, Object b) {
        Object numeric = Arithmetic.binary(op, a, b);
        if (numeric != null) {
            return numeric;
        }
        Object result = sequences(rt, op, a, b);
        if (result != null) {
            return result;
        }
        Object custom = dunder(op, a, b);
        if (custom != NOT_IMPLEMENTED) {
            return custom;
        }
        if (op.equals("+") && (a instanceof String || a instanceof PyList || a instanceof PyTuple)) {
            throw new TypeError("can only concatenate " + typeName(rt, a) + " (not \"" + typeName(rt, b)
                    + "\") to " + typeName(rt, a));
        }
        if (op.equals("*") && (isSequence(a) || isSequence(b))) {
            throw new TypeError("can't multiply sequence by non-int of type '" + typeName(rt, isSequence(a) ? b : a) + "'");
        }
        throw new TypeError("unsupported operand type(s) for " + (op.equals("**") ? "** or pow()" : op) + ": '"
                + typeName(rt, a) + "' and '" + typeName(rt, b) + "'");
    }

    /** Python's NotImplemented. */
    public static final Object NOT_IMPLEMENTED = Values.NOT_IMPLEMENTED;

    private static Object dunder(String op, Object a, Object b) {
        String[] names = DUNDERS.get(op);
        if (names == null) {
            return NOT_IMPLEMENTED;
        }
        if (a instanceof NumericValue n) {
            Object r = n.binary(op, b, false);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (a instanceof PyInstance i && i.type.lookup(names[0]) instanceof PyFunction f) {
            Object r = f.runtime.call(f, Args.of(a, b));
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (b instanceof NumericValue n) {
            return n.binary(op, a, true);
        }
        if (b instanceof PyInstance i && i.type.lookup(names[1]) instanceof PyFunction f) {
            return f.runtime.call(f, Args.of(b, a));
        }
        return NOT_IMPLEMENTED;
    }

    /**
     * The name of a value's type for messages. {@code rt} is null only for the comparisons a provider asks for
     * (PriorityQueue's heap), which happen outside a program's evaluation: the value's own type then.
     */
    private static String typeName(Runtime rt, Object value) {
        return rt != null ? rt.typeOf(value).name : Types.typeOf(value).name;
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof PyList || v instanceof PyTuple;
    }

    private static Object sequences(Runtime rt, String op, Object a, Object b) {
        switch (op) {
            case "+" -> {
                if (a instanceof String x && b instanceof String y) {
                    return x + y;
                }
                if (a instanceof PyList x && b instanceof PyList y) {
                    PyList out = new PyList(x.items);
                    out.items.addAll(y.items);
                    return out;
                }
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    List<Object> out = new ArrayList<>(x.items);
                    out.addAll(y.items);
                    return new PyTuple(out);
                }
            }
            case "*" -> {
                if (isSequence(a) && Arithmetic.isInt(b)) {
                    return repeat(a, b);
                }
                if (isSequence(b) && Arithmetic.isInt(a)) {
                    return repeat(b, a);
                }
            }
            case "%" -> {
                if (a instanceof String format) {
                    return rt.formatPercent(format, b);
                }
            }
            case "|", "&", "-", "^" -> {
                if (a instanceof PySet x && b instanceof PySet y) {
                    return setOp(op, x, y);
                }
                if (op.equals("|") && a instanceof PyDict x && b instanceof PyDict y) {
                    PyDict out = new PyDict();
                    out.map.putAll(x.map);
                    out.map.putAll(y.map);
                    return out;
                }
            }
            default -> { }
        }
        return null;
    }

    private static Object repeat(Object sequence, Object times) {
        long n = Math.max(0, Arithmetic.big(times).min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue());
        return switch (sequence) {
            case String s -> s.repeat((int) n);
            case PyList l -> {
                PyList out = new PyList();
                for (long i = 0; i < n; i++) {
                    out.items.addAll(l.items);
                }
                yield out;
            }
            case PyTuple t -> {
                List<Object> out = new ArrayList<>();
                for (long i = 0; i < n; i++) {
                    out.addAll(t.items);
                }
                yield new PyTuple(out);
            }
            default -> null;
        };
    }

    private static PySet setOp(String op, PySet x, PySet y) {
        PySet out = new PySet(x.frozen);
        switch (op) {
            case "|" -> {
                out.members.addAll(x.members);
                out.members.addAll(y.members);
            }
            case "&" -> x.members.stream().filter(y.members::contains).forEach(out.members::add);
            case "-" -> x.members.stream().filter(k -> !y.members.contains(k)).forEach(out.members::add);
            default -> {
                x.members.stream().filter(k -> !y.members.contains(k)).forEach(out.members::add);
                y.members.stream().filter(k -> !x.members.contains(k)).forEach(out.members::add);
            }
        }
        return out;
    }

    public static Object unary(Runtime rt, String op, Object v) {
        if (op.equals("not")) {
            return !Values.truth(v);
        }
        Object numeric = Arithmetic.unary(op, v);
        if (numeric != null) {
            return numeric;
        }
        String dunder = switch (op) {
            case "-" -> "__neg__";
            case "+" -> "__pos__";
            default -> "__invert__";
        };
        if (v instanceof PyInstance i && i.type.lookup(dunder) instanceof PyFunction f) {
            return f.runtime.call(f, Args.of(v));
        }
        if (v instanceof NumericValue n && !op.equals("~")) {
            return n.unary(op);
        }
        throw new TypeError("bad operand type for unary " + op + ": '" + typeName(rt, v) + "'");
    }

    /** Python's {@code a == b}. */
    public static boolean equal(Object a, Object b) {
        return Equality.equal(a, b);
    }

    /** Python's ordering comparisons: op is one of {@code < <= > >=}. */
    public static boolean compare(Runtime rt, String op, Object a, Object b) {
        if (Arithmetic.isNumber(a) && Arithmetic.isNumber(b)) {
            if (a instanceof Double d && d.isNaN() || b instanceof Double e && e.isNaN()) {
                return false;
            }
            return test(op, Arithmetic.compare(a, b));
        }
        if (a instanceof String x && b instanceof String y) {
            return test(op, Integer.signum(x.compareTo(y)));
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return compareSequences(rt, op, x.items, y.items);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return compareSequences(rt, op, x.items, y.items);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return switch (op) {
                case "<" -> x.members.size() < y.members.size() && y.members.containsAll(x.members);
                case "<=" -> y.members.containsAll(x.members);
                case ">" -> x.members.size() > y.members.size() && x.members.containsAll(y.members);
                default -> x.members.containsAll(y.members);
            };
        }
        if (a instanceof NumericValue n && n.compareTo(b) instanceof Integer sign) {
            return test(op, sign);
        }
        if (b instanceof NumericValue n && n.compareTo(a) instanceof Integer sign) {
            return test(op, -sign);
        }
        if (a instanceof TimerHandle x && b instanceof TimerHandle y) {
            // The provider's TimerHandle.__lt__/__le__/__gt__/__ge__ (events.py).
            return switch (op) {
                case "<" -> x.before(y);
                case "<=" -> x.before(y) || x.sameTimer(y);
                case ">" -> x.after(y);
                default -> x.after(y) || x.sameTimer(y);
            };
        }
        String[] names = switch (op) {
            case "<" -> new String[] {"__lt__", "__gt__"};
            case "<=" -> new String[] {"__le__", "__ge__"};
            case ">" -> new String[] {"__gt__", "__lt__"};
            default -> new String[] {"__ge__", "__le__"};
        };
        if (a instanceof PyInstance i && i.type.lookup(names[0]) instanceof PyFunction f) {
            Object r = f.runtime.call(f, Args.of(a, b));
            if (r != NOT_IMPLEMENTED) {
                return Values.truth(r);
            }
        }
        if (b instanceof PyInstance i && i.type.lookup(names[1]) instanceof PyFunction f) {
            Object r = f.runtime.call(f, Args.of(b, a));
            if (r != NOT_IMPLEMENTED) {
                return Values.truth(r);
            }
        }
        throw new TypeError("'" + op + "' not supported between instances of '" + typeName(rt, a) + "' and '"
                + typeName(rt, b) + "'");
    }

    private static boolean compareSequences(Runtime rt, String op, List<Object> a, List<Object> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!equal(a.get(i), b.get(i))) {
                return op.equals("<") || op.equals("<=") ? compare(rt, "<", a.get(i), b.get(i)) : compare(rt, ">", a.get(i), b.get(i));
            }
        }
        return test(op, Integer.compare(a.size(), b.size()));
    }

    private static boolean test(String op, int c) {
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    public static boolean lessThan(Runtime rt, Object a, Object b) {
        return compare(rt, "<", a, b);
    }

    /** Python's {@code item in container}. */
    public static boolean contains(Runtime rt, Object container, Object item) {
        return switch (container) {
            case String s -> {
                if (!(item instanceof String sub)) {
                    throw new TypeError("'in <string>' requires string as left operand, not " + typeName(rt, item));
                }
                yield s.contains(sub);
            }
            case PyList l -> l.items.stream().anyMatch(x -> equal(x, item));
            case PyTuple t -> t.items.stream().anyMatch(x -> equal(x, item));
            case PyDict d -> d.containsKey(item);
            case PySet s -> s.contains(item);
            case PyDictView v -> v.kind().equals("keys") ? v.dict().containsKey(item) : v.items().stream().anyMatch(x -> equal(x, item));
            case PyRange r -> Arithmetic.isInt(item) && Iteration.list(rt, r).stream().anyMatch(x -> equal(x, item));
            case PyInstance i when i.type.lookup("__contains__") instanceof PyFunction f ->
                    Values.truth(f.runtime.call(f, Args.of(container, item)));
            case null, default -> {
                for (Object x : Iteration.iterable(rt, container)) {
                    if (equal(x, item)) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }
}
