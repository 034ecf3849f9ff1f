package dev.asynciotck.interpreter.runtime.builtin;

import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.interpreter.syntax.Ellipsis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.asynciotck.interpreter.runtime.object.PyWrappers;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyDictView;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyIterator;
import dev.asynciotck.interpreter.runtime.object.SelfIterator;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyMapping;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Arithmetic;
import dev.asynciotck.interpreter.runtime.operator.Iteration;
import dev.asynciotck.interpreter.runtime.operator.Operators;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.PyRange;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.interpreter.runtime.format.FormatSpec;
import dev.asynciotck.interpreter.runtime.object.HashKey;
import dev.asynciotck.interpreter.runtime.object.PyBoundMethod;

/** The builtins module of one run. */
public final class Builtins {

    /** Real Python builtins the subset does not implement: using one is an unsupported construct. */
    public static final Set<String> UNSUPPORTED = Set.of("aiter", "anext", "ascii", "breakpoint", "bytearray", "bytes",
            "compile", "complex", "copyright", "credits", "dir", "eval", "exec", "exit", "globals", "help", "input",
            "license", "locals", "memoryview", "open", "quit", "slice", "vars", "__import__", "__build_class__",
            "__loader__", "__spec__", "__package__", "__debug__", "EnvironmentError", "IOError", "BytesWarning",
            "EncodingWarning", "FutureWarning", "ImportWarning", "ResourceWarning",
            "SyntaxWarning", "UnicodeWarning", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
            "IndentationError", "TabError", "ChildProcessError", "BlockingIOError", "IsADirectoryError",
            "NotADirectoryError", "ProcessLookupError", "PythonFinalizationError");

    private Builtins() {
    }

