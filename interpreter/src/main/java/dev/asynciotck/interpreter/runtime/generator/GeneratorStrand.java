package dev.asynciotck.interpreter.runtime.generator;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The line of execution of one generator body. The interpreter walks the syntax tree recursively, so a
 * {@code yield} deep inside nested statements must keep the Java frames above it until the generator is resumed.
 * The interpreter depends on the SPI alone and cannot borrow a provider's strands, and rewriting the evaluator as a
 * resumable state machine would touch every node; so each started generator gets a strand of its own, with strict
 * hand-off: while the body runs, its driver waits, and while the driver runs, the body is suspended at a yield.
 * Python code thus keeps running one piece at a time, whatever mix of generators, provider strands and loop
 * callbacks is involved.
 *
 * <p>Two mechanisms, chosen once per JVM ({@link GeneratorMechanism#selected()}):
 * <ul>
 *   <li>a {@code jdk.internal.vm.Continuation} mounted on the driver's own thread
 *       ({@link ContinuationGeneratorStrand}): a resumption copies the body's frames to or from the heap, with no
 *       scheduler and no thread switch. It needs {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}, as
 *       the reference implementation's fastest strands do. Its scope is the interpreter's own, so a generator
 *       nested in a provider's continuation (a task iterating it) yields back to its own resumer only;</li>
 *   <li>a virtual thread ({@link VirtualThreadGeneratorStrand}), always available: two thread switches per
 *       resumption, which under heavy CPU contention wait for the scheduler.</li>
 * </ul>
 * Either way a suspended generator costs its Java frames on the heap (a few kilobytes for a body suspended a few
 * statements deep; the interpreter's README gives the measurement), a generator never started costs no frames,
 * and a finished one none either. Waiting never holds a monitor.
 */
public interface GeneratorStrand {

    /** The generator's code: runs on the strand, yields through {@link GeneratorStrand#yieldValue}. */
    @FunctionalInterface
    interface Body {
        Object run(GeneratorStrand strand);
    }

    /** How the driver resumes the body. */
    sealed interface Resumption {
        record Send(Object value) implements Resumption {
        }

        record Throw(Throwable exception) implements Resumption {
        }
    }

    /** What the body handed back: a yielded value, its return value, or what it raised. */
    sealed interface Outcome {
        record Yielded(Object value) implements Outcome {
        }

        record Returned(Object value) implements Outcome {
        }

        record Raised(Throwable exception) implements Outcome {
        }
    }

    /**
     * Thrown at a yield of a strand that is being abandoned: not a Python exception, so no {@code except} or
     * {@code finally} block of the program runs while the body unwinds.
     */
    final class Abandoned extends Error {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("generator abandoned at the end of the program", null, false, false);
        }
    }

    /**
     * Starts the body (the first resumption must be a send) or resumes it at its yield, and returns when it
     * yields again or ends.
     *
     * @throws IllegalStateException if the strand has finished, or is resumed from its own body
     */
    Outcome resume(Resumption resumption);

    /**
     * The body's {@code yield value}: hands {@code value} to the driver and waits to be resumed; returns what was
     * sent, or throws what was thrown in. Only the body itself may call it.
     */
    Object yieldValue(Object value);

    /**
     * Unwinds a suspended body without running program code: each of its yields throws {@link Abandoned} from now
     * on. Returns once the body has ended. Does nothing to a strand not started or already finished.
     */
    void abandon();

    boolean started();

    boolean finished();

    /**
     * The Python thread state a body must run under: a body runs in the thread that resumes it, with that thread's
     * identity and current context. A strand on a thread of its own takes the resumer's state on each resumption
     * and attaches it before the body goes on ({@code PythonHost.currentThreadState}/{@code attachThreadState}).
     */
    interface ThreadStates {
        ThreadStates NONE = new ThreadStates() {
            @Override
            public Object current() {
                return null;
            }

            @Override
            public void attach(Object state) {
            }
        };

        Object current();

        void attach(Object state);

        /** The states of a host: {@code current} on the resuming thread, {@code attach} on the body's. */
        static ThreadStates of(Supplier<Object> current, Consumer<Object> attach) {
            return new ThreadStates() {
                @Override
                public Object current() {
                    return current.get();
                }

                @Override
                public void attach(Object state) {
                    attach.accept(state);
                }
            };
        }
    }

    /** The strands of one program run that have started and not finished, to abandon at its end. */
    final class Registry {
        private final GeneratorMechanism mechanism;
        private final ThreadStates threadStates;
        private final Set<GeneratorStrand> live = ConcurrentHashMap.newKeySet();

        public Registry() {
            this(GeneratorMechanism.selected());
        }

        public Registry(GeneratorMechanism mechanism) {
            this(mechanism, ThreadStates.NONE);
        }

        public Registry(GeneratorMechanism mechanism, ThreadStates threadStates) {
            this.mechanism = mechanism;
            this.threadStates = threadStates;
        }

        ThreadStates threadStates() {
            return threadStates;
        }

        public GeneratorMechanism mechanism() {
            return mechanism;
        }

        /** A new strand for {@code body}, not started; {@code name} labels it in thread dumps. */
        public GeneratorStrand newStrand(String name, Body body) {
            return switch (mechanism) {
                case CONTINUATION -> new ContinuationGeneratorStrand(this, body);
                case VIRTUAL_THREAD -> new VirtualThreadGeneratorStrand(this, name, body);
            };
        }

        void started(GeneratorStrand strand) {
            live.add(strand);
        }

        void finished(GeneratorStrand strand) {
            live.remove(strand);
        }

        /** How many strands have started and not finished. */
        public int live() {
            return live.size();
        }

        /** Abandons every strand still suspended (see {@link GeneratorStrand#abandon()}). */
        public void abandonAll() {
            for (GeneratorStrand strand : List.copyOf(live)) {
                if (!strand.finished()) {
                    strand.abandon();
                }
            }
        }
    }
}
