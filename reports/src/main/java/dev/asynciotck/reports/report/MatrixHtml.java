package dev.asynciotck.reports.report;

import dev.asynciotck.spec.Rule;
import dev.asynciotck.spec.Specification;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.reports.gate.Cell;
import dev.asynciotck.reports.gate.DetailDifference;
import dev.asynciotck.reports.gate.FaultModelCheck;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.run.Verdict;
import j2html.tags.DomContent;
import j2html.tags.specialized.TrTag;

import java.util.ArrayList;
import java.util.List;
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
import static j2html.TagCreator.li;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.span;
import static j2html.TagCreator.style;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.tfoot;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.title;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

/**
 * The conformance matrix as an HTML page. Stable hooks for tests and scripts: {@code table#matrix}; one
 * {@code th.target[data-target]} per target; {@code tr#totals} with one {@code td.total[data-target]} per target
 * carrying {@code data-<verdict>} counts and {@code data-conforms}; {@code tr.scenario[data-scenario]}
 * rows whose {@code td.cell[data-target][data-verdict]} cells link to the scenario's detail; and
 * {@code table#summary} with one {@code tr.target-summary[data-target]} per target; {@code div#detail-differences}
 * (see {@link #detailDifferences}); a detail rule's row carries {@code div.detail-reason}.
 */
final class MatrixHtml {

    private MatrixHtml() {
    }

    static String render(Specification selection, List<TargetOutcome> outcomes, List<FaultModelCheck> faults,
                         Map<String, Object> run) {
        Map<String, Map<String, Cell>> cells = JsonReports.cellsByTarget(outcomes);
        return document(html(
                head(meta().withCharset("utf-8"), title("asyncio-tck conformance matrix"), style(rawHtml(Styles.CSS))),
                body(
                        h1("asyncio-tck conformance matrix"),
                        p(text(selection.scenarios().size() + " scenarios from " + selection.source() + "; run "
                                + run.getOrDefault("finished", run.getOrDefault("started", "")) + ". Also as "),
                                a("Markdown").withHref(ReportPaths.MATRIX_MARKDOWN), text(", "),
                                a("JSON").withHref(ReportPaths.MATRIX_JSON), text(", "),
                                a("summary").withHref(ReportPaths.SUMMARY_JSON), text(" and "),
                                a("manifest").withHref(ReportPaths.MANIFEST_JSON), text(". "),
                                a("Dashboard").withHref(ReportPaths.DASHBOARD_HTML), text(" · "),
                                a("Differences").withHref(ReportPaths.DIFFERENCES_HTML), text(".")),
                        summary(outcomes),
                        problems(outcomes),
                        detailDifferences(outcomes),
                        faultModels(faults),
                        h2("Scenarios"),
                        matrix(selection, outcomes, cells))));
    }

    private static DomContent summary(List<TargetOutcome> outcomes) {
        List<Verdict> shown = List.of(Verdict.values());
        return table(
                thead(tr(th("Target"), th("asyncio"), th("Result"), th("Levels"), each(shown, v -> th(v.label())),
                        th("Time"))),
                tbody(each(outcomes, outcome -> tr(
                        td(a(outcome.target()).withHref("#col-" + ReportPaths.targetDir(outcome.target())),
                                div(a("details").withHref(ReportPaths.ofTarget(outcome.target(), ReportPaths.DETAILS_HTML)),
                                        text(" · "), a("living documentation").withHref(
                                                ReportPaths.ofTarget(outcome.target(), ReportPaths.CUCUMBER_HTML)),
                                        text(" · "), a("JUnit XML").withHref(
                                                ReportPaths.ofTarget(outcome.target(), ReportPaths.JUNIT_XML)),
                                        text(" · "), a("messages").withHref(
                                                ReportPaths.ofTarget(outcome.target(), ReportPaths.MESSAGES)))
                                        .withClass("links")),
                        td(outcome.version()),
                        td(outcome.passes() ? span("conforms").withClass("conforms") : span("fails").withClass("fails")),
                        td(each(outcome.levels(), tally -> div(tally.toString()).withData("level", tally.name())
                                .withData("passed", String.valueOf(tally.passed()))
                                .withData("applicable", String.valueOf(tally.applicable()))),
                                outcome.strict() ? div("strict: detail gated") : div("detail not gated"))
                                .withClass("levels"),
                        each(shown, v -> td(String.valueOf(outcome.count(v))).withClass("count-" + v.label())),
                        td(String.format("%.1f s", outcome.elapsed().toMillis() / 1000.0)))
                        .withClass("target-summary").withData("target", outcome.target())))
        ).withId("summary");
    }

