package dev.asynciotck.harness.python;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.spec.SpecificationLoader;
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
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rewinding to the checkpoint is as good as a new interpreter: scenario programs give the same status,
 * exception, standard output and standard error (byte for byte, once run folders and addresses are masked) on
 * a WebAssembly target's server and on one that loads a new Pyodide interpreter for every program. Loading takes
 * seconds per program, so by default the sample is every program of {@code loop/exit-diagnostics.feature} (what
 * the interpreter's finalization prints) and every 40th other program, on {@code cpython-3.14}; the system
 * property {@code tck.wasm.equivalence=all} takes every applicable program, and {@code tck.wasm.equivalence.targets}
 * (comma-separated) other targets. Skipped, saying why, when the npm packages are not installed.
 */
class WasmEquivalenceTest {

    private static final Path SPEC = Path.of("..", "features", "spec");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int SAMPLE_EVERY = 40;

    @TestFactory
    Stream<DynamicTest> programsRunAlikeAfterARewindAndInANewInterpreter() {
        return Arrays.stream(System.getProperty("tck.wasm.equivalence.targets", "cpython-3.14").split(","))
                .map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> DynamicTest.dynamicTest(name, () -> compareOn(name)));
    }

    private static void compareOn(String name) throws Exception {
        WasmTarget rewound = WasmTargetTest.installed(name);
        WasmTarget fresh = rewound.withFreshInterpreters();
        List<SpecScenario> applicable = SpecificationLoader.load(SPEC).stream()
                .filter(s -> s.versions().contains(rewound.version())).toList();
        boolean all = "all".equals(System.getProperty("tck.wasm.equivalence"));
        List<SpecScenario> scenarios = IntStream.range(0, applicable.size())
                .filter(i -> all || i % SAMPLE_EVERY == 0 || applicable.get(i).location().contains("exit-diagnostics"))
                .mapToObj(applicable::get).toList();
        assertThat(scenarios).as("scenarios applicable to " + name).isNotEmpty();
        List<String> differences = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RunResult>> rewoundRuns = submitAll(pool, rewound, scenarios);
            List<Future<RunResult>> freshRuns = submitAll(pool, fresh, scenarios);
            for (int i = 0; i < scenarios.size(); i++) {
                String difference = ForkServerEquivalenceTest.difference(rewoundRuns.get(i).get(), freshRuns.get(i).get());
                if (difference != null) {
                    differences.add(scenarios.get(i).location() + ": " + difference);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(differences).as(name + ": programs whose run after a rewind differs from a new interpreter's")
                .isEmpty();
        System.out.println(name + ": " + scenarios.size() + " programs ran alike after a rewind and in a new"
                + " interpreter");
    }

    private static List<Future<RunResult>> submitAll(ExecutorService pool, WasmTarget target,
                                                     List<SpecScenario> scenarios) {
        return scenarios.stream().map(s -> pool.submit(() -> target.run(s.program(), s.location(), TIMEOUT))).toList();
    }
}
