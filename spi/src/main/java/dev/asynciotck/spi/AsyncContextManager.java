package dev.asynciotck.spi;

/**
 * An object usable in {@code async with}: {@code __aenter__} and {@code __aexit__}.
 *
 * @see <a href="https://docs.python.org/3/reference/datamodel.html#async-context-managers">Asynchronous Context Managers</a>
 */
public interface AsyncContextManager {

    /** {@code __aenter__()}: an awaitable whose value is bound by {@code async with … as x}. */
    Awaitable aenter();

    /**
     * {@code __aexit__(type, exc, tb)}: an awaitable whose value, if true, suppresses {@code exception}.
     *
     * @param exception what the block raised, or {@code null}
     */
    Awaitable aexit(Throwable exception);
}
