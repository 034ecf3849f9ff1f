package dev.asynciotck.reports.gate;

import dev.asynciotck.reports.broken.FlakyProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Providers that break in the ways a real one can: each gives the right verdicts and exit code 1, the run
 * finishes, and the reports are written.
 */
class BrokenProvidersTest {

    static final String FIFO = "Two callbacks run in the order they were scheduled";
    static final String PLAIN = "A coroutine that sleeps once prints and ends";
    static final String OLD = "Only for old versions";

    @TempDir
    Path reports;

    @Test
    void theReferencePassesTheGateSpecification() {
        TckRun run = TckRun.run(reports);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.verdict("reference", FIFO)).isEqualTo("pass");
        assertThat(run.verdict("reference", OLD)).isEqualTo("not-applicable");
        assertReportsWritten(run, "reference");
    }

    @Test
    void aProviderWhoseFactoryThrowsGivesErrors() {
        TckRun run = TckRun.run(reports, "--target", "broken-open-throws");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.verdict("broken-open-throws", FIFO)).isEqualTo("error");
        assertThat(run.verdict("broken-open-throws", PLAIN)).isEqualTo("error");
        assertThat(run.verdict("broken-open-throws", OLD)).isEqualTo("not-applicable");
        assertThat(run.cell("broken-open-throws", PLAIN).get("message").asText())
                .contains("this provider cannot open a module");
        assertReportsWritten(run, "broken-open-throws");
    }

    @Test
    void aHungProviderTimesOutEachScenarioAndTheRunGoesOn() {
        TckRun run = TckRun.run(reports, "--target", "broken-hangs", "--timeout", "1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.verdict("broken-hangs", FIFO)).isEqualTo("timeout");
        assertThat(run.verdict("broken-hangs", PLAIN)).isEqualTo("timeout");
        assertThat(run.cell("broken-hangs", PLAIN).get("leakedThreads").toString()).contains("asyncio-tck broken-hangs");
        assertThat(run.json("summary.json").get("targets").get(0).get("timeouts").asInt()).isEqualTo(2);
        assertThat(run.cell("broken-hangs", PLAIN).get("message").asText())
                .contains("EventLoop#1.runUntilComplete(Coroutine#1) … (no return)");
        assertReportsWritten(run, "broken-hangs");
    }

    @Test
    void aTargetTimeoutLimitsThatTargetOnly() {
        // With --timeout 600 alone the hung provider would take ten minutes per scenario: its own limit applies.
        TckRun run = TckRun.run(reports, "--target", "broken-hangs", "--target", "broken-lifo", "--timeout", "600",
                "--target-timeout", "broken-hangs=1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.verdict("broken-hangs", FIFO)).isEqualTo("timeout");
        assertThat(run.verdict("broken-hangs", PLAIN)).isEqualTo("timeout");
        assertThat(run.verdict("broken-lifo", FIFO)).isEqualTo("fail");
        assertThat(run.verdict("broken-lifo", PLAIN)).isEqualTo("pass");
    }

    @Test
    void aTargetTimeoutForNoTargetOfTheRunOrNotAPositiveNumberIsAUsageError() {
        TckRun other = TckRun.run(reports, "--target", "broken-lifo", "--target-timeout", "broken-hangs=1");
        assertThat(other.exitCode()).as(other.toString()).isEqualTo(2);
        assertThat(other.toString()).contains("--target-timeout broken-hangs=1", "not TARGET=SECONDS");
        TckRun zero = TckRun.run(reports, "--target", "broken-lifo", "--target-timeout", "broken-lifo=0");
        assertThat(zero.exitCode()).as(zero.toString()).isEqualTo(2);
        assertThat(zero.toString()).contains("must be a positive number of seconds, not 0");
    }

    @Test
    void aProviderWithWrongResultsFailsWithADiff() throws Exception {
        TckRun run = TckRun.run(reports, "--target", "broken-lifo");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.verdict("broken-lifo", FIFO)).isEqualTo("fail");
        assertThat(run.verdict("broken-lifo", PLAIN)).isEqualTo("pass");
        assertThat(run.cell("broken-lifo", FIFO).get("message").asText()).contains("+ second", "- second");
        String details = java.nio.file.Files.readString(reports.resolve("broken-lifo/details.html"));
        assertThat(details).contains("loop.call_soon(say, &quot;first&quot;)", "class=\"del\"", "class=\"add\"");
        assertThat(run.out()).contains("FAIL ", FIFO);
        assertReportsWritten(run, "broken-lifo");
    }

    @Test
    void aJavaTargetsFailureReportShowsTheTraceOfItsSpiCallsAndLoopEvents() throws Exception {
        TckRun run = TckRun.run(reports, "--target", "broken-lifo");
        String details = java.nio.file.Files.readString(reports.resolve("broken-lifo/details.html"));
        String fifo = details.substring(details.indexOf(FIFO), details.indexOf("</section>", details.indexOf(FIFO)));
        assertThat(fifo).contains("Trace: the last SPI calls and loop events",
                "Asyncio#1.coroutine(&#x27;main&#x27;, body of main) → Coroutine#1",
                "EventLoop#1.runUntilComplete(Coroutine#1) …", "body of main starts",
                "EventLoop#1.callSoon(callback#1, None) → Handle#1", "EventLoop#1.callSoon(callback#2, None) → Handle#2",
                "← #", "runUntilComplete → None");
        // the broken loop runs the second callback first, and the trace says so
        assertThat(fifo.indexOf("run callback#2")).isPositive().isLessThan(fifo.indexOf("run callback#1"));
        // the message section leaves the trace to its own section; the JUnit XML carries it in the message
        String message = fifo.substring(fifo.indexOf("<h4>Message</h4>"), fifo.indexOf("<h4>Program</h4>"));
        assertThat(message).doesNotContain("callSoon");
        assertThat(java.nio.file.Files.readString(reports.resolve("broken-lifo/junit.xml")))
                .contains("SPI calls and loop events, oldest first:", "run callback#2");
        // a passing scenario shows no trace
        String plain = details.substring(details.indexOf(PLAIN), details.indexOf("</section>", details.indexOf(PLAIN)));
        assertThat(plain).doesNotContain("Trace:");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void threadsAScenarioLeavesAliveAreReportedAgainstItWithoutFailingIt() {
        TckRun run = TckRun.run(reports, "--target", "leaky-threads");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.cell("leaky-threads", PLAIN).get("leakedThreads").toString()).contains("leaky watchdog");
        assertThat(run.out()).contains("left platform threads alive");
        assertThat(run.json("matrix.json").get("targets").get(0).get("leakedThreadWarnings").asInt()).isPositive();
        assertThat(run.json("summary.json").get("targets").get(0).get("failed").asInt()).isZero();
        assertThat(run.reports().resolve("matrix.md")).content().contains("left platform threads alive");
    }

    @Test
    void aScenarioWhoseVerdictDiffersBetweenRepeatsIsFlaky() {
        FlakyProvider.OPENED.set(0);
        TckRun run = TckRun.run(reports, "--target", "flaky-every-third", "--repeat", "2", "--jobs", "1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.verdict("flaky-every-third", FIFO)).isEqualTo("flaky");
        assertThat(run.cell("flaky-every-third", FIFO).get("message").asText()).contains("pass, error");
    }

    static void assertReportsWritten(TckRun run, String target) {
        for (String file : new String[]{"matrix.html", "matrix.md", "matrix.json", "summary.json", "manifest.json",
                target + "/cucumber.html", target + "/messages.ndjson", target + "/junit.xml", target + "/details.html"}) {
            assertThat(run.reports().resolve(file)).as(file).isNotEmptyFile();
        }
    }
}
