package dev.asynciotck.spi;

/**
 * The pair {@code sys.get_asyncgen_hooks()} returns: the {@code firstiter} hook, which the language runtime calls
 * with an asynchronous generator the first time it is iterated ({@code __anext__}, {@code asend}, {@code athrow}
 * or {@code aclose} is called on it), and the {@code finalizer} hook, which that first iteration stores with the
 * generator and which is called if the generator is garbage-collected before it finished. Either may be
 * {@code null} (None).
 *
 * <p>While an asyncio event loop runs, its hooks are installed ({@code run_forever} saves the previous pair and
 * restores it when it returns): {@code firstiter} adds the generator to the loop's set of open generators, which
 * {@link EventLoop#shutdownAsyncgens()} closes; {@code finalizer} removes it from that set and, unless the loop is
 * closed, schedules {@code loop.create_task(agen.aclose())} with {@code call_soon_threadsafe}.
 *
 * @param firstiter called with each generator on its first iteration, or {@code null}
 * @param finalizer called with a generator collected before it finished, or {@code null}
 * @see <a href="https://docs.python.org/3/library/sys.html#sys.set_asyncgen_hooks">sys.set_asyncgen_hooks</a>
 * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens">loop.shutdown_asyncgens</a>
 */
public record AsyncGenHooks(Hook firstiter, Hook finalizer) {

    /** No hooks, what a Python thread starts with. */
    public static final AsyncGenHooks NONE = new AsyncGenHooks(null, null);

    /** One hook: a callable taking the asynchronous generator. */
    @FunctionalInterface
    public interface Hook {

        /** Calls the hook; whatever it raises propagates to the caller (the generator's first iteration). */
        void call(AsyncGenerator agen);
    }
}
