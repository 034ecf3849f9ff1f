package dev.asynciotck.reports.run;

import dev.asynciotck.harness.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static dev.asynciotck.reports.run.CPythonOracleTest.tck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference at every asyncio version it follows ({@code reference@3.6} … {@code reference@3.15}), strict, in the
 * shared matrix run ({@link MatrixRun}): every scenario in each version's range passes, except the ones a committed
 * baseline {@code baselines/reference@3.X.tsv} lists with the reason (version switches not implemented yet). A
 * listed scenario that passes fails the gate too, so the lists can only shrink. Each version's time in the run is
 * printed (its line of the summary).
 */
class ReferenceVersionsTest {

    static final int FIRST_MINOR = 6;
    static final int LAST_MINOR = 15;
    /**
     * The time limit per scenario of the ten targets in the shared run, in seconds. Ten in-process targets start with
     * twenty-odd Python ones there, and their first programs load the interpreter's and the reference's classes:
     * on a loaded machine (load 23-44 on 2 cores) the first scenario of each took more than the default 10 s. A
     * scenario's verdict is its output and outcome, not its time; a hang still ends as a timeout.
     */
    static final String TIMEOUT = "30";

    /** The committed baseline of {@code reference@3.X} (it may not exist: that version has no known deviation). */
    static Path baseline(String target) {
        return Path.of("..", "baselines", target + ".tsv");
    }

    @Test
    void everyScenarioInRangePassesOnTheReferenceAtEveryVersion() {
        System.out.printf("%n=== the reference at asyncio 3.%d to 3.%d, strict, in the shared matrix run ===%n",
                FIRST_MINOR, LAST_MINOR);
        for (String target : MatrixRun.referenceVersions()) {
            String line = MatrixRun.summaryLine(target).orElse("(no summary line for " + target + ")");
            System.out.println(line);
            assertThat(line).as(target + " in the matrix run:\n" + MatrixRun.output())
                    .matches(Pattern.quote(target) + "\\s+" + Pattern.quote(target.substring(target.indexOf('@') + 1))
                            + "\\s.*strict.*CONFORMS");
        }
        assertThat(MatrixRun.referenceVersions()).hasSize(LAST_MINOR - FIRST_MINOR + 1);
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
