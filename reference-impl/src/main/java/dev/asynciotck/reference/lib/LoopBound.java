package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.exceptions.RuntimeError;

/**
 * {@code mixins._LoopBoundMixin}: a primitive binds to the running loop the first time it needs one
 * (when a coroutine first waits on it) and refuses any other loop afterwards.
 */
abstract class LoopBound {

    protected final Asyncio asyncio;
    protected final PythonValues values;
    private EventLoop loop; // null until first bound; never changes afterwards

    LoopBound(Asyncio asyncio, PythonValues values) {
        this.asyncio = asyncio;
        this.values = values;
    }

    /** {@code _get_loop()}. */
    protected final EventLoop boundLoop() {
        EventLoop running = Support.runningLoopOrNull(asyncio);
        if (loop == null) {
            loop = running;
        }
        if (running != loop) {
            throw new RuntimeError(this + " is bound to a different event loop");
        }
        return running;
    }
}
