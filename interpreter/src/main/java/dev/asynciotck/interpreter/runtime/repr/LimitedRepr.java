package dev.asynciotck.interpreter.runtime.repr;

import dev.asynciotck.interpreter.runtime.object.HashKey;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.GeneratorExit;
import dev.asynciotck.spi.exceptions.KeyboardInterrupt;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.SystemExit;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Python's {@code reprlib.repr(value)} with the default limits of {@code reprlib.Repr} (3.6 to 3.13 alike), which
 * asyncio uses to show a future's result: nesting beyond six levels, more than six items of a list, tuple or set,
 * more than four of a dict, strings beyond 30 characters, ints beyond 40 digits and any other repr beyond 30
 * characters are shortened with {@code ...}. Sets and dicts are shown sorted when their items can be ordered
 * ({@code _possibly_sorted}), else in their own order.
 */
public final class LimitedRepr {

    private static final int MAX_LEVEL = 6;
    private static final int MAX_ITEMS = 6; // maxtuple, maxlist, maxset, maxfrozenset
    private static final int MAX_DICT = 4;
    private static final int MAX_STRING = 30;
    private static final int MAX_LONG = 40;
    private static final int MAX_OTHER = 30;
    private static final String FILL = "...";

    private final BiPredicate<Object, Object> lessThan;

    /** @param lessThan Python's {@code a < b}, as {@code sorted()} uses it */
    public LimitedRepr(BiPredicate<Object, Object> lessThan) {
        this.lessThan = lessThan;
    }

    /** {@code reprlib.repr(value)}. */
    public String repr(Object value) {
        return repr1(value, MAX_LEVEL);
    }

    private String repr1(Object value, int level) {
        return switch (value) {
            case PyList l -> iterable(l.items, level, "[", "]", "");
            case PyTuple t -> iterable(t.items, level, "(", ")", ",");
            case PySet s when s.members.isEmpty() -> s.frozen ? "frozenset()" : "set()";
            case PySet s -> s.frozen ? iterable(possiblySorted(s.items()), level, "frozenset({", "})", "")
                    : iterable(possiblySorted(s.items()), level, "{", "}", "");
            case PyDict d -> dict(d, level);
            case String s -> string(s);
            case Long l -> shortened(Repr.repr(l), MAX_LONG);
            case Integer i -> shortened(Repr.repr(i), MAX_LONG);
            case BigInteger b -> shortened(Repr.repr(b), MAX_LONG);
            case null, default -> instance(value);
        };
    }

    /**
     * {@code Repr.repr_instance}: the object's repr cut to 30 characters, or, when its repr raises an
     * {@code Exception}, {@code <T instance at 0x...>}. (asyncio 3.6-3.7's repr of a future nested in its own
     * result ends that way: the recursion's error at the deepest level, then each level cut.)
     */
    private static String instance(Object value) {
        String repr;
        try {
            repr = Repr.repr(value);
        } catch (KeyboardInterrupt | SystemExit | GeneratorExit | CancelledError notAnException) {
            throw notAnException; // BaseExceptions (CancelledError from 3.8; a repr raising it before is absurd)
        } catch (PythonException failed) {
            return "<" + Types.typeOf(value).name + " instance at " + Values.address(value) + ">";
        }
        return shortened(repr, MAX_OTHER);
    }

    /** {@code Repr._repr_iterable}. */
    private String iterable(Collection<?> items, int level, String left, String right, String trail) {
        int n = items.size();
        if (level <= 0 && n > 0) {
            return left + FILL + right;
        }
        List<String> pieces = new ArrayList<>();
        for (Object item : items) {
            if (pieces.size() == MAX_ITEMS) {
                break;
            }
            pieces.add(repr1(item, level - 1));
        }
        if (n > MAX_ITEMS) {
            pieces.add(FILL);
        }
        return left + String.join(", ", pieces) + (n == 1 ? trail : "") + right;
    }

    /** {@code Repr.repr_dict}. */
    private String dict(PyDict dict, int level) {
        int n = dict.map.size();
        if (n == 0) {
            return "{}";
        }
        if (level <= 0) {
            return "{" + FILL + "}";
        }
        List<Object> keys = new ArrayList<>();
        for (HashKey key : dict.map.keySet()) {
            keys.add(key.value);
        }
        List<String> pieces = new ArrayList<>();
        for (Object key : possiblySorted(keys)) {
            if (pieces.size() == MAX_DICT) {
                break;
            }
            pieces.add(repr1(key, level - 1) + ": " + repr1(dict.get(key), level - 1));
        }
        if (n > MAX_DICT) {
            pieces.add(FILL);
        }
        return "{" + String.join(", ", pieces) + "}";
    }

    /** {@code Repr.repr_str}: the repr of the first 30 characters, else of both ends around {@code ...}. */
    private static String string(String s) {
        String r = Repr.repr(s.length() > MAX_STRING ? s.substring(0, MAX_STRING) : s);
        if (r.length() > MAX_STRING) {
            int i = Math.max(0, (MAX_STRING - 3) / 2);
            int j = Math.max(0, MAX_STRING - 3 - i);
            r = Repr.repr(s.substring(0, i) + s.substring(s.length() - j));
            r = r.substring(0, i) + FILL + r.substring(r.length() - j);
        }
        return r;
    }

    /** {@code repr_int} and {@code repr_instance}: a repr longer than {@code max} keeps both ends. */
    private static String shortened(String r, int max) {
        if (r.length() <= max) {
            return r;
        }
        int i = Math.max(0, (max - 3) / 2);
        int j = Math.max(0, max - 3 - i);
        return r.substring(0, i) + FILL + r.substring(r.length() - j);
    }

    /** {@code _possibly_sorted}: {@code sorted(items)}, or the items as they are when they cannot be ordered. */
    private List<Object> possiblySorted(Collection<?> items) {
        List<Object> sorted = new ArrayList<>(items);
        try {
            sorted.sort((a, b) -> lessThan.test(a, b) ? -1 : lessThan.test(b, a) ? 1 : 0);
            return sorted;
        } catch (RuntimeException unorderable) {
            return new ArrayList<>(items);
        }
    }
}
