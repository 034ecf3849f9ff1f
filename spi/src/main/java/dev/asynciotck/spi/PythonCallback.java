package dev.asynciotck.spi;

/**
 * A callback given to the loop that stands for a Python callable ({@code call_soon}, {@code call_at},
 * {@code call_later}, {@code call_soon_threadsafe}, {@code run_in_executor}): what the callable is, so that the
 * loop can check it in debug mode as asyncio does ({@code BaseEventLoop._check_callback}: a coroutine, a
 * coroutine function or an object that is not callable raises {@code TypeError} when the call is made). Outside
 * debug mode the loop takes any callback, and calling it fails later. A callback that does not implement this
 * interface is taken as a plain callable.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-dev.html#debug-mode">asyncio debug mode</a>
 */
public interface PythonCallback {

    /** What a callback's Python object is, as {@code _check_callback} tells it apart. */
    enum Kind {
        /** Callable, and neither a coroutine nor a coroutine function. */
        CALLABLE,
        /** A coroutine object ({@code asyncio.iscoroutine}). */
        COROUTINE,
        /** A coroutine function, e.g. an {@code async def} function or a method of one. */
        COROUTINE_FUNCTION,
        /** Not callable ({@code callable(obj)} is false). */
        NOT_CALLABLE
    }

    /** What the Python object behind this callback is. */
    Kind callbackKind();

    /** The Python object behind this callback (its repr names it in debug mode's message). */
    Object callable();

    /**
     * Whether this callback calls an equal callable with equal arguments ({@code _callback == other._callback and
     * _args == other._args} in events.py's {@code TimerHandle.__eq__}), by Python's {@code ==}. By default only
     * the identical callback.
     */
    default boolean sameCall(PythonCallback other) {
        return this == other;
    }
}
