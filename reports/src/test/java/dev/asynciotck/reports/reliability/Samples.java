package dev.asynciotck.reports.reliability;

/**
 * How many times the sampled checks (concurrent pairs, interruptions) repeat: the system property
 * {@code tck.reliability.samples}, 3 in the normal build; the full check runs 20
 * ({@code -Dtck.reliability.samples=20}, see docs/reliability.md).
 */
final class Samples {

    private Samples() {
    }

    static int count() {
        String value = System.getProperty("tck.reliability.samples", "3").strip();
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tck.reliability.samples must be a number, not " + value, e);
        }
    }
}
