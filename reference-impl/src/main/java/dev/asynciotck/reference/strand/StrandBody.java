package dev.asynciotck.reference.strand;

/** The code a {@link Strand} runs: it suspends through {@code suspender} and ends by returning or throwing. */
@FunctionalInterface
public interface StrandBody {

    Object run(Suspender suspender);
}
