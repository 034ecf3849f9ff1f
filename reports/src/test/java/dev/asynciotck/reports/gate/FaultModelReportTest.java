package dev.asynciotck.reports.gate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target that is a fault model is judged against the rules it names: caught when each has a failing scenario,
 * escaped (and said so in the summary and every matrix format) when one of them passes entirely.
 */
class FaultModelReportTest {

    @TempDir
    Path reports;

    @Test
    void eachFaultModelIsListedWithTheScenariosThatCaughtItOrTheRulesItEscaped() throws IOException {
        TckRun run = TckRun.run(reports, "--target", "fault-lifo", "--target", "fault-lifo-misnamed");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);

        JsonNode faults = run.json("matrix.json").get("faultModels");
        assertThat(faults).hasSize(2);
        JsonNode caught = faults.get(0);
        assertThat(caught.get("target").asText()).isEqualTo("fault-lifo");
        assertThat(caught.get("caught").asBoolean()).isTrue();
        JsonNode fifo = caught.get("mustBeCaughtBy").get(0);
        assertThat(fifo.get("id").asText()).isEqualTo("test.order.call-soon-fifo");
        assertThat(fifo.get("caughtBy").get(0).get("name").asText()).isEqualTo(BrokenProvidersTest.FIFO);

        JsonNode misnamed = faults.get(1);
        assertThat(misnamed.get("rejected").asBoolean()).isTrue();
        assertThat(misnamed.get("caught").asBoolean()).isFalse();
        JsonNode plain = misnamed.get("mustBeCaughtBy").get(1);
        assertThat(plain.get("id").asText()).isEqualTo("test.order.plain");
        assertThat(plain.get("caughtBy")).isEmpty();

        assertThat(run.out()).containsPattern("fault-lifo +CAUGHT: test.order.call-soon-fifo 1/1")
                .contains("ESCAPED rule(s) test.order.plain");
        assertThat(Files.readString(reports.resolve("matrix.html")))
                .contains("id=\"fault-models\"", "data-target=\"fault-lifo-misnamed\" data-caught=\"false\"");
        assertThat(Files.readString(reports.resolve("matrix.md"))).contains("## Fault models", "✅ caught",
                "❌ escaped: test.order.plain");
    }

    @Test
    void aRunWithoutFaultModelsHasNoSuchSection() throws IOException {
        TckRun run = TckRun.run(reports, "--target", "broken-lifo");
        assertThat(run.json("matrix.json").has("faultModels")).isFalse();
        assertThat(Files.readString(reports.resolve("matrix.html"))).doesNotContain("fault-models");
        assertThat(run.out()).doesNotContain("=== fault models");
    }
}
