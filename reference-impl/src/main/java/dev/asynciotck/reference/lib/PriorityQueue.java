package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.PythonValues;
import java.util.ArrayList;

/** {@code asyncio.PriorityQueue}: lowest first, a list kept as a binary heap by {@link Heap}. */
final class PriorityQueue extends BaseQueue {

    private final ArrayList<Object> queue = new ArrayList<>();

    PriorityQueue(Asyncio asyncio, PythonValues values, Object maxsize) {
        super(asyncio, values, maxsize);
    }

    @Override
    protected Object take() {
        return Heap.pop(queue, values);
    }

    @Override
    protected void store(Object item) {
        Heap.push(queue, item, values);
    }

    @Override
    protected int size() {
        return queue.size();
    }

    @Override
    protected Iterable<Object> items() {
        return queue;
    }

    @Override
    protected String typeName() {
        return "PriorityQueue";
    }
}
