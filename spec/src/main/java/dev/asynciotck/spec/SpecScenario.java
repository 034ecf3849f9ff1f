package dev.asynciotck.spec;

import java.util.List;

/**
 * One runnable scenario of the specification (an outline contributes one per example row), as the reports
 * and the gate see it.
 *
 * @param key             where it is, {@link Locations#key normalised}: {@code asynciotck/features/x.feature:12}
 * @param featureUri      its feature, normalised like the key
 * @param line            its line (an outline example: the example row's line)
 * @param rule            the Gherkin {@code Rule:} it sits in, or {@code null} when it sits directly in the feature
 * @param ruleId          the ID of its (inherited) {@code @rule-} tag, or {@code ""} when it has none
 * @param name            its name, placeholders filled in
 * @param baselineName    its name as a baseline names it: {@code name}, plus {@code " [example N]"} when several
 *                        scenarios of the same rule share that name
 * @param tags            its tags, with the leading {@code @}, inherited ones included
 * @param steps           the text of each of its steps, keywords left out
 * @param program         the program text
 * @param expectedOutput  the exact expected standard output, or {@code null} when it states none
 * @param expectedOutcome the exception expected to escape, {@code ""} for "completes normally", {@code null} if
 *                        it states none
 */
public record SpecScenario(String key, String featureUri, long line, RuleBlock rule, String ruleId,
                           String name, String baselineName, List<String> tags, List<String> steps, String program,
                           String expectedOutput, String expectedOutcome) {

    public SpecScenario {
        tags = List.copyOf(tags);
        steps = List.copyOf(steps);
    }

    /** The title of the Gherkin {@code Rule:} it sits in (the rule's statement), or {@code ""}. */
    public String ruleTitle() {
        return rule == null ? "" : rule.title();
    }

    /** Where it is, for messages: its key. */
    public String location() {
        return key;
    }

    public VersionRange versions() {
        return VersionRange.fromTags(tags);
    }

    /** A stable HTML id for the scenario: its key with every run of other characters made a hyphen. */
    public String anchor() {
        return "s-" + key.replaceFirst("^asynciotck/features/", "").replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** The outcome as the scenario states it: {@code completes normally}, {@code raises X}, or {@code -}. */
    public String describeExpectedOutcome() {
        if (expectedOutcome == null) {
            return "-";
        }
        return expectedOutcome.isEmpty() ? "completes normally" : "raises " + expectedOutcome;
    }
}
