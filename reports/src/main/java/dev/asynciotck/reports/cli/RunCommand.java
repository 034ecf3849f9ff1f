package dev.asynciotck.reports.cli;

import dev.asynciotck.spec.Coverage;
import dev.asynciotck.spec.Specification;
import dev.asynciotck.spec.SpecificationLoader;
import dev.asynciotck.reports.gate.Baseline;
import dev.asynciotck.reports.gate.Gate;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.merge.RunRecorder;
import dev.asynciotck.reports.report.ReportDirectory;
import dev.asynciotck.reports.report.ReportPaths;
import dev.asynciotck.reports.report.ReportWriter;
import dev.asynciotck.reports.run.SuiteOptions;
import dev.asynciotck.reports.run.Shard;
import dev.asynciotck.reports.run.SuiteRunner;
import dev.asynciotck.reports.run.TargetResult;
import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.Targets;
import dev.asynciotck.harness.python.PythonTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code tck run}: the CI gate. Runs the suite on each target, judges the results against the target's
 * baseline, writes the reports, and exits 0 only when every target conforms.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the suite on targets, applies their baselines and writes the reports.",
                "With no options: every scenario on the bundled reference provider, reports in reports/out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every target conforms (after its baseline): its required scenarios and the optional "
                + "ones of capabilities it declares pass (and its detail ones, with --strict)",
                "1:conformance failures, or unexpected baseline state (unexpected pass, stale entry), flaky "
                        + "scenarios, or a target on which scenarios did not run",
                "2:usage error (bad option, malformed baseline, bad tag expression)",
                "3:harness error: a target that cannot start (missing, cannot load), or the harness failing"})
final class RunCommand implements Callable<Integer> {

    static final int CONFORMS = 0;
    static final int FAILS = 1;
    static final int USAGE = 2;

    @Option(names = "--target", paramLabel = "NAME", description = "a target: a Java provider's name (default: "
            + "reference), cpython-3.X, cpython-3.X+uvloop, cpython-3.X+pure, pypy-3.X, python:PATH, or CPython on "
            + "WebAssembly: cpython-3.14, cpython-3.15, cpython-3.13-wasm; repeatable")
    List<String> targets = new ArrayList<>();

