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

    /** The link from the matrix to a scenario's detail on a target. */
    public static String detail(String target, SpecScenario scenario) {
        return ofTarget(target, DETAILS_HTML) + "#" + scenario.anchor();
    }
}
