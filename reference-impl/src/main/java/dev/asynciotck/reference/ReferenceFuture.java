package dev.asynciotck.reference;

import dev.asynciotck.reference.strand.Sneaky;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.InvalidStateError;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code asyncio.Future} as futures.py and {@code _asynciomodule.c} define it (3.13): state, result or
 * exception, and done callbacks that are always scheduled with {@code call_soon}, in registration order (kept by
 * {@link FutureCallbacks}).
 */
public class ReferenceFuture extends FutureCallbacks implements Future {

    enum FutureState { PENDING, CANCELLED, FINISHED }

    protected final ModuleState module;
    protected final EventLoop loop;

    private FutureState state = FutureState.PENDING;
    private Object result;
    private Throwable exception;
    protected Object cancelMessage;
    /** The CancelledError that ended a task, raised (once) by the next result()/exception(). */
    protected CancelledError cancelledExc;
    /** {@code _asyncio_future_blocking}: set by {@link #awaitIn} just before yielding itself to a task. */
    boolean blocking;
    /** {@code __log_traceback}: an exception was set and nobody has looked at it yet. */
    private boolean logTraceback;
    /** The program's identity of this future ({@link #bindSelf}): itself, or its program subclass instance. */
    protected Future self = this;
    /**
     * {@code __asyncio_awaited_by} (3.14+, futures.py): who awaits this future, in the order recorded; null until the
     * first record, as in CPython (most futures are never awaited by a task that records itself).
     */
    private LinkedHashSet<Future> awaitedBy;
    /** Its place in the order futures and tasks were made (module close reports what is left in that order). */
    final int creationNumber;

    ReferenceFuture(ModuleState module, EventLoop loop) {
        this.module = module;
        this.loop = loop;
        this.creationNumber = module.nextFutureNumber();
    }

    @Override
    public final EventLoop getLoop() {
        return loop;
    }

    @Override
    public final boolean done() {
        return state != FutureState.PENDING;
    }

    @Override
    public final boolean cancelled() {
        return state == FutureState.CANCELLED;
    }

    /** {@code Future.cancel}: a task overrides this; {@link #cancelFuture} is always the plain one. */
    @Override
    public boolean cancel(Object message) {
        return cancelFuture(message);
    }

    protected final boolean cancelFuture(Object message) {
        clearLogTraceback();
        if (state != FutureState.PENDING) {
            return false;
        }
        state = FutureState.CANCELLED;
        cancelMessage = message;
        scheduleCallbacks();
        return true;
    }

    @Override
    public final Object result() {
        if (state == FutureState.CANCELLED) {
            throw makeCancelledError();
        }
        if (state != FutureState.FINISHED) {
            throw new InvalidStateError("Result is not set.");
        }
        clearLogTraceback();
        if (exception != null) {
            throw Sneaky.<RuntimeException>rethrow(exception);
        }
        return result;
    }

    @Override
    public final Throwable exception() {
        if (state == FutureState.CANCELLED) {
            throw makeCancelledError();
        }
        if (state != FutureState.FINISHED) {
            throw new InvalidStateError("Exception is not set.");
        }
        clearLogTraceback();
        return exception;
    }

    /** The exception set, without counting as retrieving it (module close reports it). */
    final Throwable storedException() {
        return exception;
    }

    /**
     * {@code _cancel_message}: what the last cancel passed. A task that ends because its coroutine raised
     * CancelledError has none (its final cancel passes none); one that returns while a cancel was requested
     * keeps that cancel's message.
     */
    public final Object cancelMessage() {
        return cancelMessage;
    }

    /** {@code _make_cancelled_error}: the saved CancelledError once, else a new one with the cancel message. */
    protected final CancelledError makeCancelledError() {
        if (module.atLeast(9) && !module.atLeast(11)) {
            // futures.py 3.9 and 3.10: always a new CancelledError with the message, the saved one its context
            // (a task whose coroutine raised CancelledError was cancelled without a message).
            CancelledError made = cancelMessage == null ? new CancelledError() : new CancelledError(cancelMessage);
            if (cancelledExc != null) {
                made.withContext(cancelledExc);
            }
            cancelledExc = null;
            return made;
        }
        if (cancelledExc != null) {
            CancelledError saved = cancelledExc;
            cancelledExc = null;
            return saved;
        }
        return cancelMessage == null ? new CancelledError() : new CancelledError(cancelMessage);
    }

    @Override
    public void setResult(Object value) {
        setResultFuture(value);
    }

    protected final void setResultFuture(Object value) {
        if (state != FutureState.PENDING) {
            throw new InvalidStateError("invalid state");
        }
        result = value;
        state = FutureState.FINISHED;
        scheduleCallbacks();
    }

    @Override
    public void setException(Throwable error) {
        setExceptionFuture(error);
    }

    protected final void setExceptionFuture(Throwable error) {
        if (state != FutureState.PENDING) {
            throw new InvalidStateError("invalid state");
        }
        if (error == null) {
            throw new TypeError("invalid exception object");
        }
        if (error instanceof PythonException e && e.pythonName().equals("StopIteration")) {
            if (!module.atLeast(13)) {
                // futures.py before 3.13 (and 3.12.1's _asyncio): refused, the future stays pending.
                throw new TypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
            }
            error = new RuntimeError("StopIteration interacts badly with generators and cannot be raised into a Future")
                    .withCause(e).withContext(e);
        }
        exception = error;
        state = FutureState.FINISHED;
        scheduleCallbacks();
        logTraceback = true;
        module.exceptionNotRetrieved(this);
    }

    /** {@code _log_traceback = False}: the exception counts as retrieved. */
    protected final void clearLogTraceback() {
        if (logTraceback) {
            logTraceback = false;
            module.exceptionRetrieved(this);
        }
    }

