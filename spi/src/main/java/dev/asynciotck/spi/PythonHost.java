package dev.asynciotck.spi;

/**
 * What asyncio takes from the rest of the Python runtime that runs the program: {@code contextvars},
 * the per-thread state, and {@code concurrent.futures}. asyncio imports these modules; it does not implement
 * them. So the provider gets them from whoever runs the program (the suite's interpreter, or a Java test),
 * through {@link RuntimeOptions#host()}, as it gets {@link PythonValues}.
 *
 * <h2>Threads</h2>
 * In Python, a callback or a coroutine body runs in the thread that runs the loop (or that called
 * {@code coro.send}), and sees that thread's state: its current context, its identity. A provider that runs
 * such code on another Java thread on that thread's behalf (a coroutine body on a thread of its own, a loop
 * driven from a helper thread) must carry the state over: {@link #currentThreadState()} on the thread it acts
 * for, {@link #attachThreadState} on the thread that runs the code, before the code runs.
 */
public interface PythonHost {

    /**
     * {@code contextvars.copy_context()}: a new context holding the calling thread's current values. Tasks,
     * callbacks and done callbacks that are given no context get one of these, taken when they are created.
     *
     * @see <a href="https://docs.python.org/3/library/contextvars.html#contextvars.copy_context">contextvars.copy_context</a>
     */
    Context copyContext();

    /** The calling Java thread's Python thread state, opaque to the provider; {@code null} if the host has none. */
    Object currentThreadState();

    /**
     * Makes {@code state} (from {@link #currentThreadState()} on another Java thread) the calling Java thread's
     * Python thread state, until the next call.
     */
    void attachThreadState(Object state);

    /**
     * {@code threading.current_thread().name} of the calling Java thread's Python thread, as the event loop
     * policy names it in {@code RuntimeError('There is no current event loop in thread ...')}. By default
     * {@code MainThread}: a host without threads of its own has only the main thread.
     *
     * @see <a href="https://docs.python.org/3/library/threading.html#threading.Thread.name">threading.Thread.name</a>
     */
    default String currentThreadName() {
        return "MainThread";
    }

    /**
     * Whether the calling Java thread's Python thread is {@code threading.main_thread()}: there only, the
     * default policy's {@code get_event_loop()} makes a loop when none was ever set (before 3.14). True by
     * default, for a host without threads of its own.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-policy.html#asyncio.AbstractEventLoopPolicy.get_event_loop">AbstractEventLoopPolicy.get_event_loop</a>
     */
    default boolean inMainThread() {
        return true;
    }

    /**
     * {@code concurrent.futures.Future()}, as {@code asyncio.run_coroutine_threadsafe} makes one.
     *
     * @see <a href="https://docs.python.org/3/library/concurrent.futures.html#future-objects">concurrent.futures.Future</a>
     */
    ConcurrentFuture newConcurrentFuture();

    /**
     * {@code concurrent.futures.ThreadPoolExecutor(thread_name_prefix=threadNamePrefix)}, as a loop makes its
     * default executor ({@code null}: no prefix, the executor's own default names).
     */
    ConcurrentExecutor newThreadPoolExecutor(String threadNamePrefix);

    /**
     * A host for Java code without a Python runtime: one context that holds nothing (no Java code can set a
     * context variable), no thread state, and no {@code concurrent.futures} (those methods throw
     * {@link UnsupportedOperationException}).
     */
    static PythonHost javaDefaults() {
        return JavaDefaultHost.INSTANCE;
    }
}