    public static Map<String, Object> create(Runtime rt) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.putAll(Types.builtinTypes());
        for (Map.Entry<String, PyClass> e : ExceptionClasses.all().entrySet()) {
            boolean groups = e.getKey().endsWith("ExceptionGroup");
            if (!groups || rt.atLeast(3, 11)) {
                b.put(e.getKey(), e.getValue());
            }
        }
        b.put("NotImplemented", Operators.NOT_IMPLEMENTED);
        b.put("Ellipsis", Ellipsis.INSTANCE);
        add(b, PyBuiltin.raw("print", args -> print(rt, args)));
        add(b, PyBuiltin.of("len", "obj", v -> (long) length(rt, v[0])));
        add(b, PyBuiltin.of("repr", "obj", v -> Repr.repr(v[0])));
        add(b, PyBuiltin.of("isinstance", "obj, class_or_tuple", v -> isInstance(rt, v[0], v[1], "isinstance")));
        add(b, PyBuiltin.of("issubclass", "cls, class_or_tuple", v -> {
            if (!(v[0] instanceof PyClass c)) {
                throw new TypeError("issubclass() arg 1 must be a class");
            }
            return subclass(c, v[1], "issubclass");
        }));
        add(b, PyBuiltin.of("sorted", "iterable, *, key=None, reverse=False",
                v -> new PyList(sorted(rt, Iteration.list(rt, v[0]), v[1], Values.truth(v[2])))));
        add(b, PyBuiltin.of("reversed", "sequence", v -> {
            List<Object> items = new ArrayList<>(Iteration.list(rt, v[0] instanceof PyDict d ? new PyDictView(d, "keys") : v[0]));
            Collections.reverse(items);
            return new PyIterator(items.iterator(), v[0] instanceof PyList ? "list_reverseiterator" : "reversed");
        }));
        add(b, PyBuiltin.raw("min", args -> extreme(rt, "min", args)));
        add(b, PyBuiltin.raw("max", args -> extreme(rt, "max", args)));
        add(b, PyBuiltin.of("sum", "iterable, start=0", v -> {
            Object total = v[1];
            for (Object item : Iteration.iterable(rt, v[0])) {
                total = Operators.binary(rt, "+", total, item);
            }
            return total;
        }));
        add(b, PyBuiltin.of("abs", "x", v -> {
            if (v[0] instanceof Double d) {
                return Math.abs(d);
            }
            if (Arithmetic.isInt(v[0])) {
                return Arithmetic.normalize(Arithmetic.big(v[0]).abs());
            }
            if (v[0] instanceof PyInstance i && i.type.lookup("__abs__") instanceof PyFunction f) {
                return rt.call(f, i);
            }
            throw new TypeError("bad operand type for abs(): '" + rt.typeOf(v[0]).name + "'");
        }));
        add(b, PyBuiltin.of("round", "number, ndigits=None", v -> {
            if (!Arithmetic.isNumber(v[0])) {
                throw new TypeError("type " + rt.typeOf(v[0]).name + " doesn't define __round__ method");
            }
            return Arithmetic.round(v[0], v[1]);
        }));
        add(b, PyBuiltin.of("divmod", "a, b", v -> PyTuple.of(Operators.binary(rt, "//", v[0], v[1]), Operators.binary(rt, "%", v[0], v[1]))));
        add(b, PyBuiltin.of("pow", "base, exp", v -> Operators.binary(rt, "**", v[0], v[1])));
        add(b, PyBuiltin.of("id", "obj", v -> Values.id(v[0])));
        add(b, PyBuiltin.of("hash", "obj", v -> (long) HashKey.hash(v[0])));
        add(b, PyBuiltin.of("enumerate", "iterable, start=0", v -> {
            Iterator<Object> it = Iteration.iterator(rt, v[0]);
            long[] n = {Arithmetic.big(v[1]).longValue()};
            return new PyIterator(new Iterator<>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public Object next() {
                    return PyTuple.of(n[0]++, it.next());
                }
            }, "enumerate");
        }));
        add(b, PyBuiltin.raw("zip", args -> zip(rt, args)));
        add(b, PyBuiltin.of("map", "function, iterable, *iterables", v -> {
            List<Object> out = new ArrayList<>();
            List<Iterator<Object>> its = new ArrayList<>();
            its.add(Iteration.iterator(rt, v[1]));
            for (Object more : ((PyTuple) v[2]).items) {
                its.add(Iteration.iterator(rt, more));
            }
            while (its.stream().allMatch(Iterator::hasNext)) {
                List<Object> call = new ArrayList<>();
                its.forEach(it -> call.add(it.next()));
                out.add(rt.call(v[0], new Args(call, Map.of())));
            }
            return new PyIterator(out.iterator(), "map");
        }));
        add(b, PyBuiltin.of("filter", "function, iterable", v -> {
            List<Object> out = new ArrayList<>();
            for (Object item : Iteration.iterable(rt, v[1])) {
                if (Values.truth(v[0] == null ? item : rt.call(v[0], item))) {
                    out.add(item);
                }
            }
            return new PyIterator(out.iterator(), "filter");
        }));
        add(b, PyBuiltin.of("any", "iterable", v -> {
            for (Object item : Iteration.iterable(rt, v[0])) {
                if (Values.truth(item)) {
                    return true;
                }
            }
            return false;
        }));
        add(b, PyBuiltin.of("all", "iterable", v -> {
            for (Object item : Iteration.iterable(rt, v[0])) {
                if (!Values.truth(item)) {
                    return false;
                }
            }
            return true;
        }));
        add(b, PyBuiltin.of("hasattr", "obj, name", v -> {
            try {
                Attributes.get(rt, v[0], (String) v[1]);
                return true;
            } catch (dev.asynciotck.spi.exceptions.PythonException e) {
                if (rt.isInstance(e, ExceptionClasses.ATTRIBUTE_ERROR)) {
                    return false;
                }
                throw e;
            }
        }));
        add(b, PyBuiltin.of("getattr", "obj, name, default=?", v -> {
            if (!(v[1] instanceof String name)) {
                throw new TypeError("attribute name must be string, not '" + rt.typeOf(v[1]).name + "'");
            }
            try {
                return Attributes.get(rt, v[0], name);
            } catch (dev.asynciotck.spi.exceptions.PythonException e) {
                if (!ArgumentBinder.absent(v[2]) && rt.isInstance(e, ExceptionClasses.ATTRIBUTE_ERROR)) {
                    return v[2];
                }
                throw e;
            }
        }));
        add(b, PyBuiltin.of("setattr", "obj, name, value", v -> {
            Attributes.set(rt, v[0], (String) v[1], v[2]);
            return null;
        }));
        add(b, PyBuiltin.of("delattr", "obj, name", v -> {
            Attributes.delete(rt, v[0], (String) v[1]);
            return null;
        }));
        add(b, PyBuiltin.of("callable", "obj", v -> v[0] instanceof PyFunction || v[0] instanceof PyBuiltin
                || v[0] instanceof PyBoundMethod || v[0] instanceof PyClass
                || v[0] instanceof PyInstance i && i.type.has("__call__")));
        add(b, PyBuiltin.of("iter", "obj", v -> switch (v[0]) {
            case PyIterator p -> p;
            case SelfIterator s -> s;
            case dev.asynciotck.spi.Future f -> rt.call(Attributes.get(rt, f, "__iter__"));
            case null, default -> new PyIterator(Iteration.iterator(rt, v[0]), rt.typeOf(v[0]).name + "_iterator");
        }));
        add(b, PyBuiltin.of("next", "iterator, default=?", v -> {
            if (v[0] instanceof SelfIterator s) {
                try {
                    return s.pyNext();
                } catch (dev.asynciotck.spi.exceptions.PythonException e) {
                    if (ArgumentBinder.absent(v[1]) || !rt.isInstance(e, ExceptionClasses.STOP_ITERATION)) {
                        throw e;
                    }
                    return v[1];
                }
            }
            Iterator<Object> it = v[0] instanceof PyIterator p ? castIterator(p) : null;
            if (it == null) {
                if (v[0] instanceof PyInstance i && i.type.lookup("__next__") instanceof PyFunction f) {
                    return rt.call(f, i);
                }
                throw new TypeError("'" + rt.typeOf(v[0]).name + "' object is not an iterator");
            }
            if (it.hasNext()) {
                return it.next();
            }
            if (!ArgumentBinder.absent(v[1])) {
                return v[1];
            }
            throw Errors.of(ExceptionClasses.STOP_ITERATION);
        }));
        add(b, PyBuiltin.of("chr", "i", v -> new String(Character.toChars((int) Arithmetic.big(v[0]).longValue()))));
        add(b, PyBuiltin.of("ord", "c", v -> {
            String s = (String) v[0];
            if (s.codePointCount(0, s.length()) != 1) {
                throw new TypeError("ord() expected a character, but string of length " + s.length() + " found");
            }
            return (long) s.codePointAt(0);
        }));
        add(b, PyBuiltin.of("format", "value, format_spec=''", v -> FormatSpec.format(rt, v[0], (String) v[1])));
        add(b, PyBuiltin.of("hex", "number", v -> FormatSpec.format(rt, v[0], "#x")));
        add(b, PyBuiltin.of("oct", "number", v -> FormatSpec.format(rt, v[0], "#o")));
        add(b, PyBuiltin.of("bin", "number", v -> FormatSpec.format(rt, v[0], "#b")));
        add(b, PyBuiltin.raw("super", args -> {
            if (args.size() == 2 && args.get(0) instanceof PyClass c) {
                return new PyWrappers.Super(c, args.get(1));
            }
            throw Errors.unsupported("super() with these arguments");
        }));
        return b;
    }

    @SuppressWarnings("unchecked")
    private static Iterator<Object> castIterator(PyIterator p) {
        return (Iterator<Object>) p.iterator;
    }

    private static void add(Map<String, Object> builtins, PyBuiltin function) {
        builtins.put(function.name, function);
    }

    private static Object print(Runtime rt, Args args) {
        Map<String, Object> kw = args.keywords();
        for (String key : kw.keySet()) {
            if (!Set.of("sep", "end", "file", "flush").contains(key)) {
                throw new TypeError("'" + key + "' is an invalid keyword argument for print()");
            }
        }
        if (kw.get("file") != null) {
            throw Errors.unsupported("print(file=...)");
        }
        String sep = kw.get("sep") == null ? " " : checkString(rt, kw.get("sep"), "sep");
        String end = kw.get("end") == null ? "\n" : checkString(rt, kw.get("end"), "end");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(sep);
            }
            out.append(Repr.str(args.get(i)));
        }
        out.append(end);
        rt.stdout().print(out);
        rt.stdout().flush();
        return null;
    }

    private static String checkString(Runtime rt, Object value, String name) {
        if (!(value instanceof String s)) {
            throw new TypeError(name + " must be None or a string, not " + rt.typeOf(value).name);
        }
        return s;
    }

    static long length(Runtime rt, Object value) {
        return switch (value) {
            case String s -> s.codePointCount(0, s.length());
            case PyList l -> l.items.size();
            case PyTuple t -> t.items.size();
            case PyDict d -> d.size();
            case PySet s -> s.members.size();
            case PyRange r -> r.length();
            case PyDictView v -> v.dict().size();
            case PyMapping m -> m.length();
            case PyInstance i when i.type.lookup("__len__") instanceof PyFunction f -> {
                Object n = rt.call(f, i);
                if (!Arithmetic.isInt(n)) {
                    throw new TypeError("'" + rt.typeOf(n).name + "' object cannot be interpreted as an integer");
                }
                yield Arithmetic.big(n).longValue();
            }
            case dev.asynciotck.spi.Queue q -> throw new TypeError("object of type 'Queue' has no len()");
            case null, default -> throw new TypeError("object of type '" + rt.typeOf(value).name + "' has no len()");
        };
    }

    public static boolean isInstance(Runtime rt, Object value, Object classes, String function) {
        return Types.isInstance(rt, value, classes, function);
    }

    private static boolean subclass(PyClass c, Object classes, String function) {
        if (classes instanceof PyTuple t) {
            return t.items.stream().anyMatch(x -> subclass(c, x, function));
        }
        if (!(classes instanceof PyClass cls)) {
            throw new TypeError(function + "() arg 2 must be a class, a tuple of classes, or a union");
        }
        return c.isSubclassOf(cls);
    }

    static List<Object> sorted(Runtime rt, List<Object> items, Object key, boolean reverse) {
        List<Object[]> decorated = new ArrayList<>(items.size());
        for (Object item : items) {
            decorated.add(new Object[] {key == null ? item : rt.call(key, item), item});
        }
        if (reverse) {
            Collections.reverse(decorated);
        }
        decorated.sort((a, b) -> Operators.lessThan(rt, a[0], b[0]) ? -1 : Operators.lessThan(rt, b[0], a[0]) ? 1 : 0);
        if (reverse) {
            Collections.reverse(decorated);
        }
        List<Object> out = new ArrayList<>(items.size());
        decorated.forEach(d -> out.add(d[1]));
        return out;
    }

    private static Object extreme(Runtime rt, String name, Args args) {
        Object key = args.keywords().get("key");
        boolean hasDefault = args.keywords().containsKey("default");
        List<Object> items = args.size() == 1 ? Iteration.list(rt, args.get(0)) : args.positional();
        if (args.size() == 0) {
            throw new TypeError(name + " expected at least 1 argument, got 0");
        }
        if (items.isEmpty()) {
            if (hasDefault) {
                return args.keywords().get("default");
            }
            throw Errors.valueError(name + "() iterable argument is empty");
        }
        Object best = items.get(0);
        Object bestKey = key == null ? best : rt.call(key, best);
        for (int i = 1; i < items.size(); i++) {
            Object item = items.get(i);
            Object k = key == null ? item : rt.call(key, item);
            if (name.equals("min") ? Operators.lessThan(rt, k, bestKey) : Operators.lessThan(rt, bestKey, k)) {
                best = item;
                bestKey = k;
            }
        }
        return best;
    }

    private static Object zip(Runtime rt, Args args) {
        List<Iterator<Object>> its = new ArrayList<>();
        for (Object iterable : args.positional()) {
            its.add(Iteration.iterator(rt, iterable));
        }
        List<Object> out = new ArrayList<>();
        while (!its.isEmpty() && its.stream().allMatch(Iterator::hasNext)) {
            List<Object> tuple = new ArrayList<>();
            its.forEach(it -> tuple.add(it.next()));
            out.add(new PyTuple(tuple));
        }
        return new PyIterator(out.iterator(), "zip");
    }
}
