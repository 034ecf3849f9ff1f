package dev.asynciotck.reports.report;

import dev.asynciotck.reports.gate.LevelTally;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.run.Verdict;
import dev.asynciotck.spec.Specification;
import j2html.tags.DomContent;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.div;
import static j2html.TagCreator.document;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.span;
import static j2html.TagCreator.style;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.title;
import static j2html.TagCreator.tr;

/**
 * The dashboard ({@code index.html}): the run's implementations side by side. Hooks: {@code table#levels} with one
 * {@code tr.target-levels[data-target]} per target, whose {@code td.level[data-level][data-passed][data-applicable]}
 * cells give the pass figures per level; {@code div#overall} and {@code div#areas}, holding one
 * {@code svg.chart[data-area]} each ({@link BarChart}); links to the matrix and the differences page.
 */
final class DashboardHtml {

    private DashboardHtml() {
    }

    static String render(Specification selection, List<TargetOutcome> outcomes, Map<String, Object> run) {
        FeatureAreas areas = FeatureAreas.of(selection.scenarios(), outcomes);
        FeatureAreas.Area overall = FeatureAreas.overall("all scenarios", selection.scenarios(), outcomes);
        return document(html(
                head(meta().withCharset("utf-8"), title("asyncio-tck conformance dashboard"),
                        style(rawHtml(Styles.CSS))),
                body(
                        h1("asyncio-tck conformance dashboard"),
                        p(text(outcomes.size() + " implementation(s), " + selection.scenarios().size()
                                        + " scenarios from " + selection.source() + "; run "
                                        + run.getOrDefault("finished", run.getOrDefault("started", "")) + ". "),
                                a("Conformance matrix").withHref(ReportPaths.MATRIX_HTML), text(" (every scenario × target) · "),
                                a("Differences").withHref(ReportPaths.DIFFERENCES_HTML),
                                text(" (every deviation with its reason, by rule)")).withClass("nav"),
                        p("Every expected output is what real CPython prints for that program. A scenario's rule is "
                                + "required, optional (a capability a target may lack) or detail (CPython's own "
                                + "wording, reprs, collector timing). Pass figures count scenarios that passed of those "
                                + "that apply to the target; an expected failure (listed in the target's baseline) "
                                + "does not count as passed."),
                        h2("Pass figures per level"),
                        levels(outcomes),
                        h2("Pass rate, all scenarios"),
                        div(rawHtml(BarChart.render(overall))).withId("overall"),
                        h2("Pass rate per feature area"),
                        p("An area is a folder of features/spec/. Each bar is labelled with its value; a bar short of "
                                + "100% is hatched. The scenarios of an area are listed in the "
                                + "matrix under its features."),
                        div(each(areas.areas(), area -> div(rawHtml(BarChart.render(area))).withClass("area")
                                .withData("area", area.name()))).withId("areas"))));
    }

    private static DomContent levels(List<TargetOutcome> outcomes) {
        return table(
                thead(tr(th("Target"), th("asyncio"), th("Gate"), th("required"), th("optional"), th("detail"),
                        th("baseline (expected-fail)"), th("detail differences"), th("time"), th("Links"))),
                tbody(each(outcomes, outcome -> tr(
                        td(outcome.target()),
                        td(outcome.version()),
                        td(outcome.passes() ? span("conforms").withClass("conforms") : span("fails").withClass("fails"),
                                div(outcome.strict() ? "strict: detail gated" : "detail not gated").withClass("note")),
                        each(outcome.levels(), DashboardHtml::level),
                        td(String.valueOf(outcome.count(Verdict.EXPECTED_FAILURE))).withClass("count"),
                        td(String.valueOf(outcome.detailDifferences().size())).withClass("count"),
                        // The target's wall time in this run (targets run at once share the machine).
                        td(String.format(Locale.ROOT, "%.1f s", outcome.elapsed().toMillis() / 1000.0))
                                .withClass("time").withData("seconds",
                                        String.valueOf(outcome.elapsed().toMillis() / 1000.0)),
                        td(a("matrix column").withHref(ReportPaths.MATRIX_HTML + "#col-"
                                        + ReportPaths.targetDir(outcome.target())), text(" · "),
                                a("details").withHref(ReportPaths.ofTarget(outcome.target(), ReportPaths.DETAILS_HTML)),
                                text(" · "), a("differences").withHref(ReportPaths.DIFFERENCES_HTML + "#target-"
                                        + ReportPaths.targetDir(outcome.target()))).withClass("links"))
                        .withClass("target-levels").withData("target", outcome.target())))).withId("levels");
    }

    private static DomContent level(LevelTally tally) {
        String percent = tally.applicable() == 0 ? "n/a"
                : String.format(Locale.ROOT, "%.1f%%", 100.0 * tally.passed() / tally.applicable());
        return td(span(tally.passed() + "/" + tally.applicable()), span(" " + percent).withClass("note"))
                .withClass("level" + (tally.passed() == tally.applicable() ? " full" : " partial"))
                .withData("level", tally.name()).withData("passed", String.valueOf(tally.passed()))
                .withData("applicable", String.valueOf(tally.applicable()));
    }
}
