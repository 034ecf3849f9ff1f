package dev.asynciotck.reports.gate;

import dev.asynciotck.reports.run.Verdict;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The gate's judgement of one target: a cell per selected scenario, and the problems that belong to no single
 * scenario (stale baseline entries, nothing run, the engine crashing, the target missing).
 *
 * @param target       the target's name
 * @param version      its asyncio version, or {@code ?}
 * @param cells        one per selected scenario, in specification order
 * @param problems     run-level problems, each failing the gate
 * @param harnessError why the target could not run at all (missing, cannot start), or {@code null}
 * @param elapsed      the wall time of the target's runs
 */
public record TargetOutcome(String target, String version, List<Cell> cells, List<String> problems,
                            String harnessError, Duration elapsed) {

    public TargetOutcome {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }

    /** This outcome with one more run-level problem (which fails the gate). */
    public TargetOutcome withProblem(String problem) {
        List<String> more = new java.util.ArrayList<>(problems);
        more.add(problem);
        return new TargetOutcome(target, version, cells, more, harnessError, elapsed);
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

    /** The cells that fail the gate. */
    public List<Cell> failingCells() {
        return cells.stream().filter(c -> c.verdict().isProblem()).toList();
    }

    /** The cells whose run left platform threads alive (reported, not gated). */
    public List<Cell> leakingCells() {
        return cells.stream().filter(c -> !c.leakedThreads().isEmpty()).toList();
    }

    /** True when the target conforms, after its baseline. */
    public boolean passes() {
        return harnessError == null && problems.isEmpty() && failingCells().isEmpty();
    }

    /** One line: name, version and each verdict that occurred. */
    public String summaryLine() {
        StringBuilder line = new StringBuilder(String.format("%-22s %-6s", target, version));
        if (harnessError != null) {
            return line.append("cannot run: ").append(harnessError).toString();
        }
        boolean first = true;
        for (var total : totals().entrySet()) {
            if (total.getValue() > 0 || total.getKey() == Verdict.PASSED || total.getKey() == Verdict.FAILED) {
                line.append(first ? " " : ", ").append(total.getValue()).append(' ').append(total.getKey().label());
                first = false;
            }
        }
        line.append(String.format(" (%.1f s)", elapsed.toMillis() / 1000.0));
        return line.append(passes() ? "  CONFORMS" : "  FAILS").toString();
    }
}