    private static DomContent problems(List<TargetOutcome> outcomes) {
        List<DomContent> items = new ArrayList<>();
        for (TargetOutcome outcome : outcomes) {
            outcome.problems().forEach(problem -> items.add(li(text(outcome.target() + ": " + problem))
                    .withData("target", outcome.target())));
            if (!outcome.leakingCells().isEmpty()) {
                items.add(li(span(outcome.target() + ": " + outcome.leakingCells().size()
                        + " scenario(s) left platform threads alive (reported, not gated); see the cells marked ⚠")
                        .withClass("leak")).withData("target", outcome.target()));
            }
        }
        return items.isEmpty() ? text("") : div(h2("Problems"), ul(items.toArray(DomContent[]::new))).withId("problems");
    }

    /**
     * {@code div#detail-differences}: per target the detail scenarios it does not pass, when detail is not gated
     * ({@code tr.detail-difference[data-target][data-rule][data-scenario]}), each with why it is a detail
     * ({@code td.reason}, the rule's {@code Detail:} line) and what the target did instead ({@code td.observed}).
     */
    private static DomContent detailDifferences(List<TargetOutcome> outcomes) {
        List<TrTag> rows = new ArrayList<>();
        for (TargetOutcome outcome : outcomes) {
            for (DetailDifference difference : outcome.explainedDetailDifferences()) {
                SpecScenario scenario = difference.cell().scenario();
                rows.add(tr(td(a(outcome.target()).withHref("#col-" + ReportPaths.targetDir(outcome.target()))),
                        td(span(difference.ruleId()).withClass("rule-id")),
                        td(a(scenario.name()).withHref(ReportPaths.detail(outcome.target(), scenario))),
                        td(difference.reason()).withClass("reason"),
                        td(difference.observed()).withClass("observed"))
                        .withClass("detail-difference").withData("target", outcome.target())
                        .withData("rule", difference.ruleId()).withData("scenario", scenario.key()));
            }
        }
        if (rows.isEmpty()) {
            return text("");
        }
        return div(h2("Detail differences"),
                p("Scenarios of detail rules (CPython's wording, reprs, default names, collector timing) that a target "
                        + "does not pass; not gated without --strict. Why each is a detail comes from its rule; what "
                        + "the target did, from its run."),
                table(thead(tr(th("Target"), th("Rule"), th("Scenario"), th("Why a detail: what is CPython's own"),
                                th("What this target did"))),
                        tbody(rows.toArray(TrTag[]::new))).withId("detail-differences-table"))
                .withId("detail-differences");
    }

    /**
     * {@code div#fault-models}: per fault model ({@code tr.fault-model[data-target][data-caught]}) its deviation,
     * the rules it must be caught by and, for each, the scenarios that caught it, linked to their details.
     */
    private static DomContent faultModels(List<FaultModelCheck> faults) {
        if (faults.isEmpty()) {
            return text("");
        }
        return div(h2("Fault models"),
                p("Each is the reference with one deliberate deviation. Caught: the gate rejects it and every rule it "
                        + "names has a failing scenario."),
                table(thead(tr(th("Fault model"), th("Deviation"), th("Must be caught by: the scenarios that caught it"),
                                th("Result"))),
                        tbody(each(faults, fault -> tr(
                                td(a(fault.target()).withHref("#col-" + ReportPaths.targetDir(fault.target()))),
                                td(fault.deviation()),
                                td(each(fault.rules(), rule -> div(span(rule.ruleId()).withClass("rule-id"),
                                        text(" (" + rule.caughtBy().size() + " of " + rule.scenarios() + "): "),
                                        each(rule.caughtBy(), cell -> span(a(cell.scenario().name())
                                                .withHref(ReportPaths.detail(fault.target(), cell.scenario())),
                                                text("; "))))
                                        .withData("rule", rule.ruleId()))),
                                td(fault.caught() ? span("caught").withClass("conforms")
                                        : span(fault.rejected() ? "escaped: " + String.join(", ", fault.escapedRules())
                                        : "not rejected").withClass("fails")))
                                .withClass("fault-model").withData("target", fault.target())
                                .withData("caught", String.valueOf(fault.caught())))))).withId("fault-models");
    }