    /** Hands every registered callback to {@code call_soon}, in order, and forgets them. */
    private void scheduleCallbacks() {
        whenDone();
        scheduleAllCallbacks();
    }

    /** One done callback, taken out of the storage, goes to {@code call_soon} (through the seam). */
    @Override
    final void scheduleDoneCallback(Consumer<? super Future> callback, Context context) {
        module.seams().scheduleDoneCallback(this, new DoneCallback(callback, self), context);
    }

    /** Called once, as the future becomes done, before its callbacks are scheduled. */
    protected void whenDone() {
    }

    @Override
    public final void addDoneCallback(Consumer<? super Future> callback, Context context) {
        Context runIn = module.contextOrCopy(context);
        if (state != FutureState.PENDING) {
            loop.callSoon(new DoneCallback(callback, self), runIn);
        } else {
            storeCallback(callback, runIn);
        }
    }

    @Override
    public final int removeDoneCallback(Consumer<? super Future> callback) {
        return removeStoredCallbacks(callback);
    }

    @Override
    public final Boolean asyncioFutureBlocking() {
        return blocking;
    }

    @Override
    public final void setAsyncioFutureBlocking(boolean blocking) {
        this.blocking = blocking;
    }

    @Override
    public final void bindSelf(Future bound) {
        if (self != this) {
            throw new IllegalStateException("bindSelf: this future already has its program identity");
        }
        self = bound;
    }

    /**
     * {@code __init__} called again (3.15+): {@code future_init} of {@code _asynciomodule.c} (3.15) refuses an object
     * whose loop is set, before it touches anything, so the future or task goes on as it was. Task.__init__ calls it
     * first too. Before 3.15 it cleared and re-initialised the object, which is not modelled.
     */
    @Override
    public final void initAgain() {
        if (!module.atLeast(15)) {
            throw new UnsupportedOperationException("Future.__init__ called again re-initialises the object before 3.15,"
                    + " which the reference does not model");
        }
        throw new RuntimeError("_asyncio." + pythonClassName() + " object is already initialized");
    }

    /** The object the program knows this future as (see {@link #bindSelf}). */
    final Future self() {
        return self;
    }

    /** {@code Future.__await__}: yield self while pending (marked blocking), then the result. */
    @Override
    public final Object awaitIn(Awaiter awaiter) {
        if (!done()) {
            blocking = true;
            awaiter.suspend(self);
        }
        if (!done()) {
            throw new RuntimeError("await wasn't used with future");
        }
        return result();
    }

    /** {@code base_futures._future_repr_info}. */
    protected List<String> reprInfo() {
        List<String> info = new ArrayList<>();
        info.add(state.name().toLowerCase());
        if (state == FutureState.FINISHED) {
            if (exception != null) {
                info.add("exception=" + module.reprs().repr(exception));
            } else {
                info.add("result=" + module.reprs().resultRepr(this, result, module.version()));
            }
        }
        if (hasCallbacks()) {
            info.add(formatCallbacks());
        }
        return info;
    }

    /** The class name a repr shows. */
    protected String pythonClassName() {
        return "Future";
    }

    /**
     * {@code _future_repr} / {@code _task_repr}, guarded by {@code recursive_repr} from 3.11 (base_futures.py); before,
     * {@link Reprs#resultRepr} guards (3.8-3.10) or nothing does (3.6-3.7).
     */
    @Override
    public String toString() {
        if (!module.atLeast(11)) {
            return "<" + pythonClassName() + " " + String.join(" ", reprInfo()) + ">";
        }
        return module.reprs().recursiveRepr(this, () -> "<" + pythonClassName() + " " + String.join(" ", reprInfo()) + ">");
    }

    /** A done callback as the loop runs it: {@code callback(future)}, named like the callback. */
    record DoneCallback(Consumer<? super Future> callback, Future future) implements Runnable {
        @Override
        public void run() {
            callback.accept(future);
        }

        @Override
        public String toString() {
            return Reprs.callbackName(callback);
        }
    }

    /** A future of the library that wraps a plain one (the gathering future): the wrapped one keeps its links. */
    public interface Wrapping {
        Future wrapped();
    }

    /**
     * A hash for an identity map: a future's creation number (distinct among a module's live futures until 2^32 were
     * made), so that indexing many futures installs no identity hash in their headers; any other object's
     * {@link System#identityHashCode}.
     */
    public static int identityHash(Object key) {
        return key instanceof ReferenceFuture future ? future.creationNumber : System.identityHashCode(key);
    }

    /** The future that keeps {@code fut}'s awaited-by links, or null if it is none of asyncio's own. */
    static ReferenceFuture linksOf(Object fut) {
        Object future = fut instanceof Wrapping wrapping ? wrapping.wrapped() : fut;
        return future instanceof ReferenceFuture links ? links : null;
    }

    /** {@code _asyncio_awaited_by}: a snapshot of the waiters recorded (empty when there are none). */
    @Override
    public final Collection<Future> awaitedBy() {
        return awaitedBy == null ? List.of() : List.copyOf(awaitedBy);
    }

    /** {@code future_add_to_awaited_by(self, waiter)}: {@code waiter} is the program's identity of a future. */
    final void addAwaitedBy(Future waiter) {
        if (awaitedBy == null) {
            awaitedBy = new LinkedHashSet<>(2);
        }
        awaitedBy.add(waiter);
    }

    /** {@code future_discard_from_awaited_by(self, waiter)}. */
    final void discardAwaitedBy(Future waiter) {
        if (awaitedBy != null) {
            awaitedBy.remove(waiter);
        }
    }
}
