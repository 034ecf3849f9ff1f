package dev.asynciotck.spi;

/**
 * asyncio.Queue (and LifoQueue, PriorityQueue, which differ only in which item {@code get} takes).
 *
 * <p>Waiting getters and putters are woken in FIFO order. Cancellation never loses an item: a getter
 * cancelled after an item was made available for it leaves the item for the next getter (or in the
 * queue).
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-queue.html">Queues</a>
 */
public interface Queue {

    /** The capacity given at creation; 0 or less means unbounded. */
    int maxsize();

    /** The number of items in the queue. */
    int qsize();

    /** True when there are no items. */
    boolean empty();

    /** True when the queue holds {@link #maxsize()} items (never for an unbounded queue). */
    boolean full();

    /** {@code put(item)}: a coroutine that waits while the queue is full, then adds {@code item}. */
    Coroutine put(Object item);

    /** Adds {@code item} now, or raises {@code QueueFull}. */
    void putNowait(Object item);

    /** {@code get()}: a coroutine that waits while the queue is empty, then removes and returns an item. */
    Coroutine get();

    /** Removes and returns an item now, or raises {@code QueueEmpty}. */
    Object getNowait();

    /** Marks one fetched item as processed; {@code ValueError('task_done() called too many times')}. */
    void taskDone();

    /** {@code join()}: a coroutine that waits until every item put has been marked {@link #taskDone()}. */
    Coroutine join();

    /**
     * {@code shutdown(immediate)} (3.13+): further puts raise {@code QueueShutDown}; gets raise it once the
     * queue is empty (at once if {@code immediate}, which also drops the items).
     */
    void shutdown(boolean immediate);
}
