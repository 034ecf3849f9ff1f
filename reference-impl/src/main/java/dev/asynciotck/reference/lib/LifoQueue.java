package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.PythonValues;
import java.util.ArrayList;

/** {@code asyncio.LifoQueue}: last in, first out (a list used as a stack). */
final class LifoQueue extends BaseQueue {

    private final ArrayList<Object> queue = new ArrayList<>();

    LifoQueue(Asyncio asyncio, PythonValues values, Object maxsize) {
        super(asyncio, values, maxsize);
    }

    @Override
    protected Object take() {
        return queue.remove(queue.size() - 1);
    }

    @Override
    protected void store(Object item) {
        queue.add(item);
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
        return "LifoQueue";
    }
}
