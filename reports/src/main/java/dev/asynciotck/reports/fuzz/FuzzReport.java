package dev.asynciotck.reports.fuzz;

import dev.asynciotck.harness.RunResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a fuzz run's findings: {@code summary.txt}, and per difference a folder {@code seed-S/} with the
 * shrunk program ({@code program.py}), the original one ({@code original.py}), both outputs
 * ({@code target.out}, {@code oracle.out}, each with its outcome) and {@code scenario.feature}: a scenario
 * ready to review, the oracle's output as its expectation.
 */
public final class FuzzReport {

    private FuzzReport() {
    }

    public static void write(Path dir, String targetName, String oracleName, long seed,
                             FuzzRunner.Result result) throws IOException {
        Files.createDirectories(dir);
        List<String> summary = new ArrayList<>();
        summary.add("tck fuzz: " + result.programs() + " programs from seed " + seed + ", target " + targetName
                + ", oracle " + oracleName);
        summary.add("differences: " + result.differences().size() + " (" + result.unexplained()
                + " unexplained, " + result.explained() + " explained by the baseline)");
        summary.add("inconclusive (the oracle gave no outcome): " + result.inconclusive());
        summary.add(String.format("time: %.1f s (%.1f programs/s, load average %s); per program, summed over the run:"
                        + " target %.1f ms, oracle %.1f ms", result.elapsed().toMillis() / 1000.0, result.rate(),
                LoadAverage.now(), result.targetBusy().toNanos() / 1e6 / result.programs(),
                result.oracleBusy().toNanos() / 1e6 / result.programs()));
        if (!result.batchMismatches().isEmpty()) {
            summary.add("batched and isolated results differed (a state leak between batched programs) for seeds "
                    + result.batchMismatches());
        }
        for (FuzzRunner.Difference d : result.differences()) {
            Comparison c = d.shrunk();
            Path folder = dir.resolve("seed-" + c.program().seed());
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("program.py"), c.source(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("original.py"), d.original().source(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("target.out"), output(c.target()), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("oracle.out"), output(c.oracle()), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("scenario.feature"), feature(c, oracleName), StandardCharsets.UTF_8);
            summary.add("seed " + c.program().seed() + ": " + Comparison.describe(c.target()) + " vs "
                    + Comparison.describe(c.oracle()) + (d.explainedBy() == null ? "" : " [explained: "
                    + d.explainedBy() + "]") + " -> " + folder);
        }
        if (result.unshrunk() > 0) {
            summary.add(result.unshrunk() + " differences were not shrunk (over the limit of shrunk ones)");
        }
        Files.write(dir.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
    }

    private static String output(RunResult r) {
        return "# " + Comparison.describe(r) + "\n" + r.stdout();
    }

    /** A feature file with one scenario: the program and what the oracle printed. */
    static String feature(Comparison c, String oracleName) {
        StringBuilder f = new StringBuilder();
        long seed = c.program().seed();
        f.append("@fuzzed\n");
        f.append("Feature: A program found by the differential fuzzer (seed ").append(seed).append(")\n");
        f.append("  Expectation printed by ").append(oracleName).append(". Before moving it into features/spec:\n");
        f.append("  run it on every CPython its tags cover, give it a rule ID and level, and name what it shows.\n\n");
        f.append("  @rule-fuzzed.seed-").append(Long.toString(seed).replace('-', 'm')).append(" @required\n");
        f.append("  Rule: TODO: state what this program shows.\n\n");
        if (c.program().minor() >= 7) {
            f.append("    @since-3.").append(c.program().minor() >= 11 ? 11 : c.program().minor()).append('\n');
        }
        f.append("    Scenario: fuzzed program of seed ").append(seed).append('\n');
        f.append("      Given the program:\n        \"\"\"python\n");
        indent(f, c.source());
        f.append("        \"\"\"\n");
        if (c.oracle().stdout().isEmpty()) {
            f.append("      Then the output is empty\n");
        } else {
            f.append("      Then the output is:\n        \"\"\"\n");
            indent(f, c.oracle().stdout());
            f.append("        \"\"\"\n");
        }
        f.append(c.oracle().status() == RunResult.Status.COMPLETED ? "      And the program completes normally\n"
                : "      And the program raises " + c.oracle().exceptionName() + "\n");
        return f.toString();
    }

    private static void indent(StringBuilder f, String text) {
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                f.append("        ").append(line);
            }
            f.append('\n');
        }
        if (text.endsWith("\n")) {
            f.setLength(f.length() - 1);
        }
    }
}
