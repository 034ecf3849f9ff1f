package dev.asynciotck.reference.lib;

import dev.asynciotck.reference.ReferenceFuture;

/**
 * A map by identity ({@code ==}) for combinators that index many arguments at once (gather's {@code arg_to_fut}),
 * built for 100,000 keys and more without two costs of {@link java.util.IdentityHashMap}:
 * <ul>
 *   <li>its table is one array, which past 131,072 slots is a humongous object for G1: a young collection treats
 *       such an array as old, so after the map is dropped it still keeps every key and value (and all they reach)
 *       alive, and copies them, until a concurrent cycle reclaims it;</li>
 *   <li>its hash is {@link System#identityHashCode}, which the first time installs a hash in each object's header.</li>
 * </ul>
 * Here the table is split into segments of {@value #SEGMENT_SLOTS} slots (64–128 KB each), and a future of the
 * reference hashes by its creation number ({@link ReferenceFuture#identityHash}).
 *
 * <p>Invariants: open addressing with linear probing over {@code capacity} = a power of two slots, at most half of
 * them used; slot {@code i} is {@code keys[i >>> SHIFT][i & MASK]} with its value at the same place in
 * {@code values}; a key is never removed.
 */
final class IdentityIndex<V> {

    private static final int SHIFT = 14;
    private static final int SEGMENT_SLOTS = 1 << SHIFT;
    private static final int MASK = SEGMENT_SLOTS - 1;

    private Object[][] keys;
    private Object[][] values;
    private int capacity;
    private int size;

    /** @param expected how many keys are likely (the table grows past it if needed) */
    IdentityIndex(int expected) {
        allocate(Math.max(8, Integer.highestOneBit(Math.max(1, expected) * 2 - 1) << 1));
    }

    /** The value mapped to {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(Object key) {
        for (int i = indexOf(key); ; i = (i + 1) & (capacity - 1)) {
            Object k = keys[i >>> SHIFT][i & MASK];
            if (k == key) {
                return (V) values[i >>> SHIFT][i & MASK];
            }
            if (k == null) {
                return null;
            }
        }
    }

    /** Maps {@code key} (not yet present, never null) to {@code value}. */
    void putNew(Object key, V value) {
        if (2 * (size + 1) > capacity) {
            grow();
        }
        insert(key, value);
        size++;
    }

    private void insert(Object key, Object value) {
        int i = indexOf(key);
        while (keys[i >>> SHIFT][i & MASK] != null) {
            i = (i + 1) & (capacity - 1);
        }
        keys[i >>> SHIFT][i & MASK] = key;
        values[i >>> SHIFT][i & MASK] = value;
    }

    private int indexOf(Object key) {
        int h = ReferenceFuture.identityHash(key) * 0x9E3779B9; // Fibonacci hashing: spreads sequential numbers
        return (h ^ (h >>> 16)) & (capacity - 1);
    }

    private void grow() {
        Object[][] oldKeys = keys;
        Object[][] oldValues = values;
        int oldCapacity = capacity;
        allocate(capacity * 2);
        for (int i = 0; i < oldCapacity; i++) {
            Object k = oldKeys[i >>> SHIFT][i & MASK];
            if (k != null) {
                insert(k, oldValues[i >>> SHIFT][i & MASK]);
            }
        }
    }

    private void allocate(int slots) {
        capacity = slots;
        int segments = Math.max(1, slots >>> SHIFT);
        int perSegment = Math.min(slots, SEGMENT_SLOTS);
        keys = new Object[segments][perSegment];
        values = new Object[segments][perSegment];
    }
}
