package dev.asynciotck.spec;

import java.net.URI;
import java.nio.file.Path;

/**
 * One spelling for "where a scenario is", shared by the catalog, the JUnit Platform's test sources and
 * Cucumber's URIs: {@code asynciotck/features/x.feature:12} for the bundled specification (a class path
 * resource), the absolute, normalised path plus {@code :line} for a feature file.
 */
public final class Locations {

    public static final String CLASSPATH = "classpath:";

    private Locations() {
    }

    /** The key of line {@code line} of the feature at {@code uri} (a Cucumber URI, a resource name or a path). */
    public static String key(String uri, long line) {
        return feature(uri) + ":" + line;
    }

    /** The normalised feature part of a key. */
    public static String feature(String uri) {
        if (uri.startsWith(CLASSPATH)) {
            return uri.substring(CLASSPATH.length()).replaceFirst("^/", "");
        }
        if (uri.startsWith("file:")) {
            return Path.of(URI.create(uri)).toAbsolutePath().normalize().toString();
        }
        if (uri.startsWith("/")) {
            return Path.of(uri).toAbsolutePath().normalize().toString();
        }
        return uri;
    }
}
