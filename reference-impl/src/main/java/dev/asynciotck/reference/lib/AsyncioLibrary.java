package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.AsCompleted;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Barrier;
import dev.asynciotck.spi.Condition;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Event;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.ReturnWhen;
import dev.asynciotck.spi.Semaphore;
import dev.asynciotck.spi.TaskGroup;
import dev.asynciotck.spi.Timeout;
import java.util.Collection;
import java.util.List;

/**
 * The generic part of CPython 3.13's asyncio, written only against the SPI so that any implementation of
 * the loop, futures, tasks and coroutines can reuse it: the combinators of tasks.py (gather, shield,
 * wait_for, wait, as_completed), timeouts.py, taskgroups.py, queues.py and locks.py.
 *
 * <p>{@code async def} functions return {@link Coroutine}s made with {@link Asyncio#coroutine}; nothing
 * happens until they are awaited. Primitives bind to the loop running when they first wait.
 */
public final class AsyncioLibrary {

    private final Asyncio asyncio;
    private final PythonValues values;
    private final Waits waits;

    /**
     * @param asyncio the module whose loop, futures, tasks and coroutines the library uses
     * @param values  Python value semantics: truth (Condition.wait_for), ordering (PriorityQueue), repr
     */
    public AsyncioLibrary(Asyncio asyncio, PythonValues values) {
        this.asyncio = asyncio;
        this.values = values;
        this.waits = new Waits(asyncio, values);
    }

    /** {@code gather(*aws, return_exceptions=…)}. */
    public Future gather(List<?> awaitables, boolean returnExceptions) {
        return Gather.gather(asyncio, awaitables, returnExceptions);
    }

    /** {@code shield(aw)}. */
    public Future shield(Object awaitable) {
        return Shield.shield(asyncio, awaitable);
    }

    /** {@code wait_for(aw, timeout)}. */
    public Coroutine waitFor(Object awaitable, Double timeout) {
        return waits.waitFor(awaitable, timeout, this);
    }

    /** {@code wait(aws, timeout=…, return_when=…)}, whose value is a {@link dev.asynciotck.spi.WaitResult}. */
    public Coroutine wait(Collection<?> awaitables, Double timeout, ReturnWhen returnWhen) {
        return waits.wait(awaitables, timeout, returnWhen);
    }

    /** {@code as_completed(aws, timeout=…)}: a plain iterator, and an asynchronous one as in 3.13. */
    public AsCompleted asCompleted(Collection<?> awaitables, Double timeout) {
        return new AsCompletedIterator(asyncio, values, awaitables, timeout);
    }

    /** {@code timeout(delay)}: needs a running loop, whose clock it reads now. */
    public Timeout timeout(Double delay) {
        var loop = asyncio.getRunningLoop();
        return new AsyncTimeout(asyncio, values, delay != null ? loop.time() + delay : null);
    }

    /** {@code timeout_at(when)}. */
    public Timeout timeoutAt(Double when) {
        return new AsyncTimeout(asyncio, values, when);
    }

    /** {@code TaskGroup()}. */
    public TaskGroup taskGroup() {
        return new AsyncTaskGroup(asyncio);
    }

    /** {@code Queue(maxsize)}. */
    public Queue queue(Object maxsize) {
        return new FifoQueue(asyncio, values, maxsize);
    }

    /** {@code LifoQueue(maxsize)}. */
    public Queue lifoQueue(Object maxsize) {
        return new LifoQueue(asyncio, values, maxsize);
    }

    /** {@code PriorityQueue(maxsize)}, ordered by {@link PythonValues#lessThan} as heapq does. */
    public Queue priorityQueue(Object maxsize) {
        return new PriorityQueue(asyncio, values, maxsize);
    }

    /** {@code Event()}. */
    public Event event() {
        return new AsyncEvent(asyncio, values);
    }

    /** {@code Lock()}. */
    public Lock lock() {
        return new AsyncLock(asyncio, values);
    }

    /** {@code Semaphore(value)}; {@code ValueError} if negative. */
    public Semaphore semaphore(int value) {
        return new AsyncSemaphore(asyncio, values, value, false);
    }

    /** {@code BoundedSemaphore(value)}. */
    public Semaphore boundedSemaphore(int value) {
        return new AsyncSemaphore(asyncio, values, value, true);
    }

    /** {@code Condition(lock)}; {@code null} makes a new lock. */
    public Condition condition(Lock lock) {
        return new AsyncCondition(asyncio, values, lock);
    }

    /**
     * {@code isinstance(t, Exception)} in 3.13: false for CancelledError, KeyboardInterrupt, SystemExit,
     * GeneratorExit and a BaseExceptionGroup that is not an ExceptionGroup.
     */
    public static boolean isException(Throwable t) {
        return Support.isException(t);
    }

    /** {@code Barrier(parties)}; {@code ValueError} if fewer than one. */
    public Barrier barrier(int parties) {
        return new AsyncBarrier(asyncio, values, parties);
    }
}
