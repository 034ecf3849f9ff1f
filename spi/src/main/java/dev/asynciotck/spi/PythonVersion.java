package dev.asynciotck.spi;

/**
 * A Python feature version such as 3.13, the unit in which asyncio's behaviour changes.
 *
 * @param major the major version, 3
 * @param minor the minor version, for example 13
 */
public record PythonVersion(int major, int minor) implements Comparable<PythonVersion> {

    public PythonVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("negative version " + major + "." + minor);
        }
    }

    /** Parses {@code "3.13"}; anything after the minor version ({@code "3.13.0"}, {@code "3.13rc1"}) is ignored. */
    public static PythonVersion parse(String text) {
        var matcher = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)").matcher(text.strip());
        if (!matcher.lookingAt()) {
            throw new IllegalArgumentException("not a Python version: '" + text + "' (expected e.g. 3.13)");
        }
        return new PythonVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** True when this version is {@code major.minor} or later. */
    public boolean atLeast(int major, int minor) {
        return compareTo(new PythonVersion(major, minor)) >= 0;
    }

    @Override
    public int compareTo(PythonVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
