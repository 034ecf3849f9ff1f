package dev.asynciotck.spi;

import java.util.Iterator;

/**
 * What {@code as_completed(aws)} returns. As a plain iterator each {@link #next()} hands out a coroutine that
 * gives the result (or raises the exception) of the next input to complete. From 3.13 it is also an
 * asynchronous iterator: each {@link #anext()} ({@code __anext__}) gives a coroutine whose value is the next
 * completed input itself, the very task or future given (a task wrapping it for a coroutine). Both ways draw
 * from the same {@code len(set(aws))} completions, so an iteration left early can be resumed either way;
 * {@link #hasNext()} is false once all are handed out.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.as_completed">asyncio.as_completed</a>
 */
public interface AsCompleted extends Iterator<Awaitable> {

    /**
     * {@code __anext__()} (3.13+): a coroutine whose value is the next input to complete, or which raises
     * TimeoutError once the timeout has passed. Called only while {@link #hasNext()} is true.
     */
    Awaitable anext();
}
