package dev.asynciotck.spi;

/**
 * asyncio.Queue (and LifoQueue, PriorityQueue, which differ only in which item {@code get} takes).
 *
 * <p>Waiting getters and putters are woken in FIFO order. Cancellation never loses an item: a getter
 * cancelled after an item was made available for it leaves the item for the next getter (or in the
 * queue).
 *
 * <p>{@code maxsize} is the program's value as given, a Python number in the host's representation ({@code Long},
 * {@code BigInteger}, {@code Double}, or another value such as the host's {@code Decimal} or {@code bool}). The
 * docs speak of an integer; queues.py accepts any value and only compares it ({@code full()}: {@code maxsize <= 0}
 * means unbounded, else the queue is full when {@code qsize() >= maxsize}), so {@code Queue(maxsize=1.3)} holds two
 * items. A provider keeps the value: {@link #maxsize()} returns it, the repr shows it with
 * {@link PythonValues#repr} ({@code maxsize=1.3}), and it compares it only through {@link PythonValues#lessThan}:
 * bounded when {@code 0 < maxsize}, full when not {@code qsize() < maxsize} (for every number, NaN included, the
 * same as queues.py's two comparisons). A value that does not compare with an int is accepted at creation and
 * raises the host's {@code TypeError} from {@code full()} (and so from {@code put} and {@code put_nowait}), as in
 * CPython.
 *
 * <p>{@link #toString()} is Python's repr, {@code <Queue at 0x… maxsize=1 _queue=[1] tasks=1>} (queues.py
 * {@code __repr__} and {@code _format}: the class's name, the address, {@code maxsize}, the items, the numbers of
 * waiting getters and putters, the unfinished count, and from 3.13 {@code shutdown}); the address is
 * {@link PythonValues#id} of the queue in hex, the only address convention of a run. {@code str(queue)} is the
 * same without {@code " at 0x…"}.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-queue.html">Queues</a>
 */
public interface Queue {

    /**
     * {@code maxsize}: the value given at creation, unchanged (a {@code Long} for {@code Queue(3)}, a {@code Double}
     * for {@code Queue(1.3)}); not above 0 means unbounded (see the class comment for how it is compared).
     */
    Object maxsize();

    /** The number of items in the queue. */
    int qsize();

    /** True when there are no items. */
    boolean empty();

    /**
     * True when the queue holds {@link #maxsize()} items or more: {@code qsize() >= maxsize}, never for an unbounded
     * queue ({@code maxsize <= 0}), compared through {@link PythonValues#lessThan} as the class comment says.
     */
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
