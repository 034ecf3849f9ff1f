package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.PythonValues;
import java.util.LinkedList;

/** {@code asyncio.Queue}: first in, first out (a deque; items may be None). Not final: a fault model extends it. */
class FifoQueue extends BaseQueue {

    private final LinkedList<Object> queue = new LinkedList<>();

    FifoQueue(Asyncio asyncio, PythonValues values, Object maxsize) {
        super(asyncio, values, maxsize);
    }

    @Override
    protected Object take() {
        return queue.removeFirst();
    }

    @Override
    protected void store(Object item) {
        queue.addLast(item);
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
        return "Queue";
    }
}