    @Option(names = "--python", paramLabel = "PATH", description = "a Python interpreter to run as target python:PATH; repeatable")
    List<String> pythons = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "JARS", description = "jars or class folders (separated by the "
            + "platform's path separator, ':' on Linux) whose ServiceLoader providers become targets")
    String classpath;

    @Option(names = "--tags", paramLabel = "EXPR", description = "a Cucumber tag expression selecting scenarios, "
            + "e.g. '@tasks and not @since-3.11'")
    String tags;

    /** --baseline, --write-baseline, --strict, --report-dir: as tck merge reads them. */
    @Mixin
    GateOptions gate = new GateOptions();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "time limit per scenario (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--target-timeout", paramLabel = "TARGET=SECONDS", description = "the time limit per scenario "
            + "for TARGET only (a slow-starting target such as graalpy-3.12 in a run with others); repeatable")
    List<String> targetTimeouts = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "run each scenario N times; one whose verdict differs between runs is flaky and fails the gate")
    int repeat;

    @Option(names = "--jobs", paramLabel = "N", description = "scenarios run at once (default: the number of "
            + "processors, at least 2)")
    Integer jobs;

    @Option(names = "--targets-at-once", paramLabel = "N", description = "targets run at once, each with its own "
            + "--jobs scenarios at once (default: all of them)")
    Integer targetsAtOnce;

    @Option(names = "--features", paramLabel = "PATH", description = "run these feature files or directories "
            + "instead of the bundled specification; repeatable")
    List<Path> features = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "K/N", description = "run only shard K of N of the selected scenarios "
            + "(round-robin over the scenarios sorted by rule ID and name: the same on every machine); the N shards' "
            + "report directories combine with 'tck merge'")
    String shard;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Targets whose results stand but whose run hit a harness problem (a baseline that could not be written). */
    private final Set<String> harnessProblems = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Each target's raw runs, for results.json (what tck merge reads). */
    private RunRecorder recorder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunPlan plan;
        try {
            plan = plan();
        } catch (UsageException e) {
            err.println("tck run: " + e.getMessage());
            err.flush();
            return USAGE;
        } catch (RuntimeException e) {
            err.println("tck run: harness error: " + e.getMessage());
            err.flush();
            return Tck.HARNESS_ERROR;
        }
        Interruption interruption = Interruption.install(err);
        Progress progress = new Progress(err, Progress.onTerminal());
        ReportWriter writer;
        ExecutorService pool;
        // Under the interruption's lock: a signal now waits until the run holds its directory and can clean it,
        // or arrives before, and then the directory is never opened.
        synchronized (interruption) {
            if (interruption.happened()) {
                return Interruption.STATUS;
            }
            ReportDirectory directory;
            try {
                directory = ReportDirectory.open(plan.reportDir());
            } catch (ReportDirectory.UnusableException e) {
                interruption.uninstall();
                err.println("tck run: --report-dir " + e.getMessage());
                err.flush();
                return USAGE;
            }
            Map<String, Object> info = plan.info(tags, timeoutSeconds, repeat);
            writer = new ReportWriter(directory, plan.selection(), info);
            recorder = new RunRecorder(info, features.stream().map(Path::toString).toList(), tags,
                    plan.shard() == null ? null : plan.shard().toString(), repeat, plan.selection());
            writer.alsoWrite(ReportPaths.RESULTS_JSON, recorder::render);
            pool = Executors.newFixedThreadPool(Math.min(plan.targets().size(), plan.targetsAtOnce()),
                    Thread.ofPlatform().name("tck-target-", 1).daemon().factory());
            interruption.attach(writer, progress, pool);
        }
        List<TargetOutcome> outcomes = new ArrayList<>();
        int status = CONFORMS;
        long start = System.nanoTime();
        try {
            Map<String, Future<TargetOutcome>> running = new LinkedHashMap<>();
            for (String name : plan.targets()) {
                running.put(name, pool.submit(() -> runTarget(name, plan, writer, progress)));
            }
            for (var target : running.entrySet()) {
                TargetOutcome outcome = outcomeOf(target.getValue());
                // Checked after the outcome exists: an interruption kills the targets' processes only after
                // it is flagged, so an outcome spoilt by it is never reported.
                if (interruption.happened()) {
                    return Interruption.STATUS;
                }
                outcomes.add(outcome);
                writer.write(outcomes);
                progress.targetDone(target.getKey(), outcome.summaryLine());
                status = Math.max(status, outcome.harnessError() != null || harnessProblems.contains(outcome.target())
                        ? Tck.HARNESS_ERROR : outcome.passes() ? CONFORMS : FAILS);
            }
        } catch (RuntimeException | LinkageError e) {
            if (interruption.happened()) {
                return Interruption.STATUS;
            }
            err.println("tck run: the harness failed: " + e);
            e.printStackTrace(err);
            status = Tck.HARNESS_ERROR;
        } finally {
            pool.shutdownNow();
            if (!interruption.happened()) {
                writer.note("finished", Instant.now().toString());
                writer.note("wallSeconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
                try {
                    writer.write(outcomes);
                } catch (RuntimeException e) {
                    err.println("tck run: cannot write the reports: " + e.getMessage());
                    status = Tck.HARNESS_ERROR;
                }
            }
        }
        writer.close();
        if (!interruption.uninstall()) {
            return Interruption.STATUS;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        Summary.print(out, outcomes, writer.faultModelChecks(outcomes), writer.dir());
        out.println(String.format(Locale.ROOT, "tck run: %d target(s) in %.1f s wall, %d at once, %d scenario(s) at"
                + " once per target", plan.targets().size(), wall, Math.min(plan.targets().size(),
                plan.targetsAtOnce()), plan.options().parallelism()));
        out.println(switch (status) {
            case CONFORMS -> "tck run: every target conforms";
            case FAILS -> "tck run: FAILED: conformance failures or baseline problems (exit 1)";
            default -> "tck run: HARNESS ERROR: a target could not run or the harness failed (exit 3)";
        });
        out.flush();
        err.flush();
        return status;
    }

    /** The outcome of a target's run; what the run threw is rethrown as it was. */
    private static TargetOutcome outcomeOf(Future<TargetOutcome> run) {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while targets were running", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private TargetOutcome runTarget(String name, RunPlan plan, ReportWriter writer, Progress progress) {
        Target target = Targets.byName(name, plan.classpath());
        target.faultModel().ifPresent(model -> writer.faultModel(name, model));
        var unavailable = target.unavailableReason();
        String version = target.version().major() == 0 ? "?" : target.version().toString();
        if (unavailable.isPresent()) {
            // A missing interpreter has no version of its own: only a cpython-3.X name implies one.
            version = PythonTargets.impliedVersion(name).map(Object::toString).orElse("?");
            recorder.unavailable(name, version, unavailable.get(), target.faultModel().orElse(null));
            return Gate.cannotRun(plan.selection(), name, version, unavailable.get(), plan.strict(name));
        }
        Baseline baseline = plan.baselines().getOrDefault(name, Baseline.empty());
        List<TargetResult> runs = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            SuiteOptions options = plan.options().withPlugins(i == 0 ? writer.cucumberPlugins(name) : List.of())
                    .withTimeout(plan.timeout(name));
            runs.add(SuiteRunner.run(name, options, progress));
        }
        recorder.ran(name, version, runs, target.faultModel().orElse(null));
        GateOptions.Judged judged = GateOptions.judge("tck run", plan.specification(), plan.selection(), name, runs,
                baseline, plan.strict(name), plan.writeBaselines().get(name), spec.commandLine().getErr());
        if (judged.baselineUnwritten()) {
            harnessProblems.add(name);
        }
        return judged.outcome();
    }

    /** Everything the options say, checked: a problem is a usage error. */
    private RunPlan plan() throws UsageException {
        if (!(timeoutSeconds > 0) || !Double.isFinite(timeoutSeconds)) {
            throw new UsageException("--timeout must be a positive number of seconds, not " + timeoutSeconds);
        }
        if (repeat < 1) {
            throw new UsageException("--repeat must be at least 1, not " + repeat);
        }
        int parallelism = jobs == null ? Math.max(2, Runtime.getRuntime().availableProcessors()) : jobs;
        if (parallelism < 1) {
            throw new UsageException("--jobs must be at least 1, not " + parallelism);
        }
        LinkedHashSet<String> names = new LinkedHashSet<>(targets);
        pythons.forEach(p -> names.add("python:" + p));
        if (names.isEmpty()) {
            names.add(Targets.REFERENCE);
        }
        List<String> targetList = List.copyOf(names);
        List<Path> extra = classpath == null ? List.of()
                : Arrays.stream(classpath.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
        for (Path jar : extra) {
            if (!jar.toFile().exists()) {
                throw new UsageException("--classpath: no such jar or folder: " + jar);
            }
        }
        for (String name : targetList) {
            try {
                Targets.checkName(name, extra);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--target " + e.getMessage());
            }
        }
        Specification specification;
        try {
            specification = features.isEmpty() ? SpecificationLoader.bundled() : SpecificationLoader.fromPaths(features);
        } catch (IllegalArgumentException e) {
            if (features.isEmpty()) {
                throw new IllegalStateException("the bundled specification does not load: " + e.getMessage(), e);
            }
            throw new UsageException(e.getMessage());
        }
        if (!features.isEmpty() && specification.scenarios().isEmpty()) {
            throw new UsageException("--features " + features.stream().map(Path::toString)
                    .collect(java.util.stream.Collectors.joining(", ")) + ": no scenario in these feature files");
        }
        if (!features.isEmpty()) {
            // The specification's own rules hold for any feature files, as the build holds them for the bundled one.
            List<String> problems = Coverage.problems(specification);
            if (!problems.isEmpty()) {
                throw new UsageException("--features: " + (problems.size() == 1 ? problems.getFirst()
                        : problems.size() + " problems; " + problems.getFirst() + "\n  " + String.join("\n  ",
                        problems.subList(1, problems.size()))));
            }
        }
        Specification selection;
        try {
            selection = specification.select(tags);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--tags: " + e.getMessage());
        }
        Shard part = null;
        if (shard != null) {
            try {
                part = Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--shard " + e.getMessage());
            }
            int selected = selection.scenarios().size();
            selection = part.select(selection);
            if (selection.scenarios().isEmpty()) {
                throw new UsageException("--shard " + part + ": the selection has " + selected + " scenario(s), so "
                        + "shard " + part + " would be empty; use at most " + selected + " shards");
            }
        }
        Map<String, Baseline> baselineMap = gate.readBaselines(targetList);
        Map<String, Path> writes = gate.baselineWrites(targetList);
        SuiteOptions options = new SuiteOptions(Duration.ofMillis((long) (timeoutSeconds * 1000)), tags, parallelism,
                features, List.of(), extra, part == null ? null : part.keys(specification.select(tags)));
        int atOnce = targetsAtOnce == null ? targetList.size() : targetsAtOnce;
        if (atOnce < 1) {
            throw new UsageException("--targets-at-once must be at least 1, not " + atOnce);
        }
        gate.checkStrict(targetList, "this run");
        return new RunPlan(targetList, extra, specification, selection, baselineMap, writes, options, gate.reportDir(),
                atOnce, Set.copyOf(gate.strict), part, RunPlan.targetTimeouts(targetTimeouts, targetList));
    }
}