    private static DomContent matrix(Specification selection, List<TargetOutcome> outcomes,
                                     Map<String, Map<String, Cell>> cells) {
        int columns = outcomes.size() + 1;
        List<TrTag> rows = new ArrayList<>();
        for (MatrixRows.FeatureRow feature : MatrixRows.of(selection).features()) {
            rows.add(tr(th(feature.feature().name()).attr("colspan", columns))
                    .withClass("feature").withData("feature", feature.feature().uri()));
            for (MatrixRows.RuleRow rule : feature.rules()) {
                rows.add(tr(td(span(rule.id().isEmpty() ? "(no rule)" : rule.id()).withClass("rule-id"),
                        text(" "), span(rule.levelName()).withClass("rule-level"),
                        text(" — " + rule.statement() + " "),
                        rule.docUrl().map(url -> (DomContent) a("asyncio docs").withHref(url)).orElse(text("")),
                        text(" · "), a("outputs side by side").withHref(ReportPaths.rulePage(rule.id())),
                        rule.cpythonTests().isEmpty() ? text("") : span(" · traced to CPython's tests: "
                                + String.join(", ", rule.cpythonTests())).withClass("rule-traced"),
                        rule.registered().map(Rule::detailReason).filter(r -> !r.isEmpty())
                                .map(r -> (DomContent) div("Why a detail: " + r).withClass("detail-reason"))
                                .orElse(text("")))
                        .attr("colspan", columns)).withClass("rule").withData("rule", rule.id())
                        .withData("level", rule.levelName()));
                for (SpecScenario scenario : rule.scenarios()) {
                    rows.add(scenarioRow(scenario, outcomes, cells));
                }
            }
        }
        return table(
                thead(tr(th("Scenario"), each(outcomes, outcome -> th(outcome.target() + " (" + outcome.version() + ")")
                        .withClass("target").withData("target", outcome.target())
                        .withId("col-" + ReportPaths.targetDir(outcome.target()))))),
                tbody(rows.toArray(TrTag[]::new)),
                tfoot(totals(outcomes))
        ).withId("matrix");
    }

    private static TrTag scenarioRow(SpecScenario scenario, List<TargetOutcome> outcomes,
                                     Map<String, Map<String, Cell>> cells) {
        return tr(td(text(scenario.name()), span(" " + scenario.key()).withClass("location")),
                each(outcomes, outcome -> {
                    Cell cell = cells.get(outcome.target()).get(scenario.key());
                    if (cell == null) {
                        return td("").withClass("cell");
                    }
                    String label = cell.verdict().label() + (cell.leakedThreads().isEmpty() ? "" : " ⚠");
                    String title = outcome.gates(cell) || !cell.verdict().isProblem() ? firstLine(cell)
                            : detailTitle(DetailDifference.of(cell));
                    return td(a(label).withHref(ReportPaths.detail(outcome.target(), scenario)).withTitle(title))
                            .withClass("cell verdict-" + cell.verdict().label()
                                    + (outcome.gates(cell) ? "" : " not-gated"))
                            .withData("target", outcome.target()).withData("verdict", cell.verdict().label());
                }))
                .withClass("scenario").withId(scenario.anchor()).withData("scenario", scenario.key());
    }

    private static TrTag totals(List<TargetOutcome> outcomes) {
        return tr(th("Totals"), each(outcomes, outcome -> {
            var cell = td(each(List.of(Verdict.values()), v -> outcome.count(v) == 0 ? text("")
                    : div(outcome.count(v) + " " + v.label())))
                    .withClass("total " + (outcome.passes() ? "conforms" : "fails"))
                    .withData("target", outcome.target()).withData("conforms", String.valueOf(outcome.passes()));
            for (Verdict v : Verdict.values()) {
                cell.withData(v.label(), String.valueOf(outcome.count(v)));
            }
            return cell;
        })).withId("totals");
    }

    private static String detailTitle(DetailDifference difference) {
        return "detail (not gated): " + difference.reason() + "\n" + difference.observed();
    }

    private static String firstLine(Cell cell) {
        String reason = cell.baselineEntry() != null ? "baseline: " + cell.baselineEntry().reason() + "\n" : "";
        return reason + cell.message().lines().findFirst().orElse(cell.verdict().label());
    }
}
