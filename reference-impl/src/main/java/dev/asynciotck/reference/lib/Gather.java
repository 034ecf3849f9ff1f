package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.CancelledError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code asyncio.gather(*aws, return_exceptions=...)} as tasks.py writes it.
 *
 * <p>Invariants: {@code children} holds one future per argument (duplicates share one); {@code nfuts}
 * counts distinct futures; each distinct future reports to {@link #onChildDone} exactly once, so the
 * outer future is completed by the last report at the latest.
 */
final class Gather {

    /** Makes the outer future: {@link GatheringFuture}'s constructor, or a fault model's variant of it. */
    interface OuterFactory {
        GatheringFuture create(List<Future> children, EventLoop loop);
    }

    private final boolean returnExceptions;
    private final OuterFactory outerFactory;
    private final List<Future> children;
    private int nfuts;
    private int nfinished;
    private GatheringFuture outer; // null while the arguments are being wrapped (bpo-46672)
    /** tasks.py 3.14: the calling task awaits each pending child until it is done. */
    private AwaitedByLinks links;

    private Gather(boolean returnExceptions, OuterFactory outerFactory, int arguments) {
        this.returnExceptions = returnExceptions;
        this.outerFactory = outerFactory;
        this.children = new ArrayList<>(arguments);
    }

    static Future gather(Asyncio asyncio, List<?> awaitables, boolean returnExceptions) {
        return gather(asyncio, awaitables, returnExceptions, GatheringFuture::new);
    }

    static Future gather(Asyncio asyncio, List<?> awaitables, boolean returnExceptions, OuterFactory outerFactory) {
        if (awaitables.isEmpty()) {
            Future outer = asyncio.getEventLoop().createFuture();
            outer.setResult(new ArrayList<>());
            return outer;
        }
        return new Gather(returnExceptions, outerFactory, awaitables.size()).start(asyncio, awaitables);
    }

    private Future start(Asyncio asyncio, List<?> awaitables) {
        IdentityIndex<Future> argToFut = new IdentityIndex<>(awaitables.size());
        List<Future> doneFuts = new ArrayList<>();
        Consumer<Future> callback = this::onChildDone;
        // tasks.py 3.14 starts from the running loop (so another loop's futures are refused); before, from none.
        EventLoop loop = asyncio.version().atLeast(3, 14) ? Support.runningLoopOrNull(asyncio) : null;
        links = AwaitedByLinks.of(asyncio, loop);
        // tasks.py 3.12 (done_futs, added with the eager task factory) reports a child that is already
        // done at once, after the outer future is made; before, every child gets
        // fut.add_done_callback(_done_callback), which for a done child is scheduled with call_soon, so
        // awaiting a gather of done children still yields to the loop once.
        boolean reportsDoneAtOnce = asyncio.version().atLeast(3, 12);
        for (Object arg : awaitables) {
            Future fut = argToFut.get(arg);
            if (fut == null) {
                fut = asyncio.ensureFuture(arg, loop);
                if (loop == null) {
                    loop = fut.getLoop();
                }
                nfuts++;
                argToFut.putNew(arg, fut);
                if (reportsDoneAtOnce && fut.done()) {
                    doneFuts.add(fut);
                } else {
                    links.add(fut);
                    fut.addDoneCallback(callback);
                }
            }
            children.add(fut);
        }
        outer = outerFactory.create(children, loop);
        // Futures already done (eagerly) report now that the outer future exists; if all of them were,
        // the gather completes before it is returned.
        for (Future fut : doneFuts) {
            onChildDone(fut);
        }
        return outer;
    }

    private void onChildDone(Future fut) {
        nfinished++;
        links.discard(fut);
        if (outer == null || outer.done()) {
            if (!fut.cancelled()) {
                fut.exception(); // mark the exception retrieved
            }
            return;
        }
        if (!returnExceptions) {
            if (fut.cancelled()) {
                outer.setException(Support.cancelledError(fut));
                return;
            }
            Throwable exc = fut.exception();
            if (exc != null) {
                outer.setException(exc);
                return;
            }
        }
        if (nfinished == nfuts) {
            List<Object> results = new ArrayList<>(children.size());
            for (Future child : children) {
                if (child.cancelled()) {
                    results.add(new CancelledError(Support.cancelMessage(child)));
                } else {
                    Throwable res = child.exception();
                    results.add(res != null ? res : child.result());
                }
            }
            if (outer.cancelRequested()) {
                // Python takes the error from the loop variable left over: the last child.
                outer.setException(Support.cancelledError(children.get(children.size() - 1)));
            } else {
                outer.setResult(results);
            }
        }
    }
}
