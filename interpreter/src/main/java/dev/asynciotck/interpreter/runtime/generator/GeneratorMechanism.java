package dev.asynciotck.interpreter.runtime.generator;

import java.util.Locale;

/**
 * How generator bodies suspend (see {@link GeneratorStrand}): on continuations when this JVM offers them, else on
 * virtual threads. The system property {@value #PROPERTY} ({@code auto}, {@code continuation} or
 * {@code virtual-thread}) forces one; forcing continuations on a JVM without them is an error.
 */
public enum GeneratorMechanism {
    CONTINUATION, VIRTUAL_THREAD;

    /** The system property that selects the mechanism. */
    public static final String PROPERTY = "asynciotck.generators";

    /** The mechanism the property asks for, or the best available one. */
    public static GeneratorMechanism selected() {
        String wanted = System.getProperty(PROPERTY, "auto").strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "auto" -> GeneratorContinuations.UNAVAILABLE_REASON == null ? CONTINUATION : VIRTUAL_THREAD;
            case "continuation" -> {
                if (GeneratorContinuations.UNAVAILABLE_REASON != null) {
                    throw new IllegalStateException("-D" + PROPERTY + "=continuation, but "
                            + GeneratorContinuations.UNAVAILABLE_REASON);
                }
                yield CONTINUATION;
            }
            case "virtual-thread" -> VIRTUAL_THREAD;
            default -> throw new IllegalStateException("-D" + PROPERTY + "=" + wanted
                    + " is not one of auto, continuation, virtual-thread");
        };
    }
}
