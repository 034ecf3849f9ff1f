package dev.asynciotck.reference.lib;

import dev.asynciotck.reference.ReferenceFuture;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code tasks._GatheringFuture}: the future {@code gather()} returns. Its {@link #cancel} does not cancel
 * the future itself but every child, like {@code Task.cancel()} does for the awaited future; the gather
 * then completes (with CancelledError) once the children have.
 *
 * <p>The SPI offers no Future to extend, so this wraps a plain {@code loop.create_future()} and presents
 * itself (never the wrapped future) to callbacks and to the task that awaits it.
 */
class GatheringFuture implements Future, ReferenceFuture.Wrapping {

    /** The plain future underneath (package-private for the fault models' variant of {@link #cancelChildren}). */
    final Future inner;
    private final List<Future> children;
    /** Set once a cancel() actually cancelled a child: the gather must then end in CancelledError. */
    private boolean cancelRequested;

    GatheringFuture(List<Future> children, EventLoop loop) {
        this.inner = loop.createFuture();
        this.children = children;
    }

    @Override
    public Future wrapped() {
        return inner;
    }

    /** {@code _asyncio_awaited_by}: kept by the plain future underneath. */
    @Override
    public java.util.Collection<Future> awaitedBy() {
        return inner.awaitedBy();
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    @Override
    public boolean cancel(Object message) {
        if (done()) {
            return false;
        }
        boolean ret = cancelChildren(message);
        if (ret) {
            // Propagate the cancellation whatever return_exceptions says (bpo-32684).
            cancelRequested = true;
        }
        return ret;
    }

    /** Cancels every child that is not done; true if any was cancelled. A seam for the fault models. */
    boolean cancelChildren(Object message) {
        boolean ret = false;
        for (Future child : children) {
            if (child.cancel(message)) {
                ret = true;
            }
        }
        return ret;
    }

    @Override
    public boolean done() {
        return inner.done();
    }

    @Override
    public boolean cancelled() {
        return inner.cancelled();
    }

    @Override
    public Object result() {
        return inner.result();
    }

    @Override
    public Throwable exception() {
        return inner.exception();
    }

    @Override
    public void setResult(Object result) {
        inner.setResult(result);
    }

    @Override
    public void setException(Throwable exception) {
        inner.setException(exception);
    }

    @Override
    public void addDoneCallback(Consumer<? super Future> callback, Context context) {
        inner.addDoneCallback(new Rebound(this, callback), context);
    }

    @Override
    public int removeDoneCallback(Consumer<? super Future> callback) {
        return inner.removeDoneCallback(new Rebound(this, callback));
    }

    @Override
    public EventLoop getLoop() {
        return inner.getLoop();
    }

    /** {@code Future.__await__}: yield self while pending, then the result. */
    @Override
    public Object awaitIn(Awaiter awaiter) {
        if (!done()) {
            awaiter.suspend(this);
        }
        if (!done()) {
            throw new RuntimeError("await wasn't used with future");
        }
        return result();
    }

    @Override
    public String toString() {
        String repr = inner.toString();
        String prefix = "<" + "Future";
        return repr.startsWith(prefix) ? "<_GatheringFuture" + repr.substring(prefix.length()) : repr;
    }

    /**
     * A callback registered on the wrapped future that hands the wrapper to the user's callback. Equal
     * when the user's callbacks are equal, so {@link #removeDoneCallback} finds it.
     */
    private record Rebound(GatheringFuture outer, Consumer<? super Future> callback) implements Consumer<Future> {
        @Override
        public void accept(Future ignored) {
            callback.accept(outer);
        }

        /** The user's callback as a repr shows it (never the wrapper, which would recurse into it). */
        @Override
        public String toString() {
            return callback.toString();
        }
    }
}
