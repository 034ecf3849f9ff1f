package dev.asynciotck.reports.report;

import dev.asynciotck.spec.SpecScenario;

/** Where each report goes inside the report directory, relative to it. */
public final class ReportPaths {

    public static final String MATRIX_HTML = "matrix.html";
    public static final String MATRIX_MARKDOWN = "matrix.md";
    public static final String MATRIX_JSON = "matrix.json";
    public static final String SUMMARY_JSON = "summary.json";
    public static final String MANIFEST_JSON = "manifest.json";
    /** The run's raw results, what {@code tck merge} rebuilds the reports from (written through {@link ReportWriter#alsoWrite}). */
    public static final String RESULTS_JSON = "results.json";
    public static final String CUCUMBER_HTML = "cucumber.html";
    public static final String MESSAGES = "messages.ndjson";
    public static final String JUNIT_XML = "junit.xml";
    public static final String DETAILS_HTML = "details.html";
    /** The dashboard: per target and level the pass figures, per feature area a chart of pass rates. */
    public static final String DASHBOARD_HTML = "index.html";
    /** Every target's deviations with their reasons, grouped by rule. */
    public static final String DIFFERENCES_HTML = "differences.html";
    /** The folder of the rule pages: each scenario of a rule with every target's output beside CPython's. */
    public static final String RULES_DIR = "rules";

    private ReportPaths() {
    }

    /** A target's folder: its name with every character outside {@code [A-Za-z0-9._+-]} made {@code _}. */
    public static String targetDir(String target) {
        return target.replaceAll("[^A-Za-z0-9._+-]", "_");
    }

    /** A file of a target's folder, relative to the report directory. */
    public static String ofTarget(String target, String file) {
        return targetDir(target) + "/" + file;
    }

    /**
     * A rule's page, relative to the report directory: {@code rules/RULE-ID.html} (a rule ID is lower-case letters,
     * digits, dots and hyphens; anything else is made {@code _}); scenarios without a rule share
     * {@code rules/_no-rule.html}.
     */
    public static String rulePage(String ruleId) {
        String name = ruleId.isEmpty() ? "_no-rule" : ruleId.replaceAll("[^A-Za-z0-9.-]", "_");
        return RULES_DIR + "/" + name + ".html";
    }

    /** The link to a scenario on its rule's page, relative to the report directory. */
    public static String scenarioPage(SpecScenario scenario) {
        return rulePage(scenario.ruleId()) + "#" + scenario.anchor();
    }

    /** The link from the matrix to a scenario's detail on a target. */
    public static String detail(String target, SpecScenario scenario) {
        return ofTarget(target, DETAILS_HTML) + "#" + scenario.anchor();
    }
}
