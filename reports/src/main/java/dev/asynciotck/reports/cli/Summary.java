package dev.asynciotck.reports.cli;

import dev.asynciotck.reports.gate.Cell;
import dev.asynciotck.reports.gate.DetailDifference;
import dev.asynciotck.reports.gate.FaultModelCheck;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.report.ReportPaths;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The closing text of {@code tck run}: per target its totals and per-level figures, its problems, its failing
 * scenarios and, unless strict, the detail scenarios it differs in.
 */
final class Summary {

    /** At most this many failing scenarios are listed per target; the reports have them all. */
    private static final int MAX_LISTED = 40;

    private Summary() {
    }

    static void print(PrintWriter out, List<TargetOutcome> outcomes, List<FaultModelCheck> faults, Path reportDir) {
        out.println();
        out.println("=== conformance per target ===");
        for (TargetOutcome outcome : outcomes) {
            out.println(outcome.summaryLine());
            outcome.problems().forEach(problem -> out.println("    problem: " + indent(problem)));
            List<Cell> failing = outcome.failingCells();
            failing.stream().limit(MAX_LISTED).forEach(cell -> out.println("    " + cell.verdict().label().toUpperCase()
                    + " " + cell.scenario().key() + " [" + cell.scenario().ruleId() + "] " + cell.scenario().name()
                    + "\n        " + indent(firstLines(cell.message()))));
            if (failing.size() > MAX_LISTED) {
                out.println("    ... and " + (failing.size() - MAX_LISTED) + " more");
            }
            List<DetailDifference> details = outcome.explainedDetailDifferences();
            if (!details.isEmpty()) {
                out.println("    detail differences (CPython's wording, reprs or timing; not gated, --strict gates them): "
                        + details.size());
                details.stream().limit(MAX_LISTED).forEach(detail -> out.println("    detail "
                        + detail.cell().scenario().key() + " [" + detail.ruleId() + "] " + detail.cell().scenario().name()
                        + "\n        why a detail: " + detail.reason() + "\n        " + indent(detail.observed())));
                if (details.size() > MAX_LISTED) {
                    out.println("    ... and " + (details.size() - MAX_LISTED) + " more");
                }
            }
            if (!outcome.leakingCells().isEmpty()) {
                out.println("    warning: " + outcome.leakingCells().size() + " scenario(s) left platform threads alive,"
                        + " e.g. " + outcome.leakingCells().getFirst().scenario().key() + ": "
                        + outcome.leakingCells().getFirst().leakedThreads());
            }
        }
        if (!faults.isEmpty()) {
            out.println("=== fault models (caught: rejected by the gate, each named rule failing) ===");
            faults.forEach(fault -> out.println(fault.summaryLine()));
        }
        out.println("reports: " + reportDir.resolve(ReportPaths.MATRIX_HTML) + " (also matrix.md, matrix.json, "
                + "summary.json, manifest.json, and per target cucumber.html, details.html, junit.xml, messages.ndjson)");
    }

    private static String firstLines(String message) {
        List<String> lines = message.lines().limit(6).toList();
        return String.join("\n", lines) + (message.lines().count() > 6 ? "\n..." : "");
    }

    private static String indent(String text) {
        return text.replace("\n", "\n        ");
    }
}
