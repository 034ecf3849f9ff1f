package dev.asynciotck.spi;

/**
 * When {@link Asyncio#wait} returns.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-task.html#asyncio.wait">asyncio.wait</a>
 */
public enum ReturnWhen { FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED }
