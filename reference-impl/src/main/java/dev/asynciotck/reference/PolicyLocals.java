package dev.asynciotck.reference;

import dev.asynciotck.spi.AsyncGenHooks;
import dev.asynciotck.spi.EventLoop;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The default event loop policy's {@code _local} (a {@code threading.local}): each Python thread has its own
 * current loop and its own "set_event_loop was called" flag; the same per-thread record also holds the thread's
 * {@code sys} asyncgen hooks, which CPython keeps in the thread state. Threads are told apart by the host's thread
 * states ({@link dev.asynciotck.spi.PythonHost#currentThreadState()}); a host without thread states is one
 * thread. Any Python thread may ask, so access is synchronised; a state no longer referenced drops its entry.
 */
final class PolicyLocals {

    /**
     * One thread's {@code _local}: {@code _loop} and {@code _set_called}, and its asyncgen hooks. Touched only by
     * that thread.
     */
    static final class Local {
        EventLoop loop;
        boolean setCalled;
        AsyncGenHooks asyncgenHooks = AsyncGenHooks.NONE;
    }

    private static final Object NO_THREAD_STATE = new Object();

    private final Map<Object, Local> locals = new WeakHashMap<>();

    synchronized Local of(Object threadState) {
        return locals.computeIfAbsent(threadState != null ? threadState : NO_THREAD_STATE, k -> new Local());
    }
}
