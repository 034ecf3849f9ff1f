package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.PythonValues;
import java.util.List;

/**
 * {@code heapq.heappush} and {@code heapq.heappop}, ported step for step so that the same comparisons
 * ({@link PythonValues#lessThan} only, Python's {@code <}) happen in the same order as in CPython.
 * Invariant: {@code heap[k] <= heap[2k+1]} and {@code heap[k] <= heap[2k+2]} for every k.
 */
final class Heap {

    private Heap() {
    }

    /** {@code heappush(heap, item)}: append, then sift the new leaf up. */
    static void push(List<Object> heap, Object item, PythonValues values) {
        heap.add(item);
        siftDown(heap, 0, heap.size() - 1, values);
    }

    /** {@code heappop(heap)}: the smallest item; the last leaf moves to the root and sifts down. */
    static Object pop(List<Object> heap, PythonValues values) {
        Object last = heap.remove(heap.size() - 1); // IndexError on an empty heap; callers check first
        if (!heap.isEmpty()) {
            Object returnItem = heap.get(0);
            heap.set(0, last);
            siftUp(heap, 0, values);
            return returnItem;
        }
        return last;
    }

    /**
     * {@code _siftdown}: moves {@code heap[pos]} up towards {@code startpos} while it is smaller than its
     * parent. Like the C module, it swaps at each step, so a raising comparison leaves a permutation.
     */
    private static void siftDown(List<Object> heap, int startpos, int pos, PythonValues values) {
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            Object newItem = heap.get(pos);
            Object parent = heap.get(parentpos);
            if (!values.lessThan(newItem, parent)) {
                break;
            }
            heap.set(parentpos, newItem);
            heap.set(pos, parent);
            pos = parentpos;
        }
    }

    /**
     * {@code _siftup}: moves the smaller child up until {@code pos} is a leaf, carrying the item down,
     * then sifts it back up (fewer comparisons than stopping early, as heapq explains).
     */
    private static void siftUp(List<Object> heap, int pos, PythonValues values) {
        int endpos = heap.size();
        int startpos = pos;
        int limit = endpos >> 1; // smallest position without a child
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos && !values.lessThan(heap.get(childpos), heap.get(childpos + 1))) {
                childpos++;
            }
            Object child = heap.get(childpos);
            heap.set(childpos, heap.get(pos));
            heap.set(pos, child);
            pos = childpos;
        }
        siftDown(heap, startpos, pos, values);
    }
}
