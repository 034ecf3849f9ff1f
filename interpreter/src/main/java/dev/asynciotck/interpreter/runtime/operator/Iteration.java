package dev.asynciotck.interpreter.runtime.operator;

import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.HashKey;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyDictView;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyIterator;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyRange;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.PyTuple;

/** Python's iteration protocol over every iterable value. */
public final class Iteration {

    private Iteration() {
    }

    /** Python's {@code iter(value)} as a Java iterable. */
    public static Iterable<Object> iterable(Runtime rt, Object value) {
        return () -> iterator(rt, value);
    }

    @SuppressWarnings("unchecked")
    public static Iterator<Object> iterator(Runtime rt, Object value) {
        return switch (value) {
            case PyList l -> new Iterator<>() {
                int i;

                public boolean hasNext() {
                    return i < l.items.size();
                }

                public Object next() {
                    return l.items.get(i++);
                }
            };
            case PyTuple t -> t.items.iterator();
            case String s -> s.codePoints().mapToObj(cp -> (Object) new String(Character.toChars(cp))).iterator();
            case PyDict d -> dictKeys(d);
            case PySet s -> s.items().iterator();
            case PyRange r -> new Iterator<>() {
                long i;

                public boolean hasNext() {
                    return i < r.length();
                }

                public Object next() {
                    return r.get(i++);
                }
            };
            case PyIterator it -> (Iterator<Object>) it.iterator;
            case PyDictView v -> v.items().iterator();
            case PyInstance i when i.type.lookup("__iter__") instanceof PyFunction f -> {
                Object it = f.runtime.call(f, Args.of(i));
                if (it instanceof PyInstance j && j.type.lookup("__next__") instanceof PyFunction next) {
                    yield nextProtocol(j, next);
                }
                yield iterator(rt, it);
            }
            case PyInstance i when i.type.lookup("__next__") instanceof PyFunction next -> nextProtocol(i, next);
            case List<?> l -> (Iterator<Object>) l.iterator();
            case Iterable<?> l -> (Iterator<Object>) l.iterator();
            case null, default -> throw new TypeError("'" + rt.typeOf(value).name + "' object is not iterable");
        };
    }

    private static Iterator<Object> dictKeys(PyDict d) {
        Iterator<HashKey> keys = d.map.keySet().iterator();
        int size = d.size();
        return new Iterator<>() {
            public boolean hasNext() {
                if (d.size() != size) {
                    throw new dev.asynciotck.spi.exceptions.RuntimeError("dictionary changed size during iteration");
                }
                return keys.hasNext();
            }

            public Object next() {
                try {
                    return keys.next().value;
                } catch (ConcurrentModificationException e) {
                    throw new dev.asynciotck.spi.exceptions.RuntimeError("dictionary changed size during iteration");
                }
            }
        };
    }

    private static Iterator<Object> nextProtocol(PyInstance iterator, PyFunction next) {
        return new Iterator<>() {
            Object pending;
            boolean ready;
            boolean done;

            public boolean hasNext() {
                if (!ready && !done) {
                    try {
                        pending = next.runtime.call(next, Args.of(iterator));
                        ready = true;
                    } catch (RuntimeException e) {
                        if (next.runtime.exceptionClass(e) instanceof PyClass c
                                && c.isSubclassOf(ExceptionClasses.STOP_ITERATION)) {
                            done = true;
                        } else {
                            throw e;
                        }
                    }
                }
                return ready;
            }

            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return pending;
            }
        };
    }

    /** All items of an iterable, in order. */
    public static List<Object> list(Runtime rt, Object value) {
        if (value instanceof PyList l) {
            return new ArrayList<>(l.items);
        }
        if (value instanceof PyTuple t) {
            return t.items;
        }
        List<Object> items = new ArrayList<>();
        iterator(rt, value).forEachRemaining(items::add);
        return items;
    }

    /** The (key, value) pairs of a mapping or of an iterable of pairs, for dict() and dict.update(). */
    public static List<Object[]> pairs(Runtime rt, Object value) {
        List<Object[]> pairs = new ArrayList<>();
        if (value instanceof PyDict d) {
            for (Map.Entry<HashKey, Object> e : d.map.entrySet()) {
                pairs.add(new Object[] {e.getKey().value, e.getValue()});
            }
            return pairs;
        }
        int index = 0;
        for (Object item : iterable(rt, value)) {
            List<Object> pair = list(rt, item);
            if (pair.size() != 2) {
                throw Errors.valueError("dictionary update sequence element #" + index + " has length " + pair.size()
                        + "; 2 is required");
            }
            pairs.add(new Object[] {pair.get(0), pair.get(1)});
            index++;
        }
        return pairs;
    }
}
