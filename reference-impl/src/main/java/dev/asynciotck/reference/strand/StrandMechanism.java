package dev.asynciotck.reference.strand;

import java.util.Locale;

/**
 * The ways a coroutine body can be suspended, and the choice among them. The system property
 * {@value #PROPERTY} forces one ({@code continuation} or {@code virtual-thread}); unset or {@code auto}
 * picks {@link #CONTINUATION} when the JVM opens {@code jdk.internal.vm} to us
 * ({@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}) and its continuations pass a self-test,
 * else {@link #VIRTUAL_THREAD}, silently: both hold every rule of asyncio the same way.
 */
public enum StrandMechanism {

    /** {@link ContinuationEngine}: bodies on {@code jdk.internal.vm.Continuation}s on the loop's thread. */
    CONTINUATION("continuation"),
    /** {@link VirtualThreadEngine}: each body on a virtual thread of its own, with strict hand-off. */
    VIRTUAL_THREAD("virtual-thread");

    /** The system property that forces a mechanism. */
    public static final String PROPERTY = "asynciotck.strand";

    private final String label;

    StrandMechanism(String label) {
        this.label = label;
    }

    /** The property value that names this mechanism. */
    public String label() {
        return label;
    }

    /** Null if this mechanism works in this JVM; else why not. */
    public String unavailableReason() {
        return this == CONTINUATION ? Continuations.UNAVAILABLE_REASON : null;
    }

    /**
     * The mechanism {@link #PROPERTY} asks for, or the best available one.
     *
     * @throws IllegalArgumentException if the property names no mechanism, or one this JVM cannot run
     */
    public static StrandMechanism selected() {
        String wanted = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.equals("auto")) {
            return CONTINUATION.unavailableReason() == null ? CONTINUATION : VIRTUAL_THREAD;
        }
        for (StrandMechanism mechanism : values()) {
            if (mechanism.label.equals(wanted)) {
                if (mechanism.unavailableReason() != null) {
                    throw new IllegalArgumentException("-D" + PROPERTY + "=" + wanted + " cannot be used: "
                            + mechanism.unavailableReason());
                }
                return mechanism;
            }
        }
        throw new IllegalArgumentException("-D" + PROPERTY + "=" + wanted
                + " names no strand mechanism (use continuation, virtual-thread or auto)");
    }

    /** A new engine of this mechanism for one asyncio module, with no thread state to carry. */
    public CoroutineEngine newEngine(String threadPrefix) {
        return newEngine(threadPrefix, ThreadStates.NONE);
    }

    /**
     * A new engine of this mechanism for one asyncio module. Continuations run bodies on the resuming thread, so
     * they need no help; virtual threads carry {@code states} from the resuming thread to the body's.
     */
    public CoroutineEngine newEngine(String threadPrefix, ThreadStates states) {
        return this == CONTINUATION ? new ContinuationEngine() : new VirtualThreadEngine(threadPrefix, states);
    }

    /** One line for humans: the mechanism chosen now and why. */
    public static String describeSelection() {
        try {
            StrandMechanism chosen = selected();
            String why = chosen == CONTINUATION ? "jdk.internal.vm is open to us"
                    : "fallback: " + CONTINUATION.unavailableReason();
            if (!System.getProperty(PROPERTY, "auto").isBlank()
                    && !System.getProperty(PROPERTY, "auto").equalsIgnoreCase("auto")) {
                why = "forced by -D" + PROPERTY;
            }
            return chosen.label + " (" + why + ")";
        } catch (IllegalArgumentException bad) {
            return "none: " + bad.getMessage();
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
