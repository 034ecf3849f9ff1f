package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.AsCompleted;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.TimerHandle;
import dev.asynciotck.spi.exceptions.TimeoutError;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * 3.13's {@code _AsCompletedIterator}. As a plain iterator each {@link #next()} is a new coroutine returning the
 * result (or raising the exception) of the next awaitable to complete; as an asynchronous iterator each
 * {@link #anext()} is a coroutine returning that awaitable's future itself.
 *
 * <p>Invariants: {@code todo} holds the futures not yet reported; each done future is put on
 * {@code done} once, or, at the timeout, one {@code null} sentinel per future still in {@code todo};
 * {@code todoLeft} counts the coroutines still to hand out, one per future.
 */
final class AsCompletedIterator implements AsCompleted {

    private final Asyncio asyncio;
    private final FifoQueue done;
    private final List<Future> todo;
    private final Consumer<Future> handleCompletion = this::handleCompletion;
    private TimerHandle timeoutHandle;
    private int todoLeft;

    AsCompletedIterator(Asyncio asyncio, PythonValues values, Collection<?> aws, Double timeout) {
        if (aws instanceof Awaitable) {
            throw new TypeError("expects an iterable of awaitables, not " + Support.typeName(aws));
        }
        this.asyncio = asyncio;
        this.done = new FifoQueue(asyncio, values, 0);
        EventLoop loop = asyncio.getEventLoop();
        List<Future> futures = new ArrayList<>();
        for (Object aw : Support.distinct(aws)) {
            futures.add(asyncio.ensureFuture(aw, loop));
        }
        this.todo = new ArrayList<>(Support.distinct(futures));
        for (Future f : todo) {
            f.addDoneCallback(handleCompletion);
        }
        if (!todo.isEmpty() && timeout != null) {
            timeoutHandle = loop.callLater(timeout, this::handleTimeout);
        }
        this.todoLeft = todo.size();
    }

    @Override
    public boolean hasNext() {
        return todoLeft > 0;
    }

    @Override
    public Awaitable next() {
        if (todoLeft == 0) {
            throw new NoSuchElementException();
        }
        todoLeft--;
        return waitForOne(true);
    }

    /** {@code __anext__()}: the next completed future itself. */
    @Override
    public Awaitable anext() {
        if (todoLeft == 0) {
            throw new NoSuchElementException();
        }
        todoLeft--;
        return waitForOne(false);
    }

    private void handleTimeout() {
        for (Future f : todo) {
            f.removeDoneCallback(handleCompletion);
            done.putNowait(null); // sentinel: one waiting coroutine raises TimeoutError
        }
        todo.clear();
    }

    private void handleCompletion(Future f) {
        if (todo.isEmpty()) {
            return; // the timeout came first
        }
        removeIdentical(todo, f);
        done.putNowait(f);
        if (todo.isEmpty() && timeoutHandle != null) {
            timeoutHandle.cancel();
        }
    }

    /** {@code async def _wait_for_one(self, resolve)}: the future's outcome if {@code resolve}, else the future. */
    private Awaitable waitForOne(boolean resolve) {
        return asyncio.coroutine("_AsCompletedIterator._wait_for_one", awaiter -> {
            Future f = (Future) awaiter.await(done.get());
            if (f == null) {
                throw new TimeoutError();
            }
            return resolve ? f.result() : f;
        });
    }

    private static void removeIdentical(List<Future> list, Future f) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == f) {
                list.remove(i);
                return;
            }
        }
    }
}
