package dev.asynciotck.spi;

/**
 * An asynchronous generator object (PEP 525: an {@code async def} function that contains {@code yield}), as an
 * event loop sees it. The language runtime that runs the generator (for asyncio-tck, the interpreter) calls the
 * {@linkplain AsyncGenHooks#firstiter() firstiter hook} with it the first time the generator is iterated; the
 * loop keeps it and closes it in {@link EventLoop#shutdownAsyncgens()}. Everything else about the generator
 * (what {@code async for}, {@code asend} and {@code athrow} do) is the language's, not asyncio's.
 *
 * @see <a href="https://docs.python.org/3/reference/expressions.html#asynchronous-generator-functions">Asynchronous generator functions</a>
 * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens">loop.shutdown_asyncgens</a>
 */
public interface AsyncGenerator {

    /**
     * {@code agen.aclose()}: a coroutine that, when awaited or run as a task, throws {@code GeneratorExit} into
     * the generator where it is suspended, so that its {@code finally} blocks run (and may still await). It
     * returns normally when the generator ends or was never started or already finished; it raises
     * {@code RuntimeError('async generator ignored GeneratorExit')} if the generator yields again, and whatever
     * else the generator raises. Like any coroutine, nothing happens until it is driven.
     *
     * @see <a href="https://docs.python.org/3/reference/expressions.html#agen.aclose">agen.aclose</a>
     */
    Coroutine aclose();
}
