package dev.asynciotck.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynciotck.reports.cli.Tck;
import dev.asynciotck.spi.AsyncioProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the gate bites: one {@code tck run --strict} on the reference (the control) and on every fault model
 * registered in this module's test class path, over the scenarios of every rule some model names (a tag expression
 * of their rule IDs; {@code -Dtck.faults.whole=true} runs the whole bundled suite, for the report's figure of how
 * many scenarios in all catch each model; the shared matrix run of the reports module gates the reference on the
 * whole suite anyway). The run must exit 1; the reference must conform; and each fault model must be rejected
 * with at least one failing scenario in every rule it names.
 * Strict, as CI gates the reference: the models are the reference with one deviation, and one of them
 * ({@code fault-timer-ties-lifo}) departs from a detail, the order of equal deadlines that asyncio leaves open.
 * The reports, with their "Fault models" section, stay in {@code fault-models/target/fault-report}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultModelsTest {

    /**
     * Per-scenario limit: a model that hangs a scenario (a future nobody completes) costs this much. Reference
     * scenarios take milliseconds (virtual clock), about one second at worst on a loaded machine.
     */
    private static final String TIMEOUT_SECONDS = "5";
    /**
     * The control's limit: it must never time out, and its thread and executor scenarios run on real threads, which
     * a machine at load 40 (30 targets of 10 scenarios at once) once left unscheduled for more than 5 s.
     */
    private static final String REFERENCE_TIMEOUT_SECONDS = "30";
    /** Scenarios at once: hung ones only wait, so more than the processors keeps the hanging model's run short. */
    private static final String JOBS = "10";

    private final Path reports = Path.of(System.getProperty("tck.report.dir", "target/fault-report")).toAbsolutePath();
    private final Map<String, FaultModelProvider> models = new LinkedHashMap<>();
    private int exitCode;
    private String output;
    private JsonNode matrix;

    @BeforeAll
    void runTheGateOnTheReferenceAndEveryFaultModel() throws IOException {
        ServiceLoader.load(AsyncioProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof FaultModelProvider).map(p -> (FaultModelProvider) p)
                .forEach(model -> models.put(model.name(), model));
        List<String> args = new ArrayList<>(List.of("run", "--strict", "--report-dir", reports.toString(),
                "--timeout", TIMEOUT_SECONDS, "--jobs", JOBS, "--target", "reference",
                "--target-timeout", "reference=" + REFERENCE_TIMEOUT_SECONDS));
        models.keySet().forEach(name -> args.addAll(List.of("--target", name)));
        if (!Boolean.getBoolean("tck.faults.whole")) {
            args.addAll(List.of("--tags", models.values().stream().flatMap(model -> model.mustBeCaughtBy().stream())
                    .distinct().sorted().map(id -> "@rule-" + id).collect(Collectors.joining(" or "))));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        exitCode = Tck.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args.toArray(String[]::new));
        output = out.toString();
        // The per-model summary lines (and the closing lines), for the build log.
        int faultSection = output.indexOf("=== fault models");
        System.out.println(faultSection < 0 ? output : output.substring(faultSection));
        matrix = new ObjectMapper().readTree(reports.resolve("matrix.json").toFile());
    }

    @Test
    void theCatalogueHoldsAtLeastThirteenModelsEachNamingRules() {
        assertThat(models).hasSizeGreaterThanOrEqualTo(13);
        models.values().forEach(model -> assertThat(model.mustBeCaughtBy()).as(model.name()).isNotEmpty());
    }

    @Test
    void theGateExitsOneAndTheReferenceConforms() {
        assertThat(exitCode).as(output).isEqualTo(1);
        assertThat(target("reference").get("conforms").asBoolean()).as(output).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> everyFaultModelIsRejectedByEachRuleItNames() {
        Map<String, JsonNode> judged = new LinkedHashMap<>();
        matrix.get("faultModels").forEach(fault -> judged.put(fault.get("target").asText(), fault));
        assertThat(judged.keySet()).as("fault models in the report").containsExactlyElementsOf(models.keySet());
        return models.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            JsonNode fault = judged.get(name);
            assertThat(target(name).get("conforms").asBoolean()).as(name + " conforms").isFalse();
            assertThat(fault.get("rejected").asBoolean()).as(name + " rejected (exit 1 on it alone)").isTrue();
            for (JsonNode rule : fault.get("mustBeCaughtBy")) {
                String id = rule.get("id").asText();
                assertThat(rule.get("scenarios").asInt()).as(name + ": scenarios of rule " + id).isPositive();
                assertThat(rule.get("caughtBy")).as(name + ": failing scenarios of rule " + id).isNotEmpty();
            }
            assertThat(fault.get("caught").asBoolean()).isTrue();
        }));
    }

    private JsonNode target(String name) {
        for (JsonNode target : matrix.get("targets")) {
            if (target.get("name").asText().equals(name)) {
                return target;
            }
        }
        throw new AssertionError("no target " + name + " in matrix.json");
    }
}
