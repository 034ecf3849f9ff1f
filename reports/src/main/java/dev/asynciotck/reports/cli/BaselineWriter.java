package dev.asynciotck.reports.cli;

import dev.asynciotck.spec.Specification;
import dev.asynciotck.reports.gate.Baseline;
import dev.asynciotck.reports.gate.Cell;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.run.Verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code --write-baseline}: a target's current failures as a baseline file. */
final class BaselineWriter {

    private BaselineWriter() {
    }

    /**
     * Writes every gated scenario that ran and did not pass (flaky ones excepted; detail scenarios only when the
     * outcome is strict, as they cannot fail the gate otherwise) in specification order, with the
     * reason of {@code previous}'s entry for it, else {@link Baseline#TODO_REASON}; entries of {@code previous}
     * for scenarios this run did not select are kept. Returns the baseline as written.
     */
    static Baseline write(Path file, TargetOutcome outcome, Baseline previous, Specification selection) {
        List<Baseline.Entry> entries = new ArrayList<>();
        for (Cell cell : outcome.cells()) {
            if (cell.raw().isBaselinable() && cell.verdict() != Verdict.FLAKY && outcome.gates(cell)) {
                String ruleId = cell.scenario().ruleId();
                String name = cell.scenario().baselineName();
                String reason = previous.find(ruleId, name).map(Baseline.Entry::reason).orElse(Baseline.TODO_REASON);
                entries.add(new Baseline.Entry(ruleId, name, reason, file + ":?"));
            }
        }
        Set<String> selected = new HashSet<>();
        selection.scenarios().forEach(s -> selected.add(Baseline.Entry.key(s.ruleId(), s.baselineName())));
        previous.entries().stream().filter(e -> !selected.contains(e.key())).forEach(entries::add);
        Baseline.write(file, outcome.target(), entries);
        try {
            return Baseline.read(file);
        } catch (Baseline.BaselineException e) {
            throw new IllegalStateException("the baseline just written does not read back: " + e.getMessage(), e);
        }
    }
}
