package dev.asynciotck.reference;

import dev.asynciotck.spi.PythonCallback;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TypeError;

/**
 * What a loop in debug mode checks before it takes a callback ({@code BaseEventLoop._check_thread} and
 * {@code _check_callback}); callers run these only when the loop's debug flag is set.
 */
final class LoopDebugChecks {

    private LoopDebugChecks() {
    }

    /**
     * {@code _check_thread}: a loop that is running refuses a call from any Python thread but its own. A loop
     * that is not running accepts calls from anywhere.
     */
    static void checkThread(ModuleState module, ReferenceEventLoop loop) {
        if (loop.isRunning() && module.anyRunningLoop() == loop.self() && module.runningLoop() != loop.self()) {
            throw new RuntimeError("Non-thread-safe operation invoked on an event loop other than the current one");
        }
    }

    /** {@code _check_callback(callback, method)}: no coroutine, no coroutine function, nothing uncallable. */
    static void checkCallback(ModuleState module, Object callback, String method) {
        if (!(callback instanceof PythonCallback python)) {
            return;
        }
        switch (python.callbackKind()) {
            case COROUTINE, COROUTINE_FUNCTION -> throw new TypeError("coroutines cannot be used with " + method + "()");
            case NOT_CALLABLE -> throw new TypeError("a callable object was expected by " + method + "(), got "
                    + module.reprs().repr(python.callable()));
            case CALLABLE -> {
            }
        }
    }
}
