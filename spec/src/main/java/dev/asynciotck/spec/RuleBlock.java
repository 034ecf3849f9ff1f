package dev.asynciotck.spec;

import java.util.List;
import java.util.Optional;

/**
 * One Gherkin {@code Rule:} block as written, before it is checked: {@link Coverage} names what is wrong with
 * it, and {@link #rule()} is the registered rule it states when it is well formed.
 *
 * @param title       the Rule's title: the rule's statement
 * @param tags        the tags written on the Rule itself, with the leading {@code @}
 * @param description its description as written: a {@code Link:} line first, then prose
 * @param origin      where it is, {@code file:line}
 */
public record RuleBlock(String title, List<String> tags, String description, String origin) {

    public static final String RULE_TAG_PREFIX = "@rule-";
    public static final String LINK_PREFIX = "Link:";
    /** Starts the line of a {@code @detail} Rule that says what in its output is CPython's own. */
    public static final String DETAIL_PREFIX = "Detail:";

    public RuleBlock {
        tags = List.copyOf(tags);
    }

    /** The IDs of its {@code @rule-} tags (a well-formed Rule has exactly one). */
    public List<String> ids() {
        return tags.stream().filter(t -> t.startsWith(RULE_TAG_PREFIX)).map(t -> t.substring(RULE_TAG_PREFIX.length()))
                .toList();
    }

    /** The levels its tags give (a well-formed Rule has exactly one). */
    public List<RuleLevel> levels() {
        return tags.stream().flatMap(t -> RuleLevel.ofTag(t).stream()).toList();
    }

    /** The URL of its first description line, when that line is {@code Link: <url>}. */
    public Optional<String> link() {
        return description.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .filter(l -> l.startsWith(LINK_PREFIX)).map(l -> l.substring(LINK_PREFIX.length()).strip())
                .filter(url -> !url.isEmpty());
    }

    /**
     * The text of each {@code Detail: <what differs>} line of its description (a well-formed {@code @detail} Rule
     * has exactly one, other Rules none).
     */
    public List<String> detailLines() {
        return description.lines().map(String::strip).filter(l -> l.startsWith(DETAIL_PREFIX))
                .map(l -> l.substring(DETAIL_PREFIX.length()).strip()).toList();
    }

    /** The rule it states, when it has exactly one ID, one level and a link. */
    public Optional<Rule> rule() {
        if (ids().size() != 1 || levels().size() != 1 || link().isEmpty()) {
            return Optional.empty();
        }
        String detailReason = levels().getFirst() == RuleLevel.DETAIL && detailLines().size() == 1
                ? detailLines().getFirst() : "";
        return Optional.of(new Rule(ids().getFirst(), levels().getFirst(), link().get(), title, origin, detailReason));
    }
}
