package dev.asynciotck.reports.gate;

import dev.asynciotck.reports.run.Verdict;
import dev.asynciotck.spec.RuleLevel;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The gate's judgement of one target: a cell per selected scenario, and the problems that belong to no single
 * scenario (stale baseline entries, nothing run, the engine crashing, the target missing).
 *
 * <p>Which cells the gate judges depends on their rule's level: {@code required} and {@code optional} ones always
 * (an optional scenario of a capability the target lacks is not applicable, so it never fails), {@code detail}
 * ones only when {@code strict}. A detail cell that does not pass is otherwise a reported difference.
 *
 * @param target       the target's name
 * @param version      its asyncio version, or {@code ?}
 * @param cells        one per selected scenario, in specification order
 * @param problems     run-level problems, each failing the gate
 * @param harnessError why the target could not run at all (missing, cannot start), or {@code null}
 * @param elapsed      the wall time of the target's runs
 * @param strict       whether detail scenarios are gated too ({@code tck run --strict})
 */
public record TargetOutcome(String target, String version, List<Cell> cells, List<String> problems,
                            String harnessError, Duration elapsed, boolean strict) {

    public TargetOutcome {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }

    /** This outcome with one more run-level problem (which fails the gate). */
    public TargetOutcome withProblem(String problem) {
        List<String> more = new java.util.ArrayList<>(problems);
        more.add(problem);
        return new TargetOutcome(target, version, cells, more, harnessError, elapsed, strict);
    }

    public long count(Verdict verdict) {
        return cells.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** Every verdict with its count, in declaration order. */
    public Map<Verdict, Long> totals() {
        Map<Verdict, Long> totals = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            totals.put(verdict, count(verdict));
        }
        return totals;
    }

    /** The cells that fail the gate: problems of a gated level. */
    public List<Cell> failingCells() {
        return cells.stream().filter(c -> c.verdict().isProblem() && gates(c)).toList();
    }

    /** The detail cells that do not pass, when detail is not gated: CPython's details the target differs in. */
    public List<Cell> detailDifferences() {
        return cells.stream().filter(c -> c.verdict().isProblem() && !gates(c)).toList();
    }

    /** The detail differences, each with its reason (what is CPython's own) and what this target did instead. */
    public List<DetailDifference> explainedDetailDifferences() {
        return detailDifferences().stream().map(DetailDifference::of).toList();
    }

    /** True if the gate judges this cell: any level but detail, and detail too when strict. */
    public boolean gates(Cell cell) {
        return strict || cell.level() != RuleLevel.DETAIL;
    }

    /** Per level, in the order required, optional, detail: the applicable scenarios and how many passed. */
    public List<LevelTally> levels() {
        return Arrays.stream(RuleLevel.values()).map(level -> {
            List<Cell> ofLevel = cells.stream().filter(c -> c.level() == level).toList();
            return new LevelTally(level, ofLevel.stream().filter(c -> c.verdict() == Verdict.PASSED).count(),
                    ofLevel.stream().filter(c -> c.verdict() != Verdict.NOT_APPLICABLE).count());
        }).toList();
    }

    /** {@code required 239/239 · optional 5/5 · detail 40/47}. */
    public String levelsText() {
        return levels().stream().map(LevelTally::toString).collect(Collectors.joining(" · "));
    }

    /** The cells whose run left platform threads alive (reported, not gated). */
    public List<Cell> leakingCells() {
        return cells.stream().filter(c -> !c.leakedThreads().isEmpty()).toList();
    }

    /** True when the target conforms, after its baseline. */
    public boolean passes() {
        return harnessError == null && problems.isEmpty() && failingCells().isEmpty();
    }

    /**
     * One line: name, version, each verdict that occurred among the gated cells, the detail differences (when not
     * strict), the per-level figures, and the verdict.
     */
    public String summaryLine() {
        StringBuilder line = new StringBuilder(String.format("%-22s %-6s", target, version));
        if (harnessError != null) {
            return line.append("cannot run: ").append(harnessError).toString();
        }
        boolean first = true;
        for (Verdict verdict : Verdict.values()) {
            long count = cells.stream().filter(c -> c.verdict() == verdict && gates(c)).count();
            if (count > 0 || verdict == Verdict.PASSED || verdict == Verdict.FAILED) {
                line.append(first ? " " : ", ").append(count).append(' ').append(verdict.label());
                first = false;
            }
        }
        int differences = detailDifferences().size();
        if (differences > 0) {
            line.append(", ").append(differences).append(" detail difference").append(differences == 1 ? "" : "s");
        }
        line.append("; ").append(levelsText()).append(strict ? ", strict" : "");
        line.append(String.format(" (%.1f s)", elapsed.toMillis() / 1000.0));
        return line.append(passes() ? "  CONFORMS" : "  FAILS").toString();
    }
}
