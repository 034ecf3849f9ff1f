package dev.asynciotck.spec;

import dev.asynciotck.spi.PythonVersion;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The asyncio versions a scenario applies to, from its tags: {@code @since-3.7} is an inclusive lower
 * bound, {@code @before-3.8} an exclusive upper bound; both may appear; none means every version.
 *
 * @param since  the first version that applies, or {@code null} for no lower bound
 * @param before the first version that no longer applies, or {@code null} for no upper bound
 */
public record VersionRange(PythonVersion since, PythonVersion before) {

    private static final Pattern TAG = Pattern.compile("@(since|before)-(\\d+\\.\\d+)");
    private static final Pattern LOOKS_LIKE_VERSION_TAG = Pattern.compile("@(since|before|until|from)\\b.*");

    public static final VersionRange ALL = new VersionRange(null, null);

    public VersionRange {
        if (since != null && before != null && since.compareTo(before) >= 0) {
            throw new IllegalArgumentException("empty version range: @since-" + since + " with @before-" + before);
        }
    }

    /**
     * The range the tags describe. Tags are inherited (feature, rule, examples), so several bounds of the
     * same kind intersect: the latest {@code @since-} and the earliest {@code @before-} win. A tag that looks
     * like a version tag but does not follow the grammar, or bounds that leave no version, is an error
     * naming the tags.
     */
    public static VersionRange fromTags(Collection<String> tags) {
        PythonVersion since = null;
        PythonVersion before = null;
        for (String tag : tags) {
            var matcher = TAG.matcher(tag);
            if (matcher.matches()) {
                PythonVersion version = PythonVersion.parse(matcher.group(2));
                if (matcher.group(1).equals("since")) {
                    since = since == null || version.compareTo(since) > 0 ? version : since;
                } else {
                    before = before == null || version.compareTo(before) < 0 ? version : before;
                }
            } else if (LOOKS_LIKE_VERSION_TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("malformed version tag " + tag
                        + " (expected @since-3.X or @before-3.X)");
            }
        }
        if (since != null && before != null && since.compareTo(before) >= 0) {
            throw new IllegalArgumentException("the version tags " + tags + " leave no version");
        }
        return new VersionRange(since, before);
    }

    public boolean contains(PythonVersion version) {
        return (since == null || version.compareTo(since) >= 0) && (before == null || version.compareTo(before) < 0);
    }

    /** Why {@code version} is outside this range, or empty when it is inside. */
    public Optional<String> whyNotApplicable(PythonVersion version) {
        return contains(version) ? Optional.empty()
                : Optional.of("not applicable to " + version + " (scenario covers " + this + ")");
    }

    @Override
    public String toString() {
        if (since == null && before == null) {
            return "every version";
        }
        if (before == null) {
            return since + " and later";
        }
        return since == null ? "versions before " + before : since + " up to but not including " + before;
    }
}
