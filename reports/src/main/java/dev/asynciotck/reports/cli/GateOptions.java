package dev.asynciotck.reports.cli;

import dev.asynciotck.reports.gate.Baseline;
import dev.asynciotck.reports.gate.Gate;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.run.TargetResult;
import dev.asynciotck.spec.Specification;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options {@code tck run} and {@code tck merge} share (a picocli mixin): where the reports go, the baselines
 * to judge against and to write, and which targets are gated on detail scenarios; with their checks and the
 * judging they steer, so that both commands read them, and say what is wrong with them, the same way.
 */
final class GateOptions {

    /** The value of a bare {@code --strict}: every target. */
    static final String ALL_TARGETS = "*";

    @Option(names = "--baseline", paramLabel = "[TARGET=]FILE", description = "expected failures (a baseline "
            + "file) for TARGET, or for every target without the prefix; repeatable")
    List<String> baselines = new ArrayList<>();

    @Option(names = "--write-baseline", paramLabel = "[TARGET=]FILE", description = "write the current failures "
            + "of TARGET as a baseline (keeping the reasons of --baseline's entries and its intermittent entries, "
            + "else 'TODO: explain'); the gate is then judged against it; repeatable")
    List<String> writeBaselines = new ArrayList<>();

    @Option(names = "--strict", paramLabel = "TARGET", arity = "0..1", fallbackValue = ALL_TARGETS,
            description = "gate detail scenarios too (CPython's wording, reprs, collector timing): alone for every "
                    + "target, or for the TARGET named; repeatable. Without it detail differences are reported, "
                    + "not gated")
    List<String> strict = new ArrayList<>();

    @Option(names = "--report-dir", paramLabel = "DIR", description = "where the reports go (default: reports/out "
            + "in the checkout)")
    Path reportDir;

    /** Whether {@code target} is gated on detail scenarios too. */
    boolean strict(String target) {
        return strict.contains(ALL_TARGETS) || strict.contains(target);
    }

    /** Every {@code --strict TARGET} names one of {@code targets}; {@code whose} says whose targets they are. */
    void checkStrict(List<String> targets, String whose) throws UsageException {
        for (String name : strict) {
            if (!name.equals(ALL_TARGETS) && !targets.contains(name)) {
                throw new UsageException("--strict " + name + ": not a target of " + whose + " " + targets);
            }
        }
    }

    /** {@code --baseline}, read per target. */
    Map<String, Baseline> readBaselines(List<String> targets) throws UsageException {
        Map<String, Baseline> byTarget = new LinkedHashMap<>();
        for (var assignment : assign("--baseline", baselines, targets, true).entrySet()) {
            try {
                byTarget.put(assignment.getKey(), Baseline.read(assignment.getValue()));
            } catch (Baseline.BaselineException e) {
                String message = e.getMessage();
                throw new UsageException(message.startsWith("cannot read") ? message : "malformed baseline: " + message);
            }
        }
        return byTarget;
    }

    /** {@code --write-baseline}, per target, each file checked writable before anything runs. */
    Map<String, Path> baselineWrites(List<String> targets) throws UsageException {
        Map<String, Path> writes = assign("--write-baseline", writeBaselines, targets, false);
        for (var write : writes.entrySet()) {
            var problem = BaselineWriter.checkWritable(write.getValue());
            if (problem.isPresent()) {
                throw new UsageException("--write-baseline " + write.getValue() + ": " + problem.get());
            }
        }
        return writes;
    }

    /** {@code --report-dir}, else {@code reports/out} in the checkout ({@code TCK_HOME}) or the working directory. */
    Path reportDir() {
        if (reportDir != null) {
            return reportDir;
        }
        String home = System.getenv("TCK_HOME");
        return home == null || home.isBlank() ? Path.of("reports", "out") : Path.of(home, "reports", "out");
    }

    /** A target's outcome, and whether its {@code --write-baseline} file could not be written. */
    record Judged(TargetOutcome outcome, boolean baselineUnwritten) {
    }

    /**
     * Judges a target's runs against its baseline; with {@code --write-baseline} writes the failures as its new
     * baseline and judges against that. A baseline that cannot be written (checked before, so rare: a full disk)
     * leaves the outcome judged against the old one, with the problem; {@code command} names the command in
     * the lines on {@code err}.
     */
    static Judged judge(String command, Specification specification, Specification selection, String target,
                        List<TargetResult> runs, Baseline baseline, boolean strict, Path newBaseline,
                        PrintWriter err) {
        TargetOutcome outcome = Gate.judge(specification, selection, runs, baseline, strict);
        if (newBaseline == null) {
            return new Judged(outcome, false);
        }
        Baseline written;
        try {
            written = BaselineWriter.write(newBaseline, outcome, baseline, selection);
        } catch (BaselineWriter.CannotWriteException e) {
            String problem = "cannot write the baseline: " + e.getMessage();
            err.println(command + ": " + target + ": " + problem);
            return new Judged(outcome.withProblem(problem), true);
        }
        err.println(command + ": wrote " + written.entries().size() + " entries for " + target + " to " + newBaseline);
        return new Judged(Gate.judge(specification, selection, runs, written, strict), false);
    }

    /** Maps {@code [TARGET=]FILE} values to targets; without a prefix a file is for every target. */
    static Map<String, Path> assign(String option, List<String> values, List<String> targets,
                                    boolean shared) throws UsageException {
        Map<String, Path> byTarget = new LinkedHashMap<>();
        for (String value : values) {
            String target = targets.stream().filter(t -> value.startsWith(t + "=")).findFirst().orElse(null);
            int equals = value.indexOf('=');
            if (target != null) {
                byTarget.put(target, Path.of(value.substring(target.length() + 1)));
            } else if (equals > 0 && !Files.exists(Path.of(value))) {
                throw new UsageException(option + " " + value + ": " + value.substring(0, equals) + " is not a target"
                        + " of this run (" + String.join(", ", targets) + "), and no file is called " + value);
            } else if (shared || targets.size() == 1) {
                targets.forEach(t -> byTarget.putIfAbsent(t, Path.of(value)));
            } else {
                throw new UsageException(option + " " + value + ": name the target (TARGET=FILE) when running "
                        + "several targets");
            }
        }
        return byTarget;
    }
}
