package dev.asynciotck.reports.cli;

import dev.asynciotck.reports.gate.Baseline;
import dev.asynciotck.reports.gate.Gate;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.merge.CucumberFiles;
import dev.asynciotck.reports.merge.Merger;
import dev.asynciotck.reports.merge.ReportSource;
import dev.asynciotck.reports.merge.RunRecorder;
import dev.asynciotck.reports.merge.RunResults;
import dev.asynciotck.reports.report.ReportDirectory;
import dev.asynciotck.reports.report.ReportPaths;
import dev.asynciotck.reports.report.ReportWriter;
import dev.asynciotck.spec.Specification;
import dev.asynciotck.spec.SpecificationLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tck merge}: the report directories of several jobs (different targets, or shards of the same targets)
 * made into one set of reports, judged by the gate as one run would be.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Combines the report directories of several tck runs (jobs of a CI matrix: targets, or",
                "shards from 'tck run --shard K/N') into one set of reports, and gates the merged results."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every target of the merged results conforms (after its baseline)",
                "1:overlapping or missing results (a scenario two directories ran for a target, or none), "
                        + "or the merged results fail the gate (as tck run's exit 1)",
                "2:usage error: a bad option, a directory that is not a tck report directory, a corrupt file "
                        + "(named), directories of different selections, a malformed baseline",
                "3:a target could not run in one of the jobs (as tck run's exit 3), or the reports or a baseline "
                        + "could not be written"})
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "report directories written by tck run (or tck merge)")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--report-dir", paramLabel = "DIR", description = "where the merged reports go (default: "
            + "reports/out in the checkout)")
    Path reportDir;

    @Option(names = "--baseline", paramLabel = "[TARGET=]FILE", description = "expected failures for TARGET, or for "
            + "every target without the prefix, as for tck run; repeatable")
    List<String> baselines = new ArrayList<>();

    @Option(names = "--write-baseline", paramLabel = "[TARGET=]FILE", description = "write the merged failures of "
            + "TARGET as a baseline, as tck run does (keeping the reasons of --baseline's entries and its intermittent "
            + "entries, else 'TODO: explain'); the gate is then judged against it; repeatable")
    List<String> writeBaselines = new ArrayList<>();

    @Option(names = "--strict", paramLabel = "TARGET", arity = "0..1", fallbackValue = "*",
            description = "gate detail scenarios too: alone for every target, or for the TARGET named; repeatable")
    List<String> strict = new ArrayList<>();

    @Option(names = "--features", paramLabel = "PATH", description = "the feature files the jobs ran with --features, "
            + "where they are here (default: the paths the jobs recorded); repeatable")
    List<Path> features = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return merge(out, err);
        } catch (Usage e) {
            err.println("tck merge: " + e.getMessage());
            return RunCommand.USAGE;
        } catch (Merger.GapException e) {
            e.problems().forEach(problem -> err.println("tck merge: " + problem));
            err.println("tck merge: FAILED: the directories do not hold each scenario's result exactly once (exit 1)");
            return RunCommand.FAILS;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int merge(PrintWriter out, PrintWriter err) throws Usage, Merger.GapException {
        List<ReportSource> sources = new ArrayList<>();
        for (Path dir : dirs) {
            try {
                sources.add(ReportSource.read(dir));
            } catch (ReportSource.UnreadableException e) {
                throw new Usage(e.getMessage());
            }
        }
        RunResults common;
        try {
            common = Merger.common(sources);
        } catch (Merger.MismatchException e) {
            throw new Usage(e.getMessage());
        }
        List<Path> featurePaths = features.isEmpty() ? common.features().stream().map(Path::of).toList() : features;
        Specification specification;
        try {
            specification = featurePaths.isEmpty() ? SpecificationLoader.bundled() : SpecificationLoader.fromPaths(featurePaths);
        } catch (IllegalArgumentException e) {
            throw new Usage("--features: " + e.getMessage());
        }
        Specification selection;
        try {
            selection = specification.select(common.tags());
        } catch (IllegalArgumentException e) {
            throw new Usage("the jobs' --tags: " + e.getMessage());
        }
        List<Merger.MergedTarget> merged;
        try {
            merged = Merger.merge(sources, selection);
        } catch (Merger.MismatchException e) {
            throw new Usage(e.getMessage());
        }
        List<String> targets = merged.stream().map(Merger.MergedTarget::name).toList();
        Map<String, Baseline> baselineMap = baselines(targets);
        Map<String, Path> writes = baselineWrites(targets);
        for (String name : strict) {
            if (!name.equals("*") && !targets.contains(name)) {
                throw new Usage("--strict " + name + ": not a target of these directories " + targets);
            }
        }
        List<TargetOutcome> outcomes = new ArrayList<>();
        boolean baselineUnwritten = false;
        for (Merger.MergedTarget target : merged) {
            boolean strictTarget = strict.contains("*") || strict.contains(target.name());
            if (target.unavailable() != null) {
                outcomes.add(Gate.cannotRun(selection, target.name(), target.version(), target.unavailable(), strictTarget));
                continue;
            }
            Baseline baseline = baselineMap.getOrDefault(target.name(), Baseline.empty());
            TargetOutcome outcome = Gate.judge(specification, selection, target.runs(), baseline, strictTarget);
            Path newBaseline = writes.get(target.name());
            if (newBaseline != null) {
                Baseline written;
                try {
                    written = BaselineWriter.write(newBaseline, outcome, baseline, selection);
                } catch (BaselineWriter.CannotWriteException e) {
                    // Checked before merging, so rare (a full disk): judged against the old baseline, as tck run does.
                    String problem = "cannot write the baseline: " + e.getMessage();
                    err.println("tck merge: " + target.name() + ": " + problem);
                    outcomes.add(outcome.withProblem(problem));
                    baselineUnwritten = true;
                    continue;
                }
                err.println("tck merge: wrote " + written.entries().size() + " entries for " + target.name() + " to "
                        + newBaseline);
                outcome = Gate.judge(specification, selection, target.runs(), written, strictTarget);
            }
            outcomes.add(outcome);
        }
        Map<String, Object> info = runInfo(sources, common, selection, targets, baselineMap);
        ReportDirectory directory;
        try {
            directory = ReportDirectory.open(reportDir());
        } catch (ReportDirectory.UnusableException e) {
            throw new Usage("--report-dir " + e.getMessage());
        }
        ReportWriter writer = new ReportWriter(directory, selection, info);
        try {
            RunRecorder recorder = new RunRecorder(info, featurePaths.stream().map(Path::toString).toList(),
                    common.tags(), null, common.repeat(), selection);
            writer.alsoWrite(ReportPaths.RESULTS_JSON, recorder::render);
            for (Merger.MergedTarget target : merged) {
                if (target.faultModel() != null) {
                    writer.faultModel(target.name(), target.faultModel());
                }
                if (target.unavailable() != null) {
                    recorder.unavailable(target.name(), target.version(), target.unavailable(), target.faultModel());
                } else {
                    recorder.ran(target.name(), target.version(), target.runs(), target.faultModel());
                }
                List<CucumberFiles.Part> parts = sources.stream()
                        .filter(s -> s.results().targets().stream().anyMatch(t -> t.name().equals(target.name())))
                        .map(s -> new CucumberFiles.Part(s.dir().resolve(ReportPaths.targetDir(target.name())),
                                s.label()))
                        .toList();
                try {
                    CucumberFiles.write(target.name(), parts, directory.staged(ReportPaths.targetDir(target.name())));
                } catch (CucumberFiles.CorruptFileException e) {
                    throw new Usage(e.getMessage());
                } catch (IOException e) {
                    err.println("tck merge: cannot write the reports: " + e.getMessage());
                    return Tck.HARNESS_ERROR;
                }
            }
            writer.write(outcomes);
        } catch (RuntimeException e) {
            err.println("tck merge: cannot write the reports: " + e.getMessage());
            return Tck.HARNESS_ERROR;
        } finally {
            writer.close();
        }
        int status = baselineUnwritten ? Tck.HARNESS_ERROR : RunCommand.CONFORMS;
        for (TargetOutcome outcome : outcomes) {
            status = Math.max(status, outcome.harnessError() != null ? Tck.HARNESS_ERROR
                    : outcome.passes() ? RunCommand.CONFORMS : RunCommand.FAILS);
        }
        Summary.print(out, outcomes, writer.faultModelChecks(outcomes), writer.dir());
        out.println("tck merge: " + sources.size() + " director" + (sources.size() == 1 ? "y" : "ies") + ", "
                + targets.size() + " target(s), " + selection.scenarios().size() + " scenario(s)");
        out.println(switch (status) {
            case RunCommand.CONFORMS -> "tck merge: every target conforms";
            case RunCommand.FAILS -> "tck merge: FAILED: conformance failures or baseline problems (exit 1)";
            default -> "tck merge: HARNESS ERROR: a target could not run in a job, or a baseline could not be written (exit 3)";
        });
        return status;
    }

    private Map<String, Baseline> baselines(List<String> targets) throws Usage {
        Map<String, Baseline> map = new LinkedHashMap<>();
        try {
            for (var assignment : RunCommand.assign("--baseline", baselines, targets, true).entrySet()) {
                try {
                    map.put(assignment.getKey(), Baseline.read(assignment.getValue()));
                } catch (Baseline.BaselineException e) {
                    String message = e.getMessage();
                    throw new Usage(message.startsWith("cannot read") ? message : "malformed baseline: " + message);
                }
            }
        } catch (RunCommand.UsageException e) {
            throw new Usage(e.getMessage());
        }
        return map;
    }

    /** {@code --write-baseline}, per target, each file checked writable before anything is merged. */
    private Map<String, Path> baselineWrites(List<String> targets) throws Usage {
        Map<String, Path> writes;
        try {
            writes = RunCommand.assign("--write-baseline", writeBaselines, targets, false);
        } catch (RunCommand.UsageException e) {
            throw new Usage(e.getMessage());
        }
        for (var write : writes.entrySet()) {
            var problem = BaselineWriter.checkWritable(write.getValue());
            if (problem.isPresent()) {
                throw new Usage("--write-baseline " + write.getValue() + ": " + problem.get());
            }
        }
        return writes;
    }

    private Map<String, Object> runInfo(List<ReportSource> sources, RunResults common, Specification selection,
                                        List<String> targets, Map<String, Baseline> baselineMap) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", java.util.UUID.randomUUID().toString());
        info.put("started", Instant.now().toString());
        info.put("targets", targets);
        info.put("tags", common.tags());
        info.put("repeat", common.repeat());
        info.put("specification", selection.source());
        info.put("strict", targets.stream().filter(t -> strict.contains("*") || strict.contains(t)).toList());
        info.put("baselines", baselineMap.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().source()).toList());
        info.put("merged", sources.stream().map(s -> {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("dir", s.dir().toString());
            source.put("id", s.results().run().get("id"));
            source.put("shard", s.results().shard());
            source.put("targets", s.results().targets().stream().map(RunResults.TargetRuns::name).toList());
            return source;
        }).toList());
        return info;
    }

    private Path reportDir() {
        if (reportDir != null) {
            return reportDir;
        }
        String home = System.getenv("TCK_HOME");
        return home == null || home.isBlank() ? Path.of("reports", "out") : Path.of(home, "reports", "out");
    }

    /** A problem with the options or the directories: exit 2. */
    private static final class Usage extends Exception {
        Usage(String message) {
            super(message);
        }
    }
}
