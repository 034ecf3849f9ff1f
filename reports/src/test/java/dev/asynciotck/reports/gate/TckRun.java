package dev.asynciotck.reports.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynciotck.reports.cli.Tck;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tck run} in process, on the small gate specification under src/test/resources/gate unless told
 * otherwise, with its exit code, its output and its reports.
 */
record TckRun(int exitCode, String out, String err, Path reports) {

    static final Path GATE_FEATURES = Path.of("src", "test", "resources", "gate", "features").toAbsolutePath();

    static TckRun run(Path reports, String... args) {
        List<String> all = new ArrayList<>(List.of("run", "--report-dir", reports.toString()));
        all.addAll(List.of(args));
        if (!all.contains("--features") && !all.contains("--bundled")) {
            all.addAll(List.of("--features", GATE_FEATURES.toString()));
        }
        all.remove("--bundled");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Tck.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        return new TckRun(code, out.toString(), err.toString(), reports);
    }

    JsonNode json(String file) {
        try {
            return new ObjectMapper().readTree(reports.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matrix cell of the scenario named {@code name} on {@code target}, from matrix.json. */
    JsonNode cell(String target, String name) {
        for (JsonNode feature : json("matrix.json").get("features")) {
            for (JsonNode rule : feature.get("rules")) {
                for (JsonNode scenario : rule.get("scenarios")) {
                    if (scenario.get("name").asText().equals(name)) {
                        return scenario.get("cells").get(target);
                    }
                }
            }
        }
        throw new AssertionError("no scenario named " + name + " in matrix.json");
    }

    String verdict(String target, String name) {
        return cell(target, name).get("verdict").asText();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}
