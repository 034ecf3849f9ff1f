package dev.asynciotck.reports.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynciotck.harness.RunResult;
import dev.asynciotck.reports.run.ScenarioResult;
import dev.asynciotck.reports.run.TargetResult;
import dev.asynciotck.reports.run.Verdict;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.steps.glue.ScenarioEvidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code results.json}: {@link RunResults} as JSON, written by {@code tck run} and {@code tck merge}, read by
 * {@code tck merge}. Shape (reports/README.md documents it):
 *
 * <pre>
 * {"format":"asyncio-tck results 1","run":{…},"features":[PATH…],"tags":EXPR|null,"shard":"K/N"|null,"repeat":N,
 *  "selected":[{"key","rule","baselineName"}…],
 *  "targets":[{"name","version","unavailable":REASON|null,"faultModel":{"deviation","mustBeCaughtBy":[…]}|null,
 *    "runs":[{"elapsedSeconds","crash":TEXT|null,"scenarios":[{"key","rule","baselineName","name","tags":[…],
 *      "verdict":LABEL,"message","evidence":{"uri","line","name","target","program","result":{"status","stdout",
 *      "stderr","exceptionName","detail","elapsedSeconds","leakedThreads":[…],"trace":[…]}|null}|null}…]}…]}…]}
 * </pre>
 */
