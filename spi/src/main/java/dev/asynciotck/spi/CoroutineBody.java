package dev.asynciotck.spi;

/**
 * The code of an {@code async def} function, written in direct style: it awaits with
 * {@link Awaiter#await(Awaitable)}, returns the coroutine's value, and raises by throwing. Create a
 * coroutine object from it with {@link Asyncio#coroutine(String, CoroutineBody)}.
 *
 * <pre>{@code
 * Coroutine main = asyncio.coroutine("main", awaiter -> {
 *     awaiter.await(asyncio.sleep(0, null));
 *     return 42;
 * });
 * }</pre>
 */
@FunctionalInterface
public interface CoroutineBody {

    /** Runs the body to its end; {@code awaiter} belongs to the coroutine object running it. */
    Object run(Awaiter awaiter);
}
