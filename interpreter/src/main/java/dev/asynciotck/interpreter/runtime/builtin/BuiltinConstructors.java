package dev.asynciotck.interpreter.runtime.builtin;

import dev.asynciotck.spi.exceptions.TypeError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyRange;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.PyWrappers;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Arithmetic;
import dev.asynciotck.interpreter.runtime.operator.Iteration;

/** Calling the builtin types: int(x), str(x), list(it), ... */
public final class BuiltinConstructors {

    private BuiltinConstructors() {
    }

    private static Object[] bind(String name, String signature, Args args) {
        return ArgumentBinder.bind(name, ArgumentBinder.parse(signature), args);
    }

    public static Object object(Runtime rt, Args args) {
        bind("object", "", args);
        return new PyInstance(Types.OBJECT);
    }

    public static Object type(Runtime rt, Args args) {
        if (args.size() == 1) {
            return rt.typeOf(args.get(0));
        }
        throw Errors.unsupported("type() with three arguments");
    }

    public static Object integer(Runtime rt, Args args) {
        Object[] v = bind("int", "x=0, base=?", args);
        Object x = v[0];
        if (!ArgumentBinder.absent(v[1])) {
            return parseInt((String) x, (int) Arithmetic.big(v[1]).longValue());
        }
        return switch (x) {
            case Boolean b -> b ? 1L : 0L;
            case Long l -> l;
            case BigInteger b -> b;
            case Double d -> {
                if (d.isNaN() || d.isInfinite()) {
                    throw d.isNaN() ? Errors.valueError("cannot convert float NaN to integer")
                            : Errors.of(ExceptionClasses.OVERFLOW_ERROR, "cannot convert float infinity to integer");
                }
                yield Arithmetic.normalize(new BigDecimal(d).toBigInteger());
            }
            case String s -> parseInt(s, 10);
            case PyInstance i when i.type.lookup("__int__") instanceof PyFunction f -> rt.call(f, i);
            case null, default -> throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + rt.typeOf(x).name + "'");
        };
    }

    private static Object parseInt(String s, int base) {
        String text = s.strip().replace("_", "");
        try {
            return Arithmetic.normalize(new BigInteger(text, base));
        } catch (NumberFormatException e) {
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + Repr.repr(s));
        }
    }

    public static Object bool(Runtime rt, Args args) {
        Object[] v = bind("bool", "x=False", args);
        return Values.truth(v[0]);
    }

    public static Object floating(Runtime rt, Args args) {
        Object[] v = bind("float", "x=0.0", args);
        Object x = v[0];
        if (Arithmetic.isNumber(x)) {
            return Arithmetic.toDouble(x);
        }
        if (x instanceof String s) {
            String t = s.strip().toLowerCase().replace("_", "");
            switch (t) {
                case "inf", "+inf", "infinity", "+infinity":
                    return Double.POSITIVE_INFINITY;
                case "-inf", "-infinity":
                    return Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan":
                    return Double.NaN;
                default:
                    try {
                        if (t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
                            return Double.parseDouble(t);
                        }
                    } catch (NumberFormatException ignored) {
                        // reported below
                    }
            }
            throw Errors.valueError("could not convert string to float: " + Repr.repr(s));
        }
        throw new TypeError("float() argument must be a string or a real number, not '" + rt.typeOf(x).name + "'");
    }

    public static Object str(Runtime rt, Args args) {
        Object[] v = bind("str", "object=''", args);
        return Repr.str(v[0]);
    }

    public static Object list(Runtime rt, Args args) {
        Object[] v = bind("list", "iterable=?", args);
        return ArgumentBinder.absent(v[0]) ? new PyList() : new PyList(Iteration.list(rt, v[0]));
    }

    public static Object tuple(Runtime rt, Args args) {
        Object[] v = bind("tuple", "iterable=?", args);
        return ArgumentBinder.absent(v[0]) ? PyTuple.EMPTY : new PyTuple(Iteration.list(rt, v[0]));
    }

    public static Object dict(Runtime rt, Args args) {
        Object[] v = bind("dict", "iterable=?, **kwargs", args);
        PyDict dict = new PyDict();
        if (!ArgumentBinder.absent(v[0])) {
            for (Object[] pair : Iteration.pairs(rt, v[0])) {
                dict.put(pair[0], pair[1]);
            }
        }
        dict.map.putAll(((PyDict) v[1]).map);
        return dict;
    }

    public static Object set(Runtime rt, Args args) {
        Object[] v = bind("set", "iterable=?", args);
        return ArgumentBinder.absent(v[0]) ? new PySet() : PySet.of(Iteration.list(rt, v[0]));
    }

    public static Object frozenset(Runtime rt, Args args) {
        Object[] v = bind("frozenset", "iterable=?", args);
        PySet set = new PySet(true);
        if (!ArgumentBinder.absent(v[0])) {
            Iteration.list(rt, v[0]).forEach(set::add);
        }
        return set;
    }

    public static Object range(Runtime rt, Args args) {
        if (!args.keywords().isEmpty()) {
            throw new TypeError("range() takes no keyword arguments");
        }
        List<Object> a = args.positional();
        for (Object x : a) {
            if (!Arithmetic.isInt(x)) {
                throw new TypeError("'" + rt.typeOf(x).name + "' object cannot be interpreted as an integer");
            }
        }
        long[] n = a.stream().mapToLong(x -> Arithmetic.big(x).longValue()).toArray();
        return switch (n.length) {
            case 1 -> new PyRange(0, n[0], 1);
            case 2 -> new PyRange(n[0], n[1], 1);
            case 3 -> {
                if (n[2] == 0) {
                    throw Errors.valueError("range() arg 3 must not be zero");
                }
                yield new PyRange(n[0], n[1], n[2]);
            }
            default -> throw new TypeError(n.length == 0 ? "range expected at least 1 argument, got 0"
                    : "range expected at most 3 arguments, got " + n.length);
        };
    }

    public static Object staticMethod(Runtime rt, Args args) {
        return new PyWrappers.StaticMethod(bind("staticmethod", "function", args)[0]);
    }

    public static Object classMethod(Runtime rt, Args args) {
        return new PyWrappers.ClassMethod(bind("classmethod", "function", args)[0]);
    }

    public static Object property(Runtime rt, Args args) {
        Object[] v = bind("property", "fget=None, fset=None", args);
        return new PyWrappers.Property(v[0], v[1]);
    }
}
