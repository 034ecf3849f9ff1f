package dev.asynciotck.spi.exceptions;

/**
 * asyncio.BrokenBarrierError (3.11+): a barrier was reset or aborted while tasks waited on it. A
 * RuntimeError in Python.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-sync.html#asyncio.BrokenBarrierError">asyncio.BrokenBarrierError</a>
 */
public class BrokenBarrierError extends RuntimeError {

    public BrokenBarrierError(Object... args) {
        super(args);
    }
}
