package dev.asynciotck.reports.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small feature sets for the reliability tests, written into a folder of their own. */
final class SpecFiles {

    /** The rule every scenario written here belongs to. */
    static final String RULE = "test.reliability.plain";

    private SpecFiles() {
    }

    /** A features folder holding {@code feature} as {@code name}. */
    static Path features(Path root, String name, String feature) {
        try {
            Path features = Files.createDirectories(root.resolve("features"));
            Files.writeString(features.resolve(name), feature);
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A feature of one required rule, {@link #RULE}, whose scenarios are {@code scenarios} (from {@link #scenario}). */
    static String feature(List<String> scenarios) {
        return "Feature: Reliability\n\n  @rule-" + RULE + " @required\n  Rule: A plain program runs to its end.\n"
                + "    Link: https://docs.python.org/3/library/asyncio-task.html#coroutines\n\n"
                + String.join("\n", scenarios);
    }

    /** A scenario: {@code program}, its exact output (empty for none), completing normally. */
    static String scenario(String name, String program, String output) {
        return scenario("", name, program, output, "the program completes normally");
    }

    /** A scenario with {@code tags} (e.g. version tags; may be empty) and the outcome step {@code outcome}. */
    static String scenario(String tags, String name, String program, String output, String outcome) {
        StringBuilder text = new StringBuilder();
        if (!tags.isEmpty()) {
            text.append("    ").append(tags).append('\n');
        }
        text.append("    Scenario: ").append(name).append("\n      Given the program:\n        \"\"\"python\n");
        program.lines().forEach(line -> text.append(line.isEmpty() ? "" : "        " + line).append('\n'));
        text.append("        \"\"\"\n");
        if (output.isEmpty()) {
            text.append("      Then the output is empty\n");
        } else {
            text.append("      Then the output is:\n        \"\"\"\n");
            output.lines().forEach(line -> text.append("        ").append(line).append('\n'));
            text.append("        \"\"\"\n");
        }
        text.append("      And ").append(outcome).append('\n');
        return text.toString();
    }

    /** A program that prints {@code done} and ends. */
    static final String QUICK = """
            import asyncio

            async def main():
                await asyncio.sleep(0)
                print("done")

            asyncio.run(main())
            """;

    /**
     * A program that never ends on its own: cancellation never reaches the future it awaits, because the
     * coroutine catches CancelledError and waits again.
     */
    static final String HANGS = """
            import asyncio

            async def stubborn():
                while True:
                    try:
                        await asyncio.sleep(3600)
                    except asyncio.CancelledError:
                        pass

            asyncio.run(asyncio.wait_for(stubborn(), 0.5))
            """;
}
