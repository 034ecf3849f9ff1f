package dev.asynciotck.spec;

/**
 * One documented behaviour of asyncio that scenarios encode, as its Gherkin {@code Rule:} states it.
 *
 * @param id           the stable ID, from the Rule's {@code @rule-<id>} tag; its scenarios inherit it
 * @param level        from the Rule's level tag
 * @param docUrl       the asyncio documentation section it follows, from the Rule's {@code Link:} line
 * @param statement    the behaviour in one sentence: the Rule's title
 * @param origin       where the Rule is, {@code file:line}
 * @param detailReason for a {@code detail} rule, what in its output is CPython's own (message text, a repr, a
 *                     default name, collector timing…), from the Rule's {@code Detail:} line: the reason the reports
 *                     give for every target that differs in it; {@code ""} for other rules
 */
public record Rule(String id, RuleLevel level, String docUrl, String statement, String origin, String detailReason) {

    public Rule {
        detailReason = detailReason == null ? "" : detailReason;
    }

    /** A rule without a detail reason (any level but detail). */
    public Rule(String id, RuleLevel level, String docUrl, String statement, String origin) {
        this(id, level, docUrl, statement, origin, "");
    }

    /** True for a behaviour every implementation must show. */
    public boolean required() {
        return level == RuleLevel.REQUIRED;
    }
}
