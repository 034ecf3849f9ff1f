package dev.asynciotck.harness;

import dev.asynciotck.harness.python.TargetAvailability;

import java.util.List;
import java.util.Optional;

/**
 * A kind of target that lives in a module of its own (e.g. GraalPy, whose runtime is too large to sit on every
 * user's class path), found with {@link java.util.ServiceLoader}: {@link Targets#byName} asks each family on the
 * class path for a name before it looks for Java providers, and {@code tck list-targets} lists each family.
 *
 * <p>Implementations are thread-safe and cheap to ask: a family must not start anything to answer
 * {@link #byName} or {@link #list}.
 */
public interface TargetFamily {

    /** How {@code tck list-targets} heads the family's section, e.g. {@code GraalPy (Python on the JVM)}. */
    String title();

    /** The forms of the family's names, for messages, e.g. {@code graalpy-3.X}. */
    String nameForms();

    /**
     * The target {@code name} stands for, or empty if it is not one of the family's names. A name of the family
     * that cannot run here still gives a target, one whose {@link Target#unavailableReason()} says why.
     */
    Optional<Target> byName(String name);

    /** The family's names this build knows, each with whether it can run here and, if not, why. */
    List<TargetAvailability> list();
}
