package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.exceptions.PythonException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Before Python 3.9, {@code coro.throw(exc)} did not chain: an exception thrown into a suspended coroutine (a task
 * waking its coroutine with the exception of the future it awaited, or with CancelledError) kept the
 * {@code __context__} it had, even when it arrived inside an {@code except} block; 3.9 made {@code throw()} chain
 * it to the exception being handled there (CPython's {@code Objects/genobject.c} {@code _gen_throw}, "bpo-29587:
 * Enable implicit exception chaining when calling generator.throw()", 3.9's changelog). Measured on CPython
 * 3.6-3.9 by {@code task.outcome.exception-context}.
 *
 * <p>The interpreter chains an exception when it leaves a {@code try} body or a handler inside an {@code except}
 * block ({@code Blocks}); before 3.9 this marks the exceptions thrown in at a coroutine's suspension so that
 * their propagation does not chain them. A mark ends when an {@code except} clause catches the exception (raised
 * again later from elsewhere, e.g. by {@code result()}, it chains as any raise does) and is set again by a bare
 * {@code raise}, which never chains in CPython.
 *
 * <p>Invariant: empty from 3.9 on. The set is per program runtime, weak (an exception dropped is forgotten) and
 * identity-based (Java exceptions do not override {@code equals}).
 */
final class UnchainedThrows {

    private final boolean active;
    private final Set<Throwable> marked = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<Throwable, Boolean>()));

    UnchainedThrows(boolean throwDoesNotChain) {
        this.active = throwDoesNotChain;
    }

    /** {@code awaiter}, marking what is thrown in at its suspensions (unchanged from 3.9 on). */
    Awaiter marking(Awaiter awaiter) {
        if (!active) {
            return awaiter;
        }
        return yielded -> {
            try {
                return awaiter.suspend(yielded);
            } catch (PythonException thrownIn) {
                marked.add(thrownIn);
                throw thrownIn;
            }
        };
    }

    /** Whether {@code exception} is propagating without implicit chaining. */
    boolean isMarked(Throwable exception) {
        return active && marked.contains(exception);
    }

    /** An {@code except} clause caught it: its propagation ended. */
    void caught(Throwable exception) {
        if (active) {
            marked.remove(exception);
        }
    }

    /** A bare {@code raise} re-raises it: no implicit chaining either. */
    void reraised(Throwable exception) {
        if (active) {
            marked.add(exception);
        }
    }
}
