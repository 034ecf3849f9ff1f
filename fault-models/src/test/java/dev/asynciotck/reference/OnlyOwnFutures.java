package dev.asynciotck.reference;

/**
 * Fault model: the loop knows only its own future class; a program's Future-like object (one with
 * {@code _asyncio_future_blocking}) is not a future to ensure_future or to a task.
 */
public final class OnlyOwnFutures extends SeamFault {

    public OnlyOwnFutures() {
        super("only-own-futures",
                "ensure_future and tasks take only the implementation's own futures: a Future-like object is wrapped "
                        + "in a new task by ensure_future (and the combinators), and a task that awaits one gets "
                        + "RuntimeError('Task got bad yield')",
                "future.future-like.awaited-by-a-task", "future.future-like.taken-by-combinators");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public Boolean futureBlocking(Object obj) {
                return obj instanceof ReferenceFuture future ? future.asyncioFutureBlocking() : null;
            }
        };
    }
}
