package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.interpreter.runtime.sys.RecursionLimit;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.exceptions.PythonException;

/**
 * How deep the running Python code is, counted as CPython 3.12+ counts frames against its recursion limit: the
 * module's frame is 1, each function, method, lambda or coroutine body running adds one, and entering a frame
 * beyond the limit raises a catchable {@code RecursionError}; the limit is CPython's default {@link #LIMIT}
 * until the program calls {@code sys.setrecursionlimit}. So a program may nest 998 calls below a function called
 * from the module, as on CPython, and one recursing 5,000 deep gets a {@code RecursionError} instead of
 * exhausting the Java stack.
 *
 * <p>The count is per thread, and a new thread starts at 1, as a Python thread starts with an empty stack. It
 * follows coroutines across suspensions: {@link #tracking} wraps a body's awaiter so that while the body is
 * suspended its frames leave the count of the thread that drove it, and when it resumes they count again on top
 * of whoever resumes it, as CPython re-enters a suspended chain of {@code await}s from the code that steps it.
 * A provider that resumes a body on a thread of its own (the reference's virtual-thread strands) thus counts
 * the body from 1; CPython counts it from the event loop's depth (asyncio's own frames, about ten), so there its
 * limit comes a few frames earlier.
 *
 * <p>The JVM must have room for these frames: a Python frame costs the tree-walking interpreter about 4 KiB of
 * Java stack. The harness runs programs on a thread with a large stack; a provider that runs coroutine bodies
 * on threads of its own (virtual threads run on the JVM's carrier threads) needs the default stack raised
 * ({@code -Xss16m}); and suspending a body copies its whole stack into one heap object, which G1 refuses when
 * it exceeds half a heap region ({@code -XX:G1HeapRegionSize=32m} allows 16 MiB). The {@code tck} launcher and
 * the build pass both flags. A JVM without them gives out earlier: {@code StackOverflowError}, which a frame
 * turns into the same {@code RecursionError}.
 *
 * <p>Invariant: on each thread the count is 1 plus the frames entered and not yet left on that thread, minus
 * the frames of the bodies suspended from it.
 */
public final class CallDepth implements RecursionLimit {

    /** CPython's default recursion limit ({@code sys.getrecursionlimit()}). */
    public static final int LIMIT = 1000;

    /** One counter per thread; a thread's own, never inherited. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[] {1});
    /** The program's limit, one for all its threads as in CPython; {@code sys.setrecursionlimit} changes it. */
    private volatile int limit = LIMIT;

    /** Enters a frame, or raises {@code RecursionError} if that would exceed the limit. */
    void enter() {
        int[] counter = depth.get();
        if (counter[0] >= limit) {
            throw recursionError();
        }
        counter[0]++;
    }

    /** The frames running on this thread, the module's included. */
    @Override
    public int current() {
        return depth.get()[0];
    }

    @Override
    public int limit() {
        return limit;
    }

    /** A new limit (checked by the caller, as {@code sys.setrecursionlimit} checks it). */
    @Override
    public void setLimit(int newLimit) {
        limit = newLimit;
    }

    /** Leaves the frame {@link #enter()} entered. */
    void exit() {
        depth.get()[0]--;
    }

    /** The {@code RecursionError} CPython 3.12+ raises (earlier versions sometimes add "in comparison"). */
    static PythonException recursionError() {
        return Errors.of(ExceptionClasses.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    /**
     * {@code awaiter}, for a coroutine body about to start on this thread, wrapped so that the body's frames
     * leave the count while it is suspended and come back on top of its driver's depth when it resumes.
     */
    Awaiter tracking(Awaiter awaiter) {
        return new Tracking(awaiter, depth.get()[0]);
    }

    private final class Tracking implements Awaiter {
        private final Awaiter inner;
        /** The depth of whoever drives the body, as of its last start or resumption. */
        private int base;

        Tracking(Awaiter inner, int base) {
            this.inner = inner;
            this.base = base;
        }

        @Override
        public Object suspend(Object yielded) {
            int[] counter = depth.get();
            int own = counter[0] - base;
            counter[0] = base;
            try {
                return inner.suspend(yielded);
            } finally {
                int[] resumed = depth.get();
                base = resumed[0];
                resumed[0] = base + own;
            }
        }
    }
}
