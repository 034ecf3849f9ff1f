package dev.asynciotck.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * The loop's {@code _scheduled} list kept as a heap by a port of CPython's {@code heapq} (heappush,
 * heappop, heapify with {@code _siftdown}/{@code _siftup} exactly as written there). Timers compare by
 * {@code when} only ({@code TimerHandle.__lt__}), so timers due at the same time leave the heap in the
 * order this algorithm gives, which is not always the order they were scheduled in.
 */
class TimerHeap {

    private ArrayList<ScheduledTimer> heap = new ArrayList<>();

    int size() {
        return heap.size();
    }

    boolean isEmpty() {
        return heap.isEmpty();
    }

    /** {@code heap[0]}. */
    ScheduledTimer peek() {
        return heap.get(0);
    }

    void clear() {
        heap.clear();
    }

    /** {@code heapq.heappush}. */
    void push(ScheduledTimer item) {
        heap.add(item);
        siftDown(0, heap.size() - 1);
    }

    /** {@code heapq.heappop}. */
    ScheduledTimer pop() {
        ScheduledTimer last = heap.remove(heap.size() - 1);
        if (!heap.isEmpty()) {
            ScheduledTimer first = heap.get(0);
            heap.set(0, last);
            siftUp(0);
            return first;
        }
        return last;
    }

    /**
     * The cleanup of {@code _run_once} when too many timers are cancelled: keeps the live timers in list
     * order, marks the others unscheduled, and {@code heapify}s what is left.
     */
    void dropCancelled() {
        var kept = new ArrayList<ScheduledTimer>(heap.size());
        for (ScheduledTimer timer : heap) {
            if (timer.cancelled()) {
                timer.scheduled = false;
            } else {
                kept.add(timer);
            }
        }
        heap = kept;
        for (int i = heap.size() / 2 - 1; i >= 0; i--) {
            siftUp(i);
        }
    }

    /** The timers in heap order, for tests. */
    List<ScheduledTimer> snapshot() {
        return List.copyOf(heap);
    }

    /** {@code TimerHandle.__lt__}; overridable only for the fault models ({@link Seams#newTimerHeap}). */
    boolean less(ScheduledTimer a, ScheduledTimer b) {
        return a.when() < b.when();
    }

    /** {@code heapq._siftdown}: moves the item at {@code pos} up towards {@code startPos}. */
    private void siftDown(int startPos, int pos) {
        ScheduledTimer newItem = heap.get(pos);
        while (pos > startPos) {
            int parentPos = (pos - 1) >> 1;
            ScheduledTimer parent = heap.get(parentPos);
            if (less(newItem, parent)) {
                heap.set(pos, parent);
                pos = parentPos;
                continue;
            }
            break;
        }
        heap.set(pos, newItem);
    }

    /** {@code heapq._siftup}: bubbles the smaller child up to a leaf, then sifts the item into place. */
    private void siftUp(int pos) {
        int endPos = heap.size();
        int startPos = pos;
        ScheduledTimer newItem = heap.get(pos);
        int childPos = 2 * pos + 1;
        while (childPos < endPos) {
            int rightPos = childPos + 1;
            if (rightPos < endPos && !less(heap.get(childPos), heap.get(rightPos))) {
                childPos = rightPos;
            }
            heap.set(pos, heap.get(childPos));
            pos = childPos;
            childPos = 2 * pos + 1;
        }
        heap.set(pos, newItem);
        siftDown(startPos, pos);
    }
}
