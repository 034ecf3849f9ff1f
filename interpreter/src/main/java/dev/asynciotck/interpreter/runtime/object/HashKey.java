package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.exceptions.TypeError;
import java.math.BigInteger;

/** A dict key or set member: Python's hash and == wrapped for Java collections. */
public final class HashKey {

    public final Object value;
    private final int hash;

    public HashKey(Object value) {
        this.value = value;
        this.hash = hash(value);
    }

    /** Python's hash of a hashable value; TypeError for list, dict and set. */
    public static int hash(Object value) {
        return switch (value) {
            case null -> 0;
            case Boolean b -> b ? 1 : 0;
            case Long l -> Long.hashCode(l);
            case BigInteger b -> b.hashCode();
            case Double d -> d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.2e18
                    ? Long.hashCode((long) d.doubleValue()) : d.hashCode();
            case String s -> s.hashCode();
            case PyTuple t -> {
                int h = 17;
                for (Object item : t.items) {
                    h = h * 31 + hash(item);
                }
                yield h;
            }
            case PyList l -> throw unhashable("list");
            case PyDict d -> throw unhashable("dict");
            case PySet s -> {
                if (!s.frozen) {
                    throw unhashable("set");
                }
                int h = 0;
                for (HashKey k : s.members) {
                    h ^= k.hash;
                }
                yield h;
            }
            case PyInstance i -> i.pythonHash();
            case dev.asynciotck.spi.TimerHandle t -> hash(t.hashValue());
            case NumericValue n -> n.hashKey();
            default -> System.identityHashCode(value);
        };
    }

    private static TypeError unhashable(String type) {
        return new TypeError("unhashable type: '" + type + "'");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HashKey k && (k.value == value || (k.hash == hash && Equality.equal(value, k.value)));
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
