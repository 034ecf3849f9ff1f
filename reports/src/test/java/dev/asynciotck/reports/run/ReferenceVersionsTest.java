package dev.asynciotck.reports.run;

import dev.asynciotck.harness.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.asynciotck.reports.run.CPythonOracleTest.tck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference at every asyncio version it follows ({@code reference@3.6} … {@code reference@3.15}) in one
 * {@code tck run} in this JVM, strict: every scenario in each version's range passes, except the ones a committed
 * baseline {@code baselines/reference@3.X.tsv} lists with the reason (version switches not implemented yet). A
 * listed scenario that passes fails the gate too, so the lists can only shrink. The wall time of the run is printed
 * (the figure in benchmarks/README.md).
 */
class ReferenceVersionsTest {

    static final int FIRST_MINOR = 6;
    static final int LAST_MINOR = 15;

    @Test
    void everyScenarioInRangePassesOnTheReferenceAtEveryVersion(@TempDir Path dir) {
        List<String> args = new ArrayList<>(List.of("run", "--strict", "--report-dir", dir.resolve("reports").toString()));
        for (int minor = FIRST_MINOR; minor <= LAST_MINOR; minor++) {
            String target = Targets.REFERENCE + "@3." + minor;
            args.addAll(List.of("--target", target));
            Path baseline = Path.of("..", "baselines", target + ".tsv");
            if (Files.exists(baseline)) {
                args.addAll(List.of("--baseline", target + "=" + baseline));
            }
        }
        long start = System.nanoTime();
        String run = tck(args.toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%n=== the reference at asyncio 3.%d to 3.%d, strict: %.1f s wall ===%n", FIRST_MINOR,
                LAST_MINOR, seconds);
        run.lines().filter(line -> line.startsWith(Targets.REFERENCE + "@") && !line.contains(": "))
                .distinct().forEach(System.out::println);
        assertThat(run).as(run).startsWith("exit 0\n");
        for (int minor = FIRST_MINOR; minor <= LAST_MINOR; minor++) {
            assertThat(run).as(run).containsPattern("(?m)^" + Targets.REFERENCE + "@3\\." + minor + "\\s+3\\." + minor
                    + "\\s.*strict.*CONFORMS$");
        }
    }

    @Test
    void aVersionTheReferenceDoesNotFollowIsAUsageError(@TempDir Path dir) {
        String run = tck("run", "--target", Targets.REFERENCE + "@3.5", "--report-dir", dir.toString());
        assertThat(run).startsWith("exit 2\n").contains("reference@3.5", "follows asyncio 3.6 to 3.15");
        String notAVersion = tck("run", "--target", Targets.REFERENCE + "@latest", "--report-dir", dir.toString());
        assertThat(notAVersion).startsWith("exit 2\n").contains("'latest' is not a Python version", "NAME@3.X");
    }

    @Test
    void theVersionedTargetIsTheProviderAtThatVersion() {
        var target = Targets.byName(Targets.REFERENCE + "@3.9");
        assertThat(target.name()).isEqualTo("reference@3.9");
        assertThat(target.version()).hasToString("3.9");
        assertThat(target.unavailableReason()).isEmpty();
        assertThat(target.capabilities()).doesNotContain("eager-task-factory").contains("virtual-clock");
        assertThat(Targets.byName(Targets.REFERENCE + "@3.12").capabilities()).contains("eager-task-factory");
        assertThat(Targets.byName(Targets.REFERENCE).version()).hasToString("3.13");
        assertThat(Targets.byName("no-such-provider@3.9").unavailableReason()).isPresent();
        // A path may hold an '@': it is not the versioned form.
        Targets.checkName("python:/home/me@host/bin/python", List.of());
        assertThat(Targets.javaProviderNames()).anySatisfy(line -> assertThat(line)
                .isEqualTo("reference (asyncio 3.13; reference@3.6 to reference@3.15 behave as those versions)"));
    }
}
