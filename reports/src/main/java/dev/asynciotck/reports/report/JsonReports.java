package dev.asynciotck.reports.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.asynciotck.spec.CapabilityTags;
import dev.asynciotck.spec.Rule;
import dev.asynciotck.spec.Specification;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.reports.gate.Cell;
import dev.asynciotck.reports.gate.DetailDifference;
import dev.asynciotck.reports.gate.FaultModelCheck;
import dev.asynciotck.reports.gate.LevelTally;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.run.Verdict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code summary.json}, {@code matrix.json} and {@code manifest.json}. */
final class JsonReports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReports() {
    }

    /**
     * {@code {"targets":[{"name","version","passed","failed","expectedFailures","unexpectedPasses",
     * "notApplicable","timeouts","errors","durationSeconds","conforms","strict","levels":{"required":{"passed",
     * "applicable"},"optional":{...},"detail":{...}},"detailDifferences":[{"rule","scenario","key","reason",
     * "observed","detail"}]}],"scenarios":N}}. Failed counts flaky scenarios; errors counts unsupported constructs,
     * missing targets and scenarios that did not run. {@code detailDifferences} lists the detail scenarios the
     * target does not pass when detail is not gated, each with why it is a detail (the rule's {@code Detail:}
     * line) and what the target did instead.
     */
    static void summary(Path file, Specification selection, List<TargetOutcome> outcomes) throws IOException {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (TargetOutcome outcome : outcomes) {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("name", outcome.target());
            target.put("version", outcome.version());
            target.put("passed", outcome.count(Verdict.PASSED));
            target.put("failed", outcome.count(Verdict.FAILED) + outcome.count(Verdict.FLAKY));
            target.put("expectedFailures", outcome.count(Verdict.EXPECTED_FAILURE));
            target.put("unexpectedPasses", outcome.count(Verdict.UNEXPECTED_PASS));
            target.put("notApplicable", outcome.count(Verdict.NOT_APPLICABLE));
            target.put("timeouts", outcome.count(Verdict.TIMEOUT));
            target.put("errors", outcome.count(Verdict.ERROR) + outcome.count(Verdict.UNSUPPORTED)
                    + outcome.count(Verdict.MISSING) + outcome.count(Verdict.NOT_RUN));
            target.put("durationSeconds", outcome.elapsed().toMillis() / 1000.0);
            target.put("conforms", outcome.passes());
            target.put("strict", outcome.strict());
            target.put("levels", levels(outcome));
            target.put("detailDifferences", outcome.explainedDetailDifferences().stream()
                    .map(d -> detailDifference(outcome.target(), d)).toList());
            targets.add(target);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("targets", targets);
        summary.put("scenarios", selection.scenarios().size());
        JSON.writeValue(file.toFile(), summary);
    }

    /** The matrix: targets with totals, then features, rules and scenarios with one cell per target. */
    static void matrix(Path file, Specification selection, List<TargetOutcome> outcomes, List<FaultModelCheck> faults,
                       Map<String, Object> run) throws IOException {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (TargetOutcome outcome : outcomes) {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("name", outcome.target());
            target.put("version", outcome.version());
            target.put("conforms", outcome.passes());
            target.put("strict", outcome.strict());
            target.put("levels", levels(outcome));
            target.put("detailDifferences", outcome.detailDifferences().size());
            Map<String, Long> totals = new LinkedHashMap<>();
            outcome.totals().forEach((verdict, n) -> totals.put(verdict.label(), n));
            target.put("totals", totals);
            target.put("problems", outcome.problems());
            target.put("leakedThreadWarnings", outcome.leakingCells().size());
            target.put("reports", Map.of("cucumberHtml", ReportPaths.ofTarget(outcome.target(), ReportPaths.CUCUMBER_HTML),
                    "details", ReportPaths.ofTarget(outcome.target(), ReportPaths.DETAILS_HTML),
                    "junitXml", ReportPaths.ofTarget(outcome.target(), ReportPaths.JUNIT_XML),
                    "messages", ReportPaths.ofTarget(outcome.target(), ReportPaths.MESSAGES)));
            targets.add(target);
        }
        Map<String, Map<String, Cell>> cells = cellsByTarget(outcomes);
        List<Map<String, Object>> features = new ArrayList<>();
        for (MatrixRows.FeatureRow row : MatrixRows.of(selection).features()) {
            List<Map<String, Object>> rules = new ArrayList<>();
            for (MatrixRows.RuleRow rule : row.rules()) {
                List<Map<String, Object>> scenarios = new ArrayList<>();
                for (SpecScenario scenario : rule.scenarios()) {
                    scenarios.add(scenario(scenario, outcomes, cells));
                }
                Map<String, Object> ruleJson = new LinkedHashMap<>();
                ruleJson.put("id", rule.id());
                ruleJson.put("level", rule.level().map(l -> l.tag().substring(1)).orElse(null));
                ruleJson.put("statement", rule.statement());
                ruleJson.put("docUrl", rule.docUrl().orElse(null));
                rule.registered().map(Rule::detailReason).filter(r -> !r.isEmpty())
                        .ifPresent(reason -> ruleJson.put("detailReason", reason));
                ruleJson.put("scenarios", scenarios);
                rules.add(ruleJson);
            }
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("name", row.feature().name());
            feature.put("uri", row.feature().uri());
            feature.put("rules", rules);
            features.add(feature);
        }
        Map<String, Object> matrix = new LinkedHashMap<>();
        matrix.put("run", run);
        matrix.put("targets", targets);
        matrix.put("features", features);
        if (!faults.isEmpty()) {
            matrix.put("faultModels", faults.stream().map(JsonReports::faultModel).toList());
        }
        JSON.writeValue(file.toFile(), matrix);
    }

    /** One detail difference: rule, scenario, why it is a detail, what the target did, the link to its detail. */
    private static Map<String, Object> detailDifference(String target, DetailDifference difference) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", difference.ruleId());
        json.put("scenario", difference.cell().scenario().name());
        json.put("key", difference.cell().scenario().key());
        json.put("reason", difference.reason());
        json.put("observed", difference.observed());
        json.put("detail", ReportPaths.detail(target, difference.cell().scenario()));
        return json;
    }

    /** {@code {"required":{"passed":P,"applicable":A},"optional":{...},"detail":{...}}}. */
    private static Map<String, Object> levels(TargetOutcome outcome) {
        Map<String, Object> levels = new LinkedHashMap<>();
        for (LevelTally tally : outcome.levels()) {
            levels.put(tally.name(), Map.of("passed", tally.passed(), "applicable", tally.applicable()));
        }
        return levels;
    }

    /** A fault model: its deviation, whether it was caught, and per named rule the scenarios that caught it. */
    private static Map<String, Object> faultModel(FaultModelCheck fault) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (FaultModelCheck.RuleCheck rule : fault.rules()) {
            Map<String, Object> ruleJson = new LinkedHashMap<>();
            ruleJson.put("id", rule.ruleId());
            ruleJson.put("scenarios", rule.scenarios());
            ruleJson.put("caught", rule.caught());
            ruleJson.put("caughtBy", rule.caughtBy().stream().map(cell -> Map.of("key", cell.scenario().key(),
                    "name", cell.scenario().name(), "verdict", cell.verdict().label(),
                    "detail", ReportPaths.detail(fault.target(), cell.scenario()))).toList());
            rules.add(ruleJson);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", fault.target());
        json.put("deviation", fault.deviation());
        json.put("rejected", fault.rejected());
        json.put("caught", fault.caught());
        json.put("failingScenarios", fault.failingScenarios());
        json.put("mustBeCaughtBy", rules);
        return json;
    }

    private static Map<String, Object> scenario(SpecScenario scenario, List<TargetOutcome> outcomes,
                                                Map<String, Map<String, Cell>> cells) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", scenario.key());
        json.put("name", scenario.name());
        json.put("baselineName", scenario.baselineName());
        Map<String, Object> byTarget = new LinkedHashMap<>();
        for (TargetOutcome outcome : outcomes) {
            Cell cell = cells.get(outcome.target()).get(scenario.key());
            if (cell == null) {
                continue;
            }
            Map<String, Object> cellJson = new LinkedHashMap<>();
            cellJson.put("verdict", cell.verdict().label());
            cellJson.put("raw", cell.raw().label());
            cellJson.put("detail", ReportPaths.detail(outcome.target(), scenario));
            if (!cell.message().isEmpty()) {
                cellJson.put("message", cell.message());
            }
            if (cell.verdict() == Verdict.NOT_APPLICABLE) {
                CapabilityTags.lacking(cell.message()).ifPresent(lacking -> cellJson.put("missingCapability", lacking));
            }
            if (cell.baselineEntry() != null) {
                cellJson.put("baselineReason", cell.baselineEntry().reason());
            }
            if (cell.verdict().isProblem() && !outcome.gates(cell)) {
                DetailDifference difference = DetailDifference.of(cell);
                cellJson.put("detailReason", difference.reason());
                cellJson.put("observed", difference.observed());
            }
            if (!cell.leakedThreads().isEmpty()) {
                cellJson.put("leakedThreads", cell.leakedThreads());
            }
            byTarget.put(outcome.target(), cellJson);
        }
        json.put("cells", byTarget);
        return json;
    }

    /** Which scenarios each target ran, which did not apply, which did not run, and its run-level problems. */
    static void manifest(Path file, Specification selection, List<TargetOutcome> outcomes, Map<String, Object> run)
            throws IOException {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (TargetOutcome outcome : outcomes) {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("name", outcome.target());
            target.put("version", outcome.version());
            target.put("selected", outcome.cells().size());
            target.put("ran", keys(outcome, List.of(Verdict.NOT_APPLICABLE, Verdict.NOT_RUN, Verdict.MISSING), false));
            target.put("notApplicable", keys(outcome, List.of(Verdict.NOT_APPLICABLE), true));
            target.put("notRun", keys(outcome, List.of(Verdict.NOT_RUN, Verdict.MISSING), true));
            target.put("harnessError", outcome.harnessError());
            target.put("problems", outcome.problems());
            target.put("leakedThreadWarnings", outcome.leakingCells().size());
            targets.add(target);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("run", run);
        manifest.put("specification", selection.source());
        manifest.put("targets", targets);
        JSON.writeValue(file.toFile(), manifest);
    }

    private static List<String> keys(TargetOutcome outcome, List<Verdict> verdicts, boolean included) {
        return outcome.cells().stream().filter(c -> verdicts.contains(c.verdict()) == included)
                .map(c -> c.scenario().key()).toList();
    }

    static Map<String, Map<String, Cell>> cellsByTarget(List<TargetOutcome> outcomes) {
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        for (TargetOutcome outcome : outcomes) {
            Map<String, Cell> byKey = new LinkedHashMap<>();
            outcome.cells().forEach(c -> byKey.put(c.scenario().key(), c));
            cells.put(outcome.target(), byKey);
        }
        return cells;
    }
}
