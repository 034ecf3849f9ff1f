package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.exceptions.QueueEmpty;
import dev.asynciotck.spi.exceptions.QueueFull;
import dev.asynciotck.spi.exceptions.QueueShutDown;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code asyncio.Queue} (queues.py); subclasses choose the storage and which item {@code get} takes.
 *
 * <p>Invariants: {@code getters}/{@code putters} hold the futures of waiting get()/put() calls in
 * arrival order (some may already be done, or cancelled); every {@code putNowait} wakes the first getter
 * that is still pending, every {@code getNowait} the first such putter. A waiter woken but cancelled
 * before it could act passes the wake-up on, so no item and no free slot is ever lost.
 * {@code unfinishedTasks} counts puts not yet matched by {@code taskDone}; {@code finished} is set
 * exactly when it is zero.
 */
abstract class BaseQueue extends LoopBound implements Queue {

    /** The program's value as given (see {@link Queue}): compared only through {@code values.lessThan}. */
    private final Object maxsize;
    private final Deque<Future> getters = new ArrayDeque<>();
    private final Deque<Future> putters = new ArrayDeque<>();
    private int unfinishedTasks;
    private final AsyncEvent finished;
    private boolean isShutdown;

    BaseQueue(Asyncio asyncio, PythonValues values, Object maxsize) {
        super(asyncio, values);
        this.maxsize = maxsize;
        this.finished = new AsyncEvent(asyncio, values);
        this.finished.set();
    }

    // ---- the storage, overridden by each kind of queue (_init, _get, _put, len(_queue)) ----

    /** {@code _get()}: removes the next item. */
    protected abstract Object take();

    /** {@code _put(item)}: stores an item. */
    protected abstract void store(Object item);

    /** {@code len(self._queue)}. */
    protected abstract int size();

    /** {@code list(self._queue)}, for the repr. */
    protected abstract Iterable<Object> items();

    /** Python's class name, for the repr. */
    protected abstract String typeName();

    // ---- Queue ----

    @Override
    public Object maxsize() {
        return maxsize;
    }

    @Override
    public int qsize() {
        return size();
    }

    @Override
    public boolean empty() {
        return size() == 0;
    }

    /**
     * queues.py: {@code False if self._maxsize <= 0 else self.qsize() >= self._maxsize}, written with {@code <} alone:
     * {@code 0 < maxsize} and not {@code qsize() < maxsize}, which agree with it for every number, NaN included
     * (NaN is never full either way).
     */
    @Override
    public boolean full() {
        if (maxsize instanceof Long bound) { // an int: the same comparisons, without the host
            return bound > 0 && qsize() >= bound;
        }
        Long size = (long) qsize();
        return values.lessThan(0L, maxsize) && !values.lessThan(size, maxsize);
    }

    @Override
    public Coroutine put(Object item) {
        return asyncio.coroutine("Queue.put", awaiter -> {
            while (full()) {
                if (isShutdown) {
                    throw new QueueShutDown();
                }
                Future putter = boundLoop().createFuture();
                putters.addLast(putter);
                try {
                    awaiter.await(putter);
                } catch (Throwable t) {
                    putter.cancel(null); // in case it is still pending
                    putters.remove(putter); // a get_nowait() or shutdown() may have removed it already
                    if (!full() && !putter.cancelled()) {
                        // Woken by get_nowait() but unable to take the slot: pass it on.
                        wakeupNext(putters);
                    }
                    throw t;
                }
            }
            putNowait(item);
            return null;
        });
    }

    @Override
    public void putNowait(Object item) {
        if (isShutdown) {
            throw new QueueShutDown();
        }
        if (full()) {
            throw new QueueFull();
        }
        store(item);
        unfinishedTasks++;
        finished.clear();
        wakeupNext(getters);
    }

    @Override
    public Coroutine get() {
        return asyncio.coroutine("Queue.get", awaiter -> {
            while (empty()) {
                if (isShutdown && empty()) {
                    throw new QueueShutDown();
                }
                Future getter = boundLoop().createFuture();
                getters.addLast(getter);
                try {
                    awaiter.await(getter);
                } catch (Throwable t) {
                    getter.cancel(null); // in case it is still pending
                    getters.remove(getter); // a put_nowait() or shutdown() may have removed it already
                    getterGaveUp(getter);
                    throw t;
                }
            }
            return getNowait();
        });
    }

    /**
     * A get() whose wait ended with an exception (a cancellation) leaves the item to the others: if put_nowait()
     * had already woken it, the wake-up passes to the next getter. A seam for the fault models.
     */
    void getterGaveUp(Future getter) {
        if (!empty() && !getter.cancelled()) {
            wakeupNext(getters);
        }
    }

    @Override
    public Object getNowait() {
        if (empty()) {
            if (isShutdown) {
                throw new QueueShutDown();
            }
            throw new QueueEmpty();
        }
        Object item = take();
        wakeupNext(putters);
        return item;
    }

    @Override
    public void taskDone() {
        if (unfinishedTasks <= 0) {
            throw new ValueError("task_done() called too many times");
        }
        unfinishedTasks--;
        if (unfinishedTasks == 0) {
            finished.set();
        }
    }

    @Override
    public Coroutine join() {
        return asyncio.coroutine("Queue.join", awaiter -> {
            if (unfinishedTasks > 0) {
                awaiter.await(finished.waitSet());
            }
            return null;
        });
    }

    @Override
    public void shutdown(boolean immediate) {
        isShutdown = true;
        if (immediate) {
            while (!empty()) {
                take();
                if (unfinishedTasks > 0) {
                    unfinishedTasks--;
                }
            }
            if (unfinishedTasks == 0) {
                finished.set();
            }
        }
        // Every blocked caller re-checks and raises QueueShutDown (getters once the queue is empty).
        while (!getters.isEmpty()) {
            Future getter = getters.pollFirst();
            if (!getter.done()) {
                getter.setResult(null);
            }
        }
        while (!putters.isEmpty()) {
            Future putter = putters.pollFirst();
            if (!putter.done()) {
                putter.setResult(null);
            }
        }
    }

    /** {@code _wakeup_next(waiters)}: wakes the first waiter not yet done, dropping those passed over. */
    private static void wakeupNext(Deque<Future> waiters) {
        while (!waiters.isEmpty()) {
            Future waiter = waiters.pollFirst();
            if (!waiter.done()) {
                waiter.setResult(null);
                break;
            }
        }
    }

    /** Python's repr: {@code <Queue at 0x… maxsize=0 _queue=[1] tasks=1>}. */
    @Override
    public String toString() {
        StringBuilder result = new StringBuilder("maxsize=").append(values.repr(maxsize));
        if (size() > 0) {
            result.append(" _queue=[");
            StringBuilder list = new StringBuilder();
            for (Object item : items()) {
                if (!list.isEmpty()) {
                    list.append(", ");
                }
                list.append(values.repr(item));
            }
            result.append(list).append(']');
        }
        if (!getters.isEmpty()) {
            result.append(" _getters[").append(getters.size()).append(']');
        }
        if (!putters.isEmpty()) {
            result.append(" _putters[").append(putters.size()).append(']');
        }
        if (unfinishedTasks != 0) {
            result.append(" tasks=").append(unfinishedTasks);
        }
        if (isShutdown) {
            result.append(" shutdown");
        }
        return "<" + typeName() + " at " + Support.id(values, this) + " " + result + ">";
    }
}
