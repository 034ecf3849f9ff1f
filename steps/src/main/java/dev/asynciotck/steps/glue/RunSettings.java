package dev.asynciotck.steps.glue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How scenarios are run: the target, the per-scenario time limit, an extra class path for Java providers, and
 * optionally the in-process sink that receives each scenario's evidence.
 *
 * <p>They come from the {@link TckPlugin}'s argument (a Cucumber configuration parameter, so a JUnit Platform
 * suite sets them with {@code @ConfigurationParameter}) and, when no such plugin is configured, from the system
 * properties {@code asynciotck.target} (default {@code reference}), {@code asynciotck.timeout} (seconds, default
 * 10) and {@code asynciotck.classpath} (jars separated by the platform's path separator).
 *
 * @param targetName the target every scenario runs on
 * @param timeout    how long one program may run before it is stopped and reported as a timeout
 * @param classpath  jars or class folders searched for Java providers besides the class path
 * @param sinkId     the handle of the {@link RunBindings} sink that receives each scenario's evidence, or {@code null}
 */
public record RunSettings(String targetName, Duration timeout, List<Path> classpath, String sinkId) {

    public static final String TARGET_PROPERTY = "asynciotck.target";
    public static final String TIMEOUT_PROPERTY = "asynciotck.timeout";
    public static final String CLASSPATH_PROPERTY = "asynciotck.classpath";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public RunSettings {
        if (targetName == null || targetName.isBlank()) {
            throw new IllegalArgumentException("the target name is empty");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + timeout);
        }
        classpath = List.copyOf(classpath);
    }

    public RunSettings(String targetName, Duration timeout) {
        this(targetName, timeout, List.of(), null);
    }

    public static RunSettings fromSystemProperties() {
        return new RunSettings(System.getProperty(TARGET_PROPERTY, "reference").strip(),
                seconds(TIMEOUT_PROPERTY, System.getProperty(TIMEOUT_PROPERTY, "10")),
                paths(System.getProperty(CLASSPATH_PROPERTY, "")), null);
    }

    /**
     * Parses a {@link TckPlugin} argument: {@code key=value} pairs separated by {@code ;} with the keys
     * {@code target}, {@code timeout} (seconds), {@code classpath} (path-separator separated) and {@code sink};
     * a bare word is the target's name. Unknown keys are an error naming them.
     */
    public static RunSettings parse(String argument) {
        String target = "reference";
        Duration timeout = DEFAULT_TIMEOUT;
        List<Path> classpath = List.of();
        String sink = null;
        for (String part : argument.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals < 0) {
                target = part.strip();
                continue;
            }
            String key = part.substring(0, equals).strip();
            String value = part.substring(equals + 1).strip();
            switch (key) {
                case "target" -> target = value;
                case "timeout" -> timeout = seconds("timeout", value);
                case "classpath" -> classpath = paths(value);
                case "sink" -> sink = value;
                default -> throw new IllegalArgumentException("unknown asyncio-tck setting '" + key + "' in '"
                        + argument + "' (known: target, timeout, classpath, sink)");
            }
        }
        return new RunSettings(target, timeout, classpath, sink);
    }

    /** The plugin argument that {@link #parse} reads back into these settings. */
    public String toArgument() {
        List<String> parts = new ArrayList<>(List.of("target=" + targetName,
                "timeout=" + timeout.toMillis() / 1000.0));
        if (!classpath.isEmpty()) {
            parts.add("classpath=" + String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        }
        Optional.ofNullable(sinkId).ifPresent(id -> parts.add("sink=" + id));
        return String.join(";", parts);
    }

    private static Duration seconds(String key, String text) {
        try {
            return Duration.ofMillis((long) (Double.parseDouble(text.strip()) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number of seconds, not '" + text + "'");
        }
    }

    private static List<Path> paths(String text) {
        return Arrays.stream(text.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }
}
