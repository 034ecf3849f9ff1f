package dev.asynciotck.reports.report;

import dev.asynciotck.spec.Specification;
import dev.asynciotck.reports.gate.FaultModelCheck;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.harness.FaultModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the reports of a run into the report directory:
 *
 * <pre>
 * matrix.html  matrix.md  matrix.json  summary.json  manifest.json
 * TARGET/cucumber.html  TARGET/messages.ndjson  TARGET/junit.xml   (Cucumber's own plugins)
 * TARGET/details.html                                             (one section per scenario)
 * </pre>
 *
 * The cross-target reports are rewritten after each target, each file replaced whole, so a run that stops
 * midway leaves consistent reports of the targets that finished.
 */
public final class ReportWriter {

    private final Path dir;
    private final Specification selection;
    private final Map<String, Object> run;
    private final Map<String, FaultModel> faultModels = new LinkedHashMap<>();

    public ReportWriter(Path dir, Specification selection, Map<String, Object> run) {
        this.dir = dir.toAbsolutePath().normalize();
        this.selection = selection;
        this.run = new LinkedHashMap<>(run);
    }

    public Path dir() {
        return dir;
    }

    /** Creates the directory and removes the previous run's reports of these targets. */
    public void prepare(List<String> targets) {
        try {
            Files.createDirectories(dir);
            for (String file : List.of(ReportPaths.MATRIX_HTML, ReportPaths.MATRIX_MARKDOWN, ReportPaths.MATRIX_JSON,
                    ReportPaths.SUMMARY_JSON, ReportPaths.MANIFEST_JSON)) {
                Files.deleteIfExists(dir.resolve(file));
            }
            for (String target : targets) {
                Path targetDir = dir.resolve(ReportPaths.targetDir(target));
                Files.createDirectories(targetDir);
                for (String file : List.of(ReportPaths.CUCUMBER_HTML, ReportPaths.MESSAGES, ReportPaths.JUNIT_XML,
                        ReportPaths.DETAILS_HTML)) {
                    Files.deleteIfExists(targetDir.resolve(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the report directory " + dir, e);
        }
    }

    /** The Cucumber plugins that write a target's living documentation, messages and JUnit XML. */
    public List<String> cucumberPlugins(String target) {
        Path targetDir = dir.resolve(ReportPaths.targetDir(target));
        return List.of("html:" + targetDir.resolve(ReportPaths.CUCUMBER_HTML),
                "message:" + targetDir.resolve(ReportPaths.MESSAGES),
                "junit:" + targetDir.resolve(ReportPaths.JUNIT_XML));
    }

    /** Records a fact about the run (shown in the matrix and manifest), e.g. {@code finished}. */
    public synchronized void note(String key, Object value) {
        run.put(key, value);
    }

    /** Marks {@code target} as a fault model: the matrix gets a "Fault models" section that judges it. */
    public synchronized void faultModel(String target, FaultModel model) {
        faultModels.put(target, model);
    }

    /** The fault models among {@code outcomes}, each judged against the rules it must be caught by. */
    public synchronized List<FaultModelCheck> faultModelChecks(List<TargetOutcome> outcomes) {
        return outcomes.stream().filter(o -> faultModels.containsKey(o.target()))
                .map(o -> FaultModelCheck.of(o, faultModels.get(o.target()))).toList();
    }

    /** (Re)writes every report from the outcomes so far. */
    public synchronized void write(List<TargetOutcome> outcomes) {
        List<FaultModelCheck> faults = faultModelChecks(outcomes);
        try {
            for (TargetOutcome outcome : outcomes) {
                Path targetDir = dir.resolve(ReportPaths.targetDir(outcome.target()));
                Files.createDirectories(targetDir);
                replace(targetDir.resolve(ReportPaths.DETAILS_HTML), DetailsHtml.render(outcome));
            }
            replace(dir.resolve(ReportPaths.MATRIX_HTML), MatrixHtml.render(selection, outcomes, faults, run));
            replace(dir.resolve(ReportPaths.MATRIX_MARKDOWN), MatrixMarkdown.render(selection, outcomes, faults));
            Path json = dir.resolve(".matrix.json.tmp");
            JsonReports.matrix(json, selection, outcomes, faults, run);
            move(json, dir.resolve(ReportPaths.MATRIX_JSON));
            Path summary = dir.resolve(".summary.json.tmp");
            JsonReports.summary(summary, selection, outcomes);
            move(summary, dir.resolve(ReportPaths.SUMMARY_JSON));
            Path manifest = dir.resolve(".manifest.json.tmp");
            JsonReports.manifest(manifest, selection, outcomes, run);
            move(manifest, dir.resolve(ReportPaths.MANIFEST_JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + dir, e);
        }
    }

    private void replace(Path file, String content) throws IOException {
        Path temp = dir.resolve("." + file.getFileName() + ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        move(temp, file);
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
