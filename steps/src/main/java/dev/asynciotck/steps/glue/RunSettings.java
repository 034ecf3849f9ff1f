package dev.asynciotck.steps.glue;

import java.time.Duration;

/**
 * How scenarios are run, read from system properties (set them with {@code -D} or from a suite):
 * {@code asynciotck.target} (default {@code reference}) and {@code asynciotck.timeout}, the per-scenario
 * time limit in seconds (default 10).
 *
 * @param targetName the target every scenario runs on
 * @param timeout    how long one program may run before it is stopped and reported as a timeout
 */
public record RunSettings(String targetName, Duration timeout) {

    public static final String TARGET_PROPERTY = "asynciotck.target";
    public static final String TIMEOUT_PROPERTY = "asynciotck.timeout";

    public static RunSettings fromSystemProperties() {
        String target = System.getProperty(TARGET_PROPERTY, "reference").strip();
        String seconds = System.getProperty(TIMEOUT_PROPERTY, "10").strip();
        try {
            return new RunSettings(target, Duration.ofMillis((long) (Double.parseDouble(seconds) * 1000)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(TIMEOUT_PROPERTY + " must be a number of seconds, not '" + seconds + "'");
        }
    }
}