public final class ResultsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {
    }

    /** A {@code results.json} that cannot be read or is not what {@link #render} writes. */
    public static final class CorruptException extends Exception {
        CorruptException(Path file, String problem) {
            super(file + ": " + problem);
        }
    }

    /** The JSON of {@code results}; {@code scenarios} names each key's rule and baseline name. */
    public static String render(RunResults results, Map<String, SpecScenario> scenarios) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", RunResults.FORMAT);
        root.set("run", JSON.valueToTree(results.run()));
        ArrayNode features = root.putArray("features");
        results.features().forEach(features::add);
        root.put("tags", results.tags());
        root.put("shard", results.shard());
        root.put("repeat", results.repeat());
        ArrayNode selected = root.putArray("selected");
        for (RunResults.Selected s : results.selected()) {
            selected.addObject().put("key", s.key()).put("rule", s.ruleId()).put("baselineName", s.baselineName());
        }
        ArrayNode targets = root.putArray("targets");
        for (RunResults.TargetRuns target : results.targets()) {
            ObjectNode t = targets.addObject().put("name", target.name()).put("version", target.version())
                    .put("unavailable", target.unavailable());
            if (target.faultModel() == null) {
                t.putNull("faultModel");
            } else {
                ObjectNode model = t.putObject("faultModel").put("deviation", target.faultModel().deviation());
                ArrayNode rules = model.putArray("mustBeCaughtBy");
                new TreeSet<>(target.faultModel().mustBeCaughtBy()).forEach(rules::add);
            }
            ArrayNode runs = t.putArray("runs");
            for (TargetResult run : target.runs()) {
                ObjectNode r = runs.addObject().put("elapsedSeconds", run.elapsed().toNanos() / 1e9)
                        .put("crash", run.crash());
                ArrayNode list = r.putArray("scenarios");
                for (ScenarioResult result : run.scenarios()) {
                    scenario(list.addObject(), result, scenarios.get(result.location()));
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render results.json: " + e.getMessage(), e);
        }
    }

    private static void scenario(ObjectNode json, ScenarioResult result, SpecScenario scenario) {
        json.put("key", result.location())
                .put("rule", scenario == null ? "" : scenario.ruleId())
                .put("baselineName", scenario == null ? result.name() : scenario.baselineName())
                .put("name", result.name());
        ArrayNode tags = json.putArray("tags");
        new TreeSet<>(result.tags()).forEach(tags::add);
        json.put("verdict", result.verdict().label()).put("message", result.message());
        ScenarioEvidence evidence = result.evidence();
        if (evidence == null) {
            json.putNull("evidence");
            return;
        }
        ObjectNode e = json.putObject("evidence").put("uri", evidence.uri()).put("line", evidence.line())
                .put("name", evidence.name()).put("target", evidence.target()).put("program", evidence.program());
        RunResult run = evidence.result();
        if (run == null) {
            e.putNull("result");
            return;
        }
        ObjectNode r = e.putObject("result").put("status", run.status().name()).put("stdout", run.stdout())
                .put("stderr", run.stderr()).put("exceptionName", run.exceptionName()).put("detail", run.detail())
                .put("elapsedSeconds", run.elapsed() == null ? 0 : run.elapsed().toNanos() / 1e9);
        ArrayNode leaked = r.putArray("leakedThreads");
        run.leakedThreads().forEach(leaked::add);
        ArrayNode trace = r.putArray("trace");
        run.trace().forEach(trace::add);
    }

    /**
     * Reads {@code file}.
     *
     * @throws CorruptException naming the file and what is wrong: unreadable, not JSON, not this format, a field
     *                          missing or of the wrong kind
     */
    public static RunResults read(Path file) throws CorruptException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CorruptException(file, "not readable as JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new CorruptException(file, "not a JSON object");
        }
        if (!RunResults.FORMAT.equals(root.path("format").asText())) {
            throw new CorruptException(file, "not a tck results file (format is not '" + RunResults.FORMAT + "')");
        }
        try {
            return parse(root);
        } catch (RuntimeException e) {
            throw new CorruptException(file, e.getMessage());
        }
    }

    private static RunResults parse(JsonNode root) {
        @SuppressWarnings("unchecked")
        Map<String, Object> run = JSON.convertValue(object(root, "run"), Map.class);
        List<String> features = strings(array(root, "features"));
        List<RunResults.Selected> selected = new ArrayList<>();
        for (JsonNode s : array(root, "selected")) {
            selected.add(new RunResults.Selected(text(s, "key"), text(s, "rule"), text(s, "baselineName")));
        }
        List<RunResults.TargetRuns> targets = new ArrayList<>();
        for (JsonNode t : array(root, "targets")) {
            JsonNode model = t.path("faultModel");
            RunResults.FaultModelInfo faultModel = model.isObject() ? new RunResults.FaultModelInfo(
                    text(model, "deviation"), new LinkedHashSet<>(strings(array(model, "mustBeCaughtBy")))) : null;
            String name = text(t, "name");
            List<TargetResult> runs = new ArrayList<>();
            for (JsonNode r : array(t, "runs")) {
                List<ScenarioResult> scenarios = new ArrayList<>();
                for (JsonNode s : array(r, "scenarios")) {
                    scenarios.add(scenario(s));
                }
                runs.add(new TargetResult(name, text(t, "version"), scenarios, seconds(r, "elapsedSeconds"),
                        nullableText(r, "crash")));
            }
            targets.add(new RunResults.TargetRuns(name, text(t, "version"), nullableText(t, "unavailable"),
                    faultModel, runs));
        }
        int repeat = root.path("repeat").asInt(0);
        if (repeat < 1) {
            throw new IllegalArgumentException("'repeat' is not a positive number");
        }
        return new RunResults(run, features, nullableText(root, "tags"), nullableText(root, "shard"), repeat,
                selected, targets);
    }

    private static ScenarioResult scenario(JsonNode s) {
        String label = text(s, "verdict");
        Verdict verdict = Arrays.stream(Verdict.values()).filter(v -> v.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown verdict '" + label + "' of " + text(s, "key")));
        Set<String> tags = new LinkedHashSet<>(strings(array(s, "tags")));
        JsonNode e = s.path("evidence");
        ScenarioEvidence evidence = null;
        if (e.isObject()) {
            JsonNode r = e.path("result");
            RunResult result = null;
            if (r.isObject()) {
                RunResult.Status status;
                try {
                    status = RunResult.Status.valueOf(text(r, "status"));
                } catch (IllegalArgumentException bad) {
                    throw new IllegalArgumentException("unknown run status '" + text(r, "status") + "'");
                }
                result = new RunResult(status, text(r, "stdout"), text(r, "stderr"), nullableText(r, "exceptionName"),
                        text(r, "detail"), seconds(r, "elapsedSeconds"), strings(array(r, "leakedThreads")),
                        strings(array(r, "trace")));
            }
            evidence = new ScenarioEvidence(text(e, "uri"), e.path("line").asInt(), text(e, "name"),
                    text(e, "target"), nullableText(e, "program"), result);
        }
        return new ScenarioResult(text(s, "key"), text(s, "name"), tags, verdict, text(s, "message"), evidence);
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not an object");
        }
        return value;
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not a list");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not text");
        }
        return value.asText();
    }

    private static String nullableText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : text(node, field);
    }

    private static Duration seconds(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not a number");
        }
        return Duration.ofNanos((long) (value.asDouble() * 1e9));
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("a list holds " + item + " where text belongs");
            }
            list.add(item.asText());
        }
        return list;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
