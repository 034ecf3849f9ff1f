package dev.asynciotck.spi;

import java.util.Set;

/**
 * The value of {@code await asyncio.wait(...)}: Python's {@code (done, pending)} tuple of sets.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.wait">asyncio.wait</a>
 */
public record WaitResult(Set<Future> done, Set<Future> pending) {

    public WaitResult {
        done = Set.copyOf(done);
        pending = Set.copyOf(pending);
    }
}
