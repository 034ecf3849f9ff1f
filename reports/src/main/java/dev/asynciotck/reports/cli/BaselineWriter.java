package dev.asynciotck.reports.cli;

import dev.asynciotck.spec.Specification;
import dev.asynciotck.reports.gate.Baseline;
import dev.asynciotck.reports.gate.Cell;
import dev.asynciotck.reports.gate.IoProblem;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.run.Verdict;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code --write-baseline}: a target's current failures as a baseline file. */
final class BaselineWriter {

    /** The baseline file could not be written; the message names it and says why. */
    static final class CannotWriteException extends Exception {
        CannotWriteException(String message) {
            super(message);
        }
    }

    private BaselineWriter() {
    }

    /**
     * Why {@code file} cannot be written, checked before the run: it is a directory, an existing file that is
     * not writable, or its nearest existing ancestor is not a writable directory. Empty if it looks writable.
     */
    static Optional<String> checkWritable(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return Optional.of("is a directory, not a file");
        }
        if (Files.exists(absolute)) {
            return Files.isRegularFile(absolute) && Files.isWritable(absolute) ? Optional.empty()
                    : Optional.of("exists and is not a writable file");
        }
        Path ancestor = absolute.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return Optional.of("no part of its path exists");
        }
        if (!Files.isDirectory(ancestor)) {
            return Optional.of(ancestor + " is not a directory");
        }
        return Files.isWritable(ancestor) ? Optional.empty()
                : Optional.of("cannot create it: " + ancestor + " is not writable");
    }

    /**
     * Writes every gated scenario that ran and did not pass (flaky ones excepted; detail scenarios only when the
     * outcome is strict, as they cannot fail the gate otherwise) in specification order, with the
     * reason of {@code previous}'s entry for it, else {@link Baseline#TODO_REASON}; intermittent entries of
     * {@code previous} are kept whether or not their scenario failed this time, and so are its entries for
     * scenarios this run did not select. Returns the baseline as written.
     */
    static Baseline write(Path file, TargetOutcome outcome, Baseline previous, Specification selection)
            throws CannotWriteException {
        List<Baseline.Entry> entries = new ArrayList<>();
        for (Cell cell : outcome.cells()) {
            String ruleId = cell.scenario().ruleId();
            String name = cell.scenario().baselineName();
            Optional<Baseline.Entry> listed = previous.find(ruleId, name);
            boolean failed = cell.raw().isBaselinable() && cell.verdict() != Verdict.FLAKY && outcome.gates(cell);
            if (failed || listed.filter(Baseline.Entry::intermittent).isPresent()) {
                String reason = listed.map(Baseline.Entry::reason).orElse(Baseline.TODO_REASON);
                entries.add(new Baseline.Entry(ruleId, name, reason, file + ":?"));
            }
        }
        Set<String> selected = new HashSet<>();
        selection.scenarios().forEach(s -> selected.add(Baseline.Entry.key(s.ruleId(), s.baselineName())));
        previous.entries().stream().filter(e -> !selected.contains(e.key())).forEach(entries::add);
        try {
            Baseline.write(file, outcome.target(), entries);
        } catch (UncheckedIOException e) {
            throw new CannotWriteException(file + ": " + IoProblem.describe(file, e.getCause()));
        }
        try {
            return Baseline.read(file);
        } catch (Baseline.BaselineException e) {
            throw new IllegalStateException("the baseline just written does not read back: " + e.getMessage(), e);
        }
    }
}
