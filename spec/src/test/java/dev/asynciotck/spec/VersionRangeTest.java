package dev.asynciotck.spec;

import dev.asynciotck.spi.PythonVersion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionRangeTest {

    private static final PythonVersion V3_6 = new PythonVersion(3, 6);
    private static final PythonVersion V3_8 = new PythonVersion(3, 8);
    private static final PythonVersion V3_13 = new PythonVersion(3, 13);

    @Test
    void noTagCoversEveryVersion() {
        assertThat(VersionRange.fromTags(List.of("@tasks", "@rule-a.b")).contains(V3_6)).isTrue();
    }

    @Test
    void sinceIsInclusiveAndBeforeExclusive() {
        VersionRange range = VersionRange.fromTags(List.of("@since-3.8", "@before-3.13"));
        assertThat(range.contains(V3_8)).isTrue();
        assertThat(range.contains(V3_13)).isFalse();
        assertThat(range.whyNotApplicable(V3_6)).hasValue(
                "not applicable to 3.6 (scenario covers 3.8 up to but not including 3.13)");
    }

    @Test
    void inheritedBoundsIntersect() {
        VersionRange range = VersionRange.fromTags(List.of("@since-3.11", "@since-3.13", "@before-3.14", "@before-3.20"));
        assertThat(range).isEqualTo(new VersionRange(V3_13, new PythonVersion(3, 14)));
    }

    @Test
    void malformedOrEmptyRangesAreErrorsNamingTheTags() {
        assertThatThrownBy(() -> VersionRange.fromTags(List.of("@since-3")))
                .hasMessageContaining("malformed version tag @since-3");
        assertThatThrownBy(() -> VersionRange.fromTags(List.of("@since-3.9", "@before-3.8")))
                .hasMessageContaining("leave no version");
    }
}
