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

    /**
     * Where this code is defined ({@code co_filename}, {@code co_firstlineno}), for the provider's reprs
     * ({@link Coroutine#definedAt()}); {@code null} (the default) when unknown.
     */
    default CodeLocation definedAt() {
        return null;
    }

    /** {@code body} with its code location: what a Python program's {@code async def} passes to the provider. */
    static CoroutineBody definedAt(CodeLocation location, CoroutineBody body) {
        return new Located(location, body);
    }

    /** A body that knows where its code is. */
    record Located(CodeLocation definedAt, CoroutineBody body) implements CoroutineBody {
        @Override
        public Object run(Awaiter awaiter) {
            return body.run(awaiter);
        }
    }
}
