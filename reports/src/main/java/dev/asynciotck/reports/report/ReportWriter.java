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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the reports of a run into the report directory:
 *
 * <pre>
 * index.html                                                      (the dashboard)
 * differences.html                                                (every deviation with its reason, by rule)
 * rules/RULE-ID.html                                              (every target's output beside CPython's)
 * matrix.html  matrix.md  matrix.json  summary.json  manifest.json
 * TARGET/cucumber.html  TARGET/messages.ndjson  TARGET/junit.xml   (Cucumber's own plugins)
 * TARGET/details.html                                             (one section per scenario)
 * </pre>
 *
 * Everything is written into the {@link ReportDirectory}'s staging folder first and published whole: a
 * target's folder once the target has finished, the cross-target files after each target. So the directory
 * holds complete reports only, a run that stops midway leaves consistent reports of the targets that finished,
 * and an interrupted run leaves the directory as it was, or the targets that finished with the run marked
 * {@code interrupted} ({@link #interrupt}).
 */
public final class ReportWriter {

    private final ReportDirectory directory;
    private final Specification selection;
    private final Map<String, Object> run;
    private final Map<String, FaultModel> faultModels = new LinkedHashMap<>();
    private final Set<String> publishedTargets = new LinkedHashSet<>();
    private final Map<String, java.util.function.Function<List<TargetOutcome>, String>> extraRunFiles =
            new LinkedHashMap<>();
    private List<TargetOutcome> published = List.of();
    private boolean stopped;
    private boolean closed;

    /** A writer into {@code directory}, which this run holds (see {@link ReportDirectory#open}). */
    public ReportWriter(ReportDirectory directory, Specification selection, Map<String, Object> run) {
        this.directory = directory;
        this.selection = selection;
        this.run = new LinkedHashMap<>(run);
    }

    public Path dir() {
        return directory.dir();
    }

    /** The Cucumber plugins that write a target's living documentation, messages and JUnit XML (staged). */
    public synchronized List<String> cucumberPlugins(String target) {
        if (stopped) {
            throw new IllegalStateException("the run was interrupted: no more reports are written");
        }
        Path targetDir = directory.staged(ReportPaths.targetDir(target));
        try {
            Files.createDirectories(targetDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the report folder " + targetDir, e);
        }
        return List.of("html:" + targetDir.resolve(ReportPaths.CUCUMBER_HTML),
                "message:" + targetDir.resolve(ReportPaths.MESSAGES),
                "junit:" + targetDir.resolve(ReportPaths.JUNIT_XML));
    }

    /** Records a fact about the run (shown in the matrix and manifest), e.g. {@code finished}. */
    public synchronized void note(String key, Object value) {
        run.put(key, value);
    }

    /**
     * Adds a cross-target file, rendered from the outcomes published so far and published with the others
     * (e.g. {@code results.json}, the raw results {@code tck merge} reads).
     */
    public synchronized void alsoWrite(String file, java.util.function.Function<List<TargetOutcome>, String> render) {
        extraRunFiles.put(file, render);
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

    /**
     * Publishes the reports of {@code outcomes} (the targets finished so far): each new target's folder, then
     * every cross-target file. Does nothing once the run was {@linkplain #interrupt interrupted}.
     */
    public synchronized void write(List<TargetOutcome> outcomes) {
        if (stopped) {
            return;
        }
        try {
            for (TargetOutcome outcome : outcomes) {
                String targetDir = ReportPaths.targetDir(outcome.target());
                if (publishedTargets.add(targetDir)) {
                    Path staged = directory.staged(targetDir);
                    Files.createDirectories(staged);
                    Files.writeString(staged.resolve(ReportPaths.DETAILS_HTML), DetailsHtml.render(outcome),
                            StandardCharsets.UTF_8);
                    directory.publish(targetDir);
                }
            }
            writeRunFiles(outcomes);
            published = List.copyOf(outcomes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + dir(), e);
        }
    }

    /**
     * The run was interrupted: no more writes; if targets finished, the cross-target files are written again
     * with {@code interrupted} in the run information, else the directory stays as it was. Returns how many
     * targets' reports the directory holds, or -1 if the run had already {@linkplain #close closed} it (its
     * reports are complete).
     */
    public synchronized int interrupt(String how) {
        if (closed) {
            return -1;
        }
        if (stopped) {
            return published.size();
        }
        stopped = true;
        if (!published.isEmpty()) {
            run.put("interrupted", how);
            try {
                writeRunFiles(published);
            } catch (IOException | RuntimeException e) {
                // The files of the last complete write stay in place.
            }
        }
        return published.size();
    }

    /** Ends the run's hold on the directory: the staging folder goes, the lock is released. */
    public synchronized void close() {
        stopped = true;
        closed = true;
        directory.close();
    }

    /** After {@link #close}: removes a staging folder that a late target thread created again. */
    public void sweepStaging() {
        directory.sweepStaging();
    }

    private void writeRunFiles(List<TargetOutcome> outcomes) throws IOException {
        List<FaultModelCheck> faults = faultModelChecks(outcomes);
        stage(ReportPaths.DASHBOARD_HTML, DashboardHtml.render(selection, outcomes, run));
        stage(ReportPaths.DIFFERENCES_HTML, DifferencesHtml.render(selection, outcomes));
        stageRulePages(outcomes);
        stage(ReportPaths.MATRIX_HTML, MatrixHtml.render(selection, outcomes, faults, run));
        stage(ReportPaths.MATRIX_MARKDOWN, MatrixMarkdown.render(selection, outcomes, faults));
        JsonReports.matrix(directory.staged(ReportPaths.MATRIX_JSON), selection, outcomes, faults, run);
        JsonReports.summary(directory.staged(ReportPaths.SUMMARY_JSON), selection, outcomes);
        JsonReports.manifest(directory.staged(ReportPaths.MANIFEST_JSON), selection, outcomes, run);
        for (var extra : extraRunFiles.entrySet()) {
            stage(extra.getKey(), extra.getValue().apply(outcomes));
        }
        for (String file : List.of(ReportPaths.MATRIX_HTML, ReportPaths.MATRIX_MARKDOWN, ReportPaths.MATRIX_JSON,
                ReportPaths.SUMMARY_JSON, ReportPaths.MANIFEST_JSON, ReportPaths.DIFFERENCES_HTML,
                ReportPaths.RULES_DIR, ReportPaths.DASHBOARD_HTML)) {
            directory.publish(file);
        }
        for (String extra : extraRunFiles.keySet()) {
            directory.publish(extra);
        }
    }

    /** One page per rule ID (a rule whose scenarios span several features gets one page with all of them). */
    private void stageRulePages(List<TargetOutcome> outcomes) throws IOException {
        Map<String, MatrixRows.RuleRow> rules = new LinkedHashMap<>();
        for (MatrixRows.FeatureRow feature : MatrixRows.of(selection).features()) {
            for (MatrixRows.RuleRow rule : feature.rules()) {
                rules.merge(rule.id(), rule, (first, more) -> new MatrixRows.RuleRow(first.id(), first.registered(),
                        first.block(), java.util.stream.Stream.concat(first.scenarios().stream(),
                        more.scenarios().stream()).toList(), first.cpythonTests()));
            }
        }
        Files.createDirectories(directory.staged(ReportPaths.RULES_DIR));
        var cells = JsonReports.cellsByTarget(outcomes);
        for (MatrixRows.RuleRow rule : rules.values()) {
            stage(ReportPaths.rulePage(rule.id()), RulePageHtml.render(rule, outcomes, cells));
        }
    }

    private void stage(String file, String content) throws IOException {
        Files.writeString(directory.staged(file), content, StandardCharsets.UTF_8);
    }
}
