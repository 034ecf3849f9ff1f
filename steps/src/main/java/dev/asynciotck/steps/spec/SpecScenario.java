package dev.asynciotck.steps.spec;

import java.util.List;

/**
 * One runnable scenario of the specification (a Scenario Outline contributes one per example row).
 *
 * @param uri             the feature file
 * @param line            the scenario's line (an outline example: the example row's line)
 * @param name            the scenario's name, placeholders filled in
 * @param tags            its tags with the leading {@code @}, inherited ones included
 * @param program         the program text
 * @param expectedOutput  the exact expected standard output, or {@code null} when the scenario states none
 * @param expectedOutcome the simple name of the exception expected to escape, {@code ""} for "completes
 *                        normally", or {@code null} when the scenario states no outcome
 */
public record SpecScenario(String uri, long line, String name, List<String> tags, String program,
                           String expectedOutput, String expectedOutcome) {

    public SpecScenario {
        tags = List.copyOf(tags);
    }

    /** The version range its tags give. */
    public VersionRange versions() {
        return VersionRange.fromTags(tags);
    }

    /** Where it is, {@code file:line}. */
    public String location() {
        return uri + ":" + line;
    }
}
