package dev.asynciotck.harness.python;

import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.spec.SpecificationLoader;
import dev.asynciotck.harness.RunResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A fork server's child behaves exactly like a fresh interpreter: scenario programs give the same status,
 * exception, standard output and standard error both ways, byte for byte once the run's random temporary directory
 * name and memory addresses (which differ between any two processes) are masked. By default, to keep the build
 * short, the sample is every program where a fork could show (what the interpreter's shutdown prints, in
 * {@code loop/exit-diagnostics.feature}; threads and executors, which a fork must not copy; signals) and every
 * {@value #SAMPLE_EVERY}th other program: CI's shared matrix run gates every program on the fork server anyway, so
 * a difference elsewhere would show there as a failed scenario. The system property
 * {@code tck.forkserver.equivalence=all} takes every applicable program. Runs on the targets named by the system
 * property {@code tck.forkserver.targets} (comma-separated; default: CPython 3.13, the oracle of most scenarios; the
 * full proof is {@code cpython-3.6,cpython-3.11,cpython-3.11+uvloop,cpython-3.13} with every program), each
 * skipped when not installed. A pair that differs is run again, one run at a time (see {@link #RETRIES}).
 */
class ForkServerEquivalenceTest {

    private static final Path SPEC = Path.of("..", "features", "spec");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * A few scenarios order events by wall-clock sleeps (0.01 s against 0.03 s) and can flip on a loaded machine
     * however they are started; a difference counts only if it persists when the pair is run again, one at a time.
     */
    private static final int RETRIES = 2;
    private static final String DEFAULT_TARGETS = "cpython-3.13";
    private static final int SAMPLE_EVERY = 4;
    /** Words of a program that does what a fork could change: starts threads or executors, or handles signals. */
    private static final Pattern FORK_SENSITIVE = Pattern.compile("thread|executor|signal");

    @TestFactory
    Stream<DynamicTest> everyProgramRunsAlikeInAForkedChildAndInAFreshInterpreter() {
        return Arrays.stream(System.getProperty("tck.forkserver.targets", DEFAULT_TARGETS).split(","))
                .map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> DynamicTest.dynamicTest(name, () -> compareOn(name)));
    }

    private static void compareOn(String name) throws Exception {
        var target = (PythonTarget) PythonTargetTest.installed(name);
        PythonTarget forked = target.withOwnForkServer();
        PythonTarget fresh = target.inFreshProcesses();
        List<SpecScenario> applicable = SpecificationLoader.load(SPEC).stream()
                .filter(s -> s.versions().contains(target.version())).toList();
        boolean all = "all".equals(System.getProperty("tck.forkserver.equivalence"));
        List<SpecScenario> scenarios = IntStream.range(0, applicable.size())
                .filter(i -> all || i % SAMPLE_EVERY == 0 || forkSensitive(applicable.get(i)))
                .mapToObj(applicable::get).toList();
        assertThat(scenarios).as("scenarios applicable to " + name).isNotEmpty();
        List<String> differences = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RunResult>> forkedRuns = submitAll(pool, forked, scenarios);
            List<Future<RunResult>> freshRuns = submitAll(pool, fresh, scenarios);
            for (int i = 0; i < scenarios.size(); i++) {
                String difference = difference(forkedRuns.get(i).get(), freshRuns.get(i).get());
                for (int retry = 0; retry < RETRIES && difference != null; retry++) {
                    SpecScenario scenario = scenarios.get(i);
                    difference = difference(forked.run(scenario.program(), scenario.location(), TIMEOUT),
                            fresh.run(scenario.program(), scenario.location(), TIMEOUT));
                }
                if (difference != null) {
                    differences.add(scenarios.get(i).location() + ": " + difference);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(forked.forkServerFailure()).as("the fork server of " + name + " failed").isEmpty();
        assertThat(differences).as(name + ": programs whose forked run differs from a fresh interpreter's").isEmpty();
        System.out.println(name + ": " + scenarios.size() + " of " + applicable.size() + " programs ran alike in a"
                + " forked child and a fresh interpreter" + (all ? "" : " (the sample; every program with"
                + " -Dtck.forkserver.equivalence=all)"));
    }

    private static boolean forkSensitive(SpecScenario scenario) {
        return scenario.location().contains("exit-diagnostics") || FORK_SENSITIVE.matcher(scenario.program()).find();
    }

    private static List<Future<RunResult>> submitAll(ExecutorService pool, PythonTarget target,
                                                     List<SpecScenario> scenarios) {
        return scenarios.stream().map(s -> pool.submit(() -> target.run(s.program(), s.location(), TIMEOUT))).toList();
    }

    /** What differs between the two runs, or null if nothing does. */
    static String difference(RunResult forked, RunResult fresh) {
        assumeTrue(fresh.status() != RunResult.Status.MISSING, fresh.detail());
        if (forked.status() != fresh.status()) {
            return "status " + forked.describeOutcome() + " forked, " + fresh.describeOutcome() + " fresh";
        }
        if (!java.util.Objects.equals(forked.exceptionName(), fresh.exceptionName())) {
            return "exception " + forked.exceptionName() + " forked, " + fresh.exceptionName() + " fresh";
        }
        if (!masked(forked.stdout()).equals(masked(fresh.stdout()))) {
            return "stdout\n--- forked\n" + forked.stdout() + "--- fresh\n" + fresh.stdout();
        }
        if (!masked(forked.stderr()).equals(masked(fresh.stderr()))) {
            return "stderr\n--- forked\n" + forked.stderr() + "--- fresh\n" + fresh.stderr();
        }
        return null;
    }

    /**
     * The text with what differs between any two processes masked: each run's random temporary directory name,
     * and memory addresses in reprs ({@code <function f at 0x7f3a...>}, random per process by ASLR).
     */
    static String masked(String text) {
        return text.replaceAll("asyncio-tck-(python|wasm-run)-[0-9A-Za-z_]+", "asyncio-tck-$1-RUN")
                .replaceAll("0x[0-9a-f]{8,16}", "0xADDRESS");
    }
}
