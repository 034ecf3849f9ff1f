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
import picocli.CommandLine.Mixin;
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

    /** --report-dir, --baseline, --write-baseline, --strict: as tck run reads them. */
    @Mixin
    GateOptions gate = new GateOptions();

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
        } catch (UsageException e) {
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

    private int merge(PrintWriter out, PrintWriter err) throws UsageException, Merger.GapException {
        List<ReportSource> sources = new ArrayList<>();
        for (Path dir : dirs) {
            try {
                sources.add(ReportSource.read(dir));
            } catch (ReportSource.UnreadableException e) {
                throw new UsageException(e.getMessage());
            }
        }
        RunResults common;
        try {
            common = Merger.common(sources);
        } catch (Merger.MismatchException e) {
            throw new UsageException(e.getMessage());
        }
        List<Path> featurePaths = features.isEmpty() ? common.features().stream().map(Path::of).toList() : features;
        Specification specification;
        try {
            specification = featurePaths.isEmpty() ? SpecificationLoader.bundled() : SpecificationLoader.fromPaths(featurePaths);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--features: " + e.getMessage());
        }
        Specification selection;
        try {
            selection = specification.select(common.tags());
        } catch (IllegalArgumentException e) {
            throw new UsageException("the jobs' --tags: " + e.getMessage());
        }
        List<Merger.MergedTarget> merged;
        try {
            merged = Merger.merge(sources, selection);
        } catch (Merger.MismatchException e) {
            throw new UsageException(e.getMessage());
        }
        List<String> targets = merged.stream().map(Merger.MergedTarget::name).toList();
        Map<String, Baseline> baselineMap = gate.readBaselines(targets);
        Map<String, Path> writes = gate.baselineWrites(targets);
        gate.checkStrict(targets, "these directories");
        List<TargetOutcome> outcomes = new ArrayList<>();
        boolean baselineUnwritten = false;
        for (Merger.MergedTarget target : merged) {
            boolean strictTarget = gate.strict(target.name());
            if (target.unavailable() != null) {
                outcomes.add(Gate.cannotRun(selection, target.name(), target.version(), target.unavailable(), strictTarget));
                continue;
            }
            GateOptions.Judged judged = GateOptions.judge("tck merge", specification, selection, target.name(),
                    target.runs(), baselineMap.getOrDefault(target.name(), Baseline.empty()), strictTarget,
                    writes.get(target.name()), err);
            baselineUnwritten |= judged.baselineUnwritten();
            outcomes.add(judged.outcome());
        }
        Map<String, Object> info = runInfo(sources, common, selection, targets, baselineMap);
        ReportDirectory directory;
        try {
            directory = ReportDirectory.open(gate.reportDir());
        } catch (ReportDirectory.UnusableException e) {
            throw new UsageException("--report-dir " + e.getMessage());
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
                    throw new UsageException(e.getMessage());
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

    private Map<String, Object> runInfo(List<ReportSource> sources, RunResults common, Specification selection,
                                        List<String> targets, Map<String, Baseline> baselineMap) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", java.util.UUID.randomUUID().toString());
        info.put("started", Instant.now().toString());
        info.put("targets", targets);
        info.put("tags", common.tags());
        info.put("repeat", common.repeat());
        info.put("specification", selection.source());
        info.put("strict", targets.stream().filter(gate::strict).toList());
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
}
