package dev.asynciotck.reference.strand;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Access to {@code jdk.internal.vm.Continuation} through method handles, so that this code compiles with
 * {@code --release 21} and loads on any JVM. The API is usable only when the JVM was started with
 * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}; {@link #UNAVAILABLE_REASON} says why not
 * otherwise. A start-up self-test also runs a continuation that yields once and resumes, so that a JVM whose
 * continuations do not work as this package needs is treated as not having them.
 */
final class Continuations {

    /** The flag that opens the API to the class path. */
    static final String EXPORT_FLAG = "--add-exports java.base/jdk.internal.vm=ALL-UNNAMED";

    /** Null when continuations are usable; else why not, in a few words. */
    static final String UNAVAILABLE_REASON;

    private static final MethodHandle NEW; // (Runnable) -> Object continuation
    private static final MethodHandle RUN; // (Object continuation) -> void
    private static final MethodHandle YIELD; // () -> boolean

    static {
        MethodHandle make = null;
        MethodHandle run = null;
        MethodHandle yield = null;
        String reason = null;
        try {
            var lookup = MethodHandles.lookup();
            Class<?> scopeClass = Class.forName("jdk.internal.vm.ContinuationScope");
            Class<?> contClass = Class.forName("jdk.internal.vm.Continuation");
            Object scope = lookup.findConstructor(scopeClass, MethodType.methodType(void.class, String.class))
                    .invoke("asyncio-strand");
            make = MethodHandles.insertArguments(lookup.findConstructor(contClass,
                            MethodType.methodType(void.class, scopeClass, Runnable.class)), 0, scope)
                    .asType(MethodType.methodType(Object.class, Runnable.class));
            run = lookup.findVirtual(contClass, "run", MethodType.methodType(void.class))
                    .asType(MethodType.methodType(void.class, Object.class));
            yield = MethodHandles.insertArguments(lookup.findStatic(contClass, "yield",
                    MethodType.methodType(boolean.class, scopeClass)), 0, scope);
        } catch (IllegalAccessException notExported) {
            reason = "jdk.internal.vm is not exported (start the JVM with " + EXPORT_FLAG + ")";
        } catch (Throwable missing) {
            reason = "this JVM has no usable jdk.internal.vm.Continuation (" + missing + ")";
        }
        NEW = make;
        RUN = run;
        YIELD = yield;
        UNAVAILABLE_REASON = reason != null ? reason : selfTest();
    }

    private Continuations() {
    }

    static Object create(Runnable body) {
        try {
            return (Object) NEW.invokeExact(body);
        } catch (Throwable t) {
            throw Sneaky.<RuntimeException>rethrow(t);
        }
    }

    /** Mounts {@code continuation} on the calling thread until it yields or ends. */
    static void run(Object continuation) {
        try {
            RUN.invokeExact(continuation);
        } catch (Throwable t) {
            throw Sneaky.<RuntimeException>rethrow(t);
        }
    }

    /**
     * Yields the innermost mounted continuation of our scope.
     *
     * @return null on success; else why the continuation could not yield (it stays mounted and runs on)
     */
    static String yieldOrReason() {
        try {
            return (boolean) YIELD.invokeExact() ? null : "the continuation could not yield";
        } catch (IllegalStateException pinned) {
            // Continuation.onPinned: "Pinned: MONITOR" / "Pinned: NATIVE" / "Pinned: CRITICAL_SECTION".
            return pinned.getMessage();
        } catch (Throwable t) {
            throw Sneaky.<RuntimeException>rethrow(t);
        }
    }

    /** Null if a continuation yields once, is resumed, and ends, as {@link ContinuationStrand} relies on. */
    private static String selfTest() {
        String[] steps = new String[2];
        try {
            Object probe = create(() -> {
                steps[0] = String.valueOf(yieldOrReason());
                steps[1] = "ended";
            });
            run(probe);
            if (steps[1] != null) {
                return "the continuation self-test could not yield: " + steps[0];
            }
            run(probe);
            return "null".equals(steps[0]) && "ended".equals(steps[1]) ? null
                    : "the continuation self-test did not resume and end";
        } catch (Throwable failed) {
            return "the continuation self-test failed: " + failed;
        }
    }
}
