package dev.asynciotck.interpreter.runtime.generator;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Access to {@code jdk.internal.vm.Continuation} through method handles, so that the interpreter compiles with
 * {@code --release 21} and loads on any JVM. Usable only when the JVM was started with
 * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}, and when a start-up self-test (yield once, resume,
 * end) passes; {@link #UNAVAILABLE_REASON} says why not otherwise. The scope is the interpreter's own
 * ({@code python-generator}), distinct from any provider's, so a yield leaves the innermost generator only.
 */
final class GeneratorContinuations {

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
                    .invoke("python-generator");
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

    private GeneratorContinuations() {
    }

    static Object create(Runnable body) {
        try {
            return (Object) NEW.invokeExact(body);
        } catch (Throwable t) {
            throw Generators.rethrow(t);
        }
    }

    /** Mounts {@code continuation} on the calling thread until it yields or ends. */
    static void run(Object continuation) {
        try {
            RUN.invokeExact(continuation);
        } catch (Throwable t) {
            throw Generators.rethrow(t);
        }
    }

    /** Yields the innermost mounted continuation of the interpreter's scope; null on success, else why not. */
    static String yieldOrReason() {
        try {
            return (boolean) YIELD.invokeExact() ? null : "the continuation could not yield";
        } catch (IllegalStateException pinned) {
            return pinned.getMessage();
        } catch (Throwable t) {
            throw Generators.rethrow(t);
        }
    }

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
