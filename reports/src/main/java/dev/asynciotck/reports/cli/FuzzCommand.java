package dev.asynciotck.reports.cli;

import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.Targets;
import dev.asynciotck.reports.fuzz.FuzzBaseline;
import dev.asynciotck.reports.fuzz.FuzzReport;
import dev.asynciotck.reports.fuzz.FuzzRunner;
import dev.asynciotck.reports.fuzz.LoadAverage;
import dev.asynciotck.reports.fuzz.ProgramGenerator;
import dev.asynciotck.reports.gate.IoProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code tck fuzz}: the differential fuzzer. Generates programs from a seed, runs each on the target and on the
 * oracle, shrinks every difference and writes it, with a scenario ready to review, into the report directory.
 * Exit 0 when no unexplained difference was found, 1 when one was, 2 for a usage error, 3 when a target cannot
 * run.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Differential fuzzing: generated asyncio programs on a target and an oracle, "
                + "differences shrunk into scenarios.")
final class FuzzCommand implements Callable<Integer> {

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "the first program's seed; program k has seed S+k (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1000",
            description = "how many programs (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--target", paramLabel = "NAME", defaultValue = Targets.REFERENCE,
            description = "the target under test (default: ${DEFAULT-VALUE})")
    String target;

    @Option(names = "--oracle", paramLabel = "NAME", defaultValue = "cpython-3.13",
            description = "the target whose output is the expectation (default: ${DEFAULT-VALUE})")
    String oracle;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "the target's known deviations: CONSTRUCT<TAB>reason lines (docs/fuzzing.md)")
    Path baselineFile;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "reports/out/fuzz",
            description = "where differences are written (default: ${DEFAULT-VALUE})")
    Path reportDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "time limit per program (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--jobs", paramLabel = "N", description = "programs run at once (default: 2 x processors)")
    Integer jobs;

    @Option(names = "--shrink-tries", paramLabel = "N", defaultValue = "400",
            description = "candidates tried at most when shrinking one difference (default: ${DEFAULT-VALUE})")
    int shrinkTries;

    @Option(names = "--max-shrunk", paramLabel = "N", defaultValue = "20",
            description = "differences shrunk at most; the rest are written unshrunk (default: ${DEFAULT-VALUE})")
    int maxShrunk;

    @Option(names = "--isolated", description = "run every program on a Python target in a fresh interpreter "
            + "(as tck run does) instead of one after another in a batch runner")
    boolean isolated;

    @Option(names = "--verify-batch", description = "run every program on a Python target both ways, batched and "
            + "isolated, and count each program whose results differ (a state leak between programs)")
    boolean verifyBatch;

    @Option(names = "--show", description = "print the programs (for the version of --target and --oracle) and "
            + "run nothing")
    boolean show;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = usageProblem();
        if (problem != null) {
            err.println("tck fuzz: " + problem);
            err.flush();
            return RunCommand.USAGE;
        }
        FuzzBaseline baseline = FuzzBaseline.empty();
        if (baselineFile != null) {
            try {
                baseline = FuzzBaseline.read(baselineFile);
            } catch (IOException e) {
                err.println("tck fuzz: cannot read --baseline " + baselineFile + ": "
                        + IoProblem.describe(baselineFile, e));
                err.flush();
                return RunCommand.USAGE;
            } catch (IllegalArgumentException e) {
                err.println("tck fuzz: " + e.getMessage());
                err.flush();
                return RunCommand.USAGE;
            }
        }
        for (String name : new String[] {target, oracle}) {
            try {
                Targets.checkName(name, java.util.List.of());
            } catch (IllegalArgumentException e) {
                err.println("tck fuzz: " + e.getMessage());
                err.flush();
                return RunCommand.USAGE;
            }
        }
        Target underTest = Targets.byName(target);
        Target expected = Targets.byName(oracle);
        for (Target t : new Target[] {underTest, expected}) {
            var unavailable = t.unavailableReason();
            if (unavailable.isPresent()) {
                err.println("tck fuzz: target " + t.name() + " cannot run here: " + unavailable.get());
                err.flush();
                return Tck.HARNESS_ERROR;
            }
            if (t.version().major() != 3 || t.version().minor() < 6) {
                err.println("tck fuzz: target " + t.name() + " follows asyncio " + t.version()
                        + "; programs are generated for Python 3.6 and later");
                err.flush();
                return Tck.HARNESS_ERROR;
            }
        }
        if (show) {
            var generator = new ProgramGenerator(Math.min(underTest.version().minor(), expected.version().minor()));
            for (int k = 0; k < count; k++) {
                out.println("# seed " + (seed + k));
                out.print(generator.generate(seed + k).source());
            }
            out.flush();
            return 0;
        }
        int parallel = jobs != null ? jobs : 2 * Runtime.getRuntime().availableProcessors();
        var options = new FuzzRunner.Options(seed, count, underTest, expected,
                Duration.ofMillis((long) (timeoutSeconds * 1000)), parallel, shrinkTries, maxShrunk, isolated,
                verifyBatch);
        out.println("tck fuzz: " + count + " programs from seed " + seed + ", " + underTest.name() + " against "
                + expected.name() + " (asyncio " + Math.min(underTest.version().minor(), expected.version().minor())
                + " constructs), " + parallel + " jobs, " + (isolated ? "isolated" : "batched")
                + (verifyBatch ? " and verified isolated" : "") + "; load average " + LoadAverage.now());
        out.flush();
        FuzzRunner.Result result;
        try {
            result = new FuzzRunner(options, baseline).run(out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("tck fuzz: harness error: " + e.getMessage());
            err.flush();
            return Tck.HARNESS_ERROR;
        }
        try {
            FuzzReport.write(reportDir, underTest.name(), expected.name(), seed, result);
        } catch (IOException e) {
            err.println("tck fuzz: cannot write the report into " + reportDir + ": " + IoProblem.describe(reportDir, e));
            err.flush();
            return Tck.HARNESS_ERROR;
        }
        out.printf("tck fuzz: %d programs in %.1f s (%.1f programs/s, load average %s): %d differences "
                        + "(%d unexplained, %d explained), %d inconclusive; report in %s%n", result.programs(),
                result.elapsed().toMillis() / 1000.0, result.rate(), LoadAverage.now(), result.differences().size(),
                result.unexplained(), result.explained(), result.inconclusive(), reportDir.resolve("summary.txt"));
        out.printf("tck fuzz: time per program (each run's own time, summed over the run): %s %.1f ms, %s %.1f ms%n",
                underTest.name(), result.targetBusy().toNanos() / 1e6 / result.programs(), expected.name(),
                result.oracleBusy().toNanos() / 1e6 / result.programs());
        if (verifyBatch) {
            out.println("tck fuzz: batched against isolated: " + result.batchMismatches().size() + " programs differ, "
                    + result.unverified() + " not compared (their isolated run gave no outcome)");
        }
        if (!result.batchMismatches().isEmpty()) {
            out.println("tck fuzz: " + result.batchMismatches().size() + " programs gave another result batched than"
                    + " isolated (a state leak between batched programs), seeds " + result.batchMismatches());
        }
        for (FuzzRunner.Difference d : result.differences()) {
            out.println("  seed " + d.shrunk().program().seed() + ": " + underTest.name() + " "
                    + dev.asynciotck.reports.fuzz.Comparison.describe(d.shrunk().target()) + ", " + expected.name()
                    + " " + dev.asynciotck.reports.fuzz.Comparison.describe(d.shrunk().oracle())
                    + (d.explainedBy() == null ? "" : " (explained: " + d.explainedBy() + ")"));
        }
        out.flush();
        return result.unexplained() == 0 && result.batchMismatches().isEmpty() ? 0 : 1;
    }

    private String usageProblem() {
        if (count < 1) {
            return "--count must be at least 1, not " + count;
        }
        if (!(timeoutSeconds > 0) || !Double.isFinite(timeoutSeconds)) {
            return "--timeout must be a positive number of seconds, not " + timeoutSeconds;
        }
        if (jobs != null && jobs < 1) {
            return "--jobs must be at least 1, not " + jobs;
        }
        if (shrinkTries < 0 || maxShrunk < 0) {
            return "--shrink-tries and --max-shrunk must not be negative";
        }
        if (target.equals(oracle)) {
            return "--target and --oracle are both " + target + "; compare two different targets";
        }
        return null;
    }
}
