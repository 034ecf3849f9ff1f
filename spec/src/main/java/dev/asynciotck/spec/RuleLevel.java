package dev.asynciotck.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How binding a rule is, given by one tag on its Gherkin {@code Rule:}.
 *
 * <ul>
 *   <li>{@code @required} — documented asyncio behaviour every implementation must show;</li>
 *   <li>{@code @optional} — a behaviour an implementation may declare it does not offer (a capability, or
 *       undocumented text such as reprs);</li>
 *   <li>{@code @detail} — CPython's exact wording or timing where the documentation promises none.</li>
 * </ul>
 */
public enum RuleLevel {
    REQUIRED, OPTIONAL, DETAIL;

    /** The tag that gives this level, e.g. {@code @required}. */
    public String tag() {
        return "@" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The level a tag names, if it is a level tag. */
    public static Optional<RuleLevel> ofTag(String tag) {
        return Arrays.stream(values()).filter(level -> level.tag().equals(tag)).findFirst();
    }

    /** Every level tag, for messages. */
    public static List<String> tags() {
        return Arrays.stream(values()).map(RuleLevel::tag).toList();
    }
}
