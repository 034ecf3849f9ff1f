package dev.asynciotck.benchmarks.seam;

import dev.asynciotck.reference.strand.Outcome;
import dev.asynciotck.reference.strand.Resumption;
import dev.asynciotck.reference.strand.Sneaky;
import dev.asynciotck.reference.strand.Strand;
import dev.asynciotck.reference.strand.StrandBody;
import dev.asynciotck.reference.strand.StrandKilled;
import dev.asynciotck.reference.strand.Suspender;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A PROTOTYPE of the {@link Strand} seam on {@code jdk.internal.vm.Continuation}, for measuring only (it is
 * not part of the reference implementation): {@link #resume} runs the body's continuation on the caller's
 * own thread until it yields, so a switch is a stack copy, with no scheduler, no park and no other thread.
 * Strict hand-off holds by construction: there is only one thread.
 *
 * <p>Needs {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}; {@link #AVAILABLE} says whether the
 * JVM was started with it, so that an engine can fall back to virtual threads when it was not.
 */
public final class ContinuationStrand implements Strand, Suspender {

    /** True when {@code jdk.internal.vm.Continuation} can be used (the package is exported to us). */
    public static final boolean AVAILABLE;
    private static final Object SCOPE;
    private static final MethodHandle NEW; // (Runnable) -> Object continuation
    private static final MethodHandle RUN; // (Object continuation) -> void
    private static final MethodHandle YIELD; // () -> boolean
    private static final MethodHandle IS_DONE; // (Object continuation) -> boolean

    static {
        Object scope = null;
        MethodHandle make = null;
        MethodHandle run = null;
        MethodHandle yield = null;
        MethodHandle isDone = null;
        try {
            var lookup = MethodHandles.lookup();
            Class<?> scopeClass = Class.forName("jdk.internal.vm.ContinuationScope");
            Class<?> contClass = Class.forName("jdk.internal.vm.Continuation");
            scope = lookup.findConstructor(scopeClass, MethodType.methodType(void.class, String.class))
                    .invoke("asyncio-strand");
            make = MethodHandles.insertArguments(lookup.findConstructor(contClass,
                            MethodType.methodType(void.class, scopeClass, Runnable.class)), 0, scope)
                    .asType(MethodType.methodType(Object.class, Runnable.class));
            run = lookup.findVirtual(contClass, "run", MethodType.methodType(void.class))
                    .asType(MethodType.methodType(void.class, Object.class));
            yield = MethodHandles.insertArguments(lookup.findStatic(contClass, "yield",
                    MethodType.methodType(boolean.class, scopeClass)), 0, scope);
            isDone = lookup.findVirtual(contClass, "isDone", MethodType.methodType(boolean.class))
                    .asType(MethodType.methodType(boolean.class, Object.class));
        } catch (Throwable notExported) {
            make = null;
        }
        AVAILABLE = make != null;
        SCOPE = scope;
        NEW = make;
        RUN = run;
        YIELD = yield;
        IS_DONE = isDone;
    }

    private final Object continuation;
    private Resumption inbox;
    private Outcome outbox;
    private boolean started;
    private boolean finished;
    private boolean running;
    private boolean killed;

    public ContinuationStrand(StrandBody body) {
        if (!AVAILABLE) {
            throw new IllegalStateException("jdk.internal.vm is not exported: start the JVM with "
                    + "--add-exports java.base/jdk.internal.vm=ALL-UNNAMED");
        }
        Runnable main = () -> {
            Outcome out;
            try {
                out = new Outcome.Return(body.run(this));
            } catch (Throwable raised) {
                out = new Outcome.Raise(raised);
            }
            finished = true;
            outbox = out;
        };
        try {
            continuation = NEW.invokeExact(main);
        } catch (Throwable t) {
            throw Sneaky.<RuntimeException>rethrow(t);
        }
    }

    @Override
    public Outcome resume(Resumption resumption) {
        if (finished) {
            throw new IllegalStateException("resume of a finished strand");
        }
        if (running) {
            throw new IllegalStateException("a strand cannot resume itself");
        }
        if (!started && !(resumption instanceof Resumption.Send)) {
            throw new IllegalStateException("a strand must be started with a send");
        }
        started = true;
        inbox = resumption;
        running = true;
        try {
            RUN.invokeExact(continuation);
        } catch (Throwable t) {
            throw Sneaky.<RuntimeException>rethrow(t);
        } finally {
            running = false;
        }
        Outcome out = outbox;
        outbox = null;
        if (out == null) {
            throw new IllegalStateException("the continuation yielded without an outcome (pinned?)");
        }
        return out;
    }

    @Override
    public Object suspend(Object yielded) {
        if (!running) {
            throw new IllegalStateException("suspend() called outside the coroutine's own execution");
        }
        if (killed) {
            throw new StrandKilled();
        }
        outbox = new Outcome.Yield(yielded);
        boolean yieldedOk;
        try {
            yieldedOk = (boolean) YIELD.invokeExact();
        } catch (Throwable t) {
            throw Sneaky.<RuntimeException>rethrow(t);
        }
        if (!yieldedOk) {
            throw new IllegalStateException("the continuation could not yield (pinned by a native frame)");
        }
        Resumption in = inbox;
        inbox = null;
        return switch (in) {
            case Resumption.Send send -> send.value();
            case Resumption.Throw t -> throw Sneaky.<RuntimeException>rethrow(t.exception());
        };
    }

    @Override
    public boolean started() {
        return started;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public void kill() {
        killed = true;
        for (int attempt = 0; started && !finished && attempt < 100; attempt++) {
            resume(new Resumption.Throw(new StrandKilled()));
        }
    }

    /** Whether the underlying continuation has ended (for tests of the prototype). */
    boolean continuationDone() {
        try {
            return (boolean) IS_DONE.invokeExact(continuation);
        } catch (Throwable t) {
            throw Sneaky.<RuntimeException>rethrow(t);
        }
    }
}
