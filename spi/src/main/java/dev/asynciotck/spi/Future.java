package dev.asynciotck.spi;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * asyncio.Future: a result that will be set later, bound to one event loop.
 *
 * <p>A future is pending until it gets a result, an exception, or is cancelled; then it is done for good.
 * Done callbacks never run inline: when the future becomes done (or when one is added to a done future)
 * each callback is scheduled with {@link EventLoop#callSoon(Runnable)}, in registration order.
 *
 * <p>{@link #awaitIn(Awaiter)} is {@code Future.__await__}: a done future returns its result (or raises)
 * without suspending; a pending one suspends by yielding itself, then returns {@link #result()}.
 * {@link #toString()} is Python's repr ({@code <Future pending>}, {@code <Future finished result=42>}).
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-future.html#asyncio.Future">asyncio.Future</a>
 */
public interface Future extends Awaitable {

    /** True once the future has a result, an exception, or was cancelled. */
    boolean done();

    /** True if the future was cancelled. */
    boolean cancelled();

    /**
     * The result. Raises the future's exception if it has one, {@code CancelledError} if it was cancelled
     * (carrying the cancel message from 3.9), and {@code InvalidStateError('Result is not set.')} while
     * pending.
     */
    Object result();

    /**
     * The exception, or {@code null} if the future has a result. Raises {@code CancelledError} if cancelled
     * and {@code InvalidStateError('Exception is not set.')} while pending.
     */
    Throwable exception();

    /**
     * Cancels a pending future: it becomes done and cancelled and its callbacks are scheduled.
     *
     * @param message the cancel message, any Python object as given ({@code None} is {@code null}); 3.9+
     *                delivers it unchanged as the argument of the {@code CancelledError}
     * @return false if the future was already done, true otherwise
     * @see <a href="https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.cancel">Future.cancel</a>
     */
    boolean cancel(Object message);

    /** Marks the future done with {@code result}; {@code InvalidStateError} if it is already done. */
    void setResult(Object result);

    /**
     * Marks the future done with {@code exception}; {@code InvalidStateError} if already done. A
     * StopIteration cannot travel through a future: 3.13 stores a RuntimeError in its place instead.
     */
    void setException(Throwable exception);

    /**
     * {@code add_done_callback(fn, context=context)}: adds a callback to run with this future once it is done,
     * always through {@link EventLoop#callSoon(Runnable, Context)} — if the future is already done, it is
     * scheduled at once. It runs in {@code context} (3.7+), or in a copy of the context current when it was
     * added.
     *
     * @param context the context to run in, or {@code null} for a copy of the current one
     * @see <a href="https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.add_done_callback">Future.add_done_callback</a>
     */
    void addDoneCallback(Consumer<? super Future> callback, Context context);

    /** {@code add_done_callback(fn)}: in a copy of the context current now. */
    default void addDoneCallback(Consumer<? super Future> callback) {
        addDoneCallback(callback, null);
    }

    /**
     * Removes every registration of {@code callback} (compared with {@link Object#equals}).
     *
     * @return how many were removed
     */
    int removeDoneCallback(Consumer<? super Future> callback);

    /** The loop this future is bound to. */
    EventLoop getLoop();

    /**
     * {@code _asyncio_future_blocking}: what makes an object a future for asyncio. {@code null} (Python's
     * {@code None}) means it is not one after all ({@link Asyncio#isFuture} is false); otherwise whether it was
     * yielded by its own {@code __await__} ({@code yield from fut}), which sets it just before yielding itself. A
     * task that takes a yielded future resets it with {@link #setAsyncioFutureBlocking}{@code (false)}; a future
     * yielded with it false was yielded directly ({@code yield fut}), which a task refuses (see
     * {@link Awaiter#suspend}). The default suits a Java future whose {@link #awaitIn} is the only way to yield
     * it: always {@code true}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-future.html#asyncio.isfuture">asyncio.isfuture</a>
     */
    default Boolean asyncioFutureBlocking() {
        return Boolean.TRUE;
    }

    /** Sets {@code _asyncio_future_blocking} (see {@link #asyncioFutureBlocking}); the default ignores it. */
    default void setAsyncioFutureBlocking(boolean blocking) {
    }

    /**
     * Gives this future the identity of {@code self}, the instance of a program's subclass of {@code asyncio.Future}
     * or {@code asyncio.Task} whose construction made it (as {@code super().__init__()} does in Python). From then
     * on the provider hands out {@code self} wherever asyncio hands out the future itself: the argument of its done
     * callbacks, what its {@code __await__} yields to the awaiting task (which then waits through {@code self}'s
     * methods, as asyncio's Task does for any Future subclass), and for a task {@code current_task()},
     * {@code all_tasks()} and its own checks. {@code self} answers the {@link Future} methods through the subclass's
     * overrides where it has them and through this future otherwise, so the provider must call this future's own
     * implementation, never {@code self}, from within those methods. Called at most once, right after creation and
     * before the future is shared. The default refuses, for a provider without subclass support.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-future.html#asyncio.Future">asyncio.Future</a>
     *      ("Future is compatible with ... subclasses"), and {@code loop.create_future()}'s note on
     *      <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.create_future">alternative
     *      implementations</a>
     */
    default void bindSelf(Future self) {
        throw new dev.asynciotck.spi.exceptions.TypeError("this provider does not support subclasses of "
                + (this instanceof Task ? "asyncio.Task" : "asyncio.Future"));
    }

    /**
     * {@code future.__init__(...)} (a task's {@code Task.__init__(...)}) called again on this future, already made,
     * once the interpreter has bound the arguments to the constructor's signature. From 3.15 asyncio refuses: it
     * raises {@link dev.asynciotck.spi.exceptions.RuntimeError} and leaves the future (the task) as it was
     * ({@code _asynciomodule.c} {@code future_init} of 3.15, futures.py {@code Future.__init__} of later 3.15 patch
     * releases). Before 3.15 CPython initialised the object afresh, which the SPI does not model: the interpreter
     * offers {@code __init__} from 3.15 only. The default throws {@link UnsupportedOperationException}, for a provider
     * that does not model it.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-future.html#asyncio.Future">asyncio.Future</a>
     */
    default void initAgain() {
        throw new UnsupportedOperationException("this provider does not model calling Future.__init__ again");
    }

    /**
     * {@code future._asyncio_awaited_by} (3.14+): the futures and tasks recorded as awaiting this one, in the order
     * they were recorded (CPython's frozenset iterates in hash order). asyncio records them itself: a task awaiting
     * this future, {@code gather()} for its children, a {@code TaskGroup} for its members, {@code shield()} and
     * {@code wait()} for what they wait on, each dropping its link once this future is done; and a program with
     * {@link Asyncio#futureAddToAwaitedBy} / {@link Asyncio#futureDiscardFromAwaitedBy}. The interpreter builds
     * {@code capture_call_graph()}'s {@code awaited_by} from it. Versions before 3.14 keep no links. The default
     * throws {@link UnsupportedOperationException}: a provider that keeps no links fails the call-graph scenarios.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-graph.html">Call Graph Introspection</a>, and
     *      CPython 3.14's {@code asyncio/futures.py} ({@code Future._asyncio_awaited_by}) and {@code asyncio/graph.py}
     */
    default Collection<Future> awaitedBy() {
        throw new UnsupportedOperationException("this provider keeps no awaited-by links (Future.awaitedBy)");
    }
}
