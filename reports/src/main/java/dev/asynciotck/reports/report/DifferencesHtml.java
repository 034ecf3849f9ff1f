package dev.asynciotck.reports.report;

import dev.asynciotck.reports.gate.Cell;
import dev.asynciotck.reports.gate.DetailDifference;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.run.Verdict;
import dev.asynciotck.spec.Specification;
import dev.asynciotck.spec.SpecScenario;
import j2html.tags.DomContent;
import j2html.tags.specialized.TrTag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.div;
import static j2html.TagCreator.document;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.section;
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
 * The differences page ({@code differences.html}): every scenario a target does not pass (a baseline's expected
 * failure, a detail difference, a gate failure, an unexpected pass), grouped by rule in specification order, each
 * with its reason (the baseline's, or the rule's {@code Detail:} line) and what the target did. Hooks:
 * {@code div#by-target > div.target-index[data-target]} (id {@code target-<TARGET dir>}) listing the rules a target
 * deviates in; {@code section.rule[data-rule]} (id {@code rule-<rule ID>}) per rule with any deviation, whose
 * {@code tr.difference[data-target][data-scenario][data-kind]} rows hold {@code td.reason} and {@code td.observed}.
 */
final class DifferencesHtml {

    /** What kind of deviation a row is. */
    enum Kind {
        BASELINE("baseline"), DETAIL("detail"), GATE_FAILURE("gate failure"), UNEXPECTED_PASS("unexpected pass");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One deviation: a cell that did not pass on a target, and why. */
    record Deviation(String target, Cell cell, Kind kind, String reason, String observed) {
    }

    private DifferencesHtml() {
    }

    /** The deviations of every target, in run order then specification order. */
    static List<Deviation> deviations(List<TargetOutcome> outcomes) {
        List<Deviation> deviations = new ArrayList<>();
        for (TargetOutcome outcome : outcomes) {
            for (Cell cell : outcome.cells()) {
                Verdict verdict = cell.verdict();
                if (verdict == Verdict.PASSED || verdict == Verdict.NOT_APPLICABLE || verdict == Verdict.MISSING) {
                    continue;
                }
                String baseline = cell.baselineEntry() == null ? "" : cell.baselineEntry().reason();
                Deviation deviation;
                if (verdict == Verdict.EXPECTED_FAILURE) {
                    deviation = new Deviation(outcome.target(), cell, Kind.BASELINE, baseline,
                            DetailDifference.of(cell).observed());
                } else if (verdict == Verdict.UNEXPECTED_PASS) {
                    deviation = new Deviation(outcome.target(), cell, Kind.UNEXPECTED_PASS,
                            "the baseline lists it (" + baseline + "), but it passes: the baseline is out of date",
                            "prints and ends as CPython does");
                } else if (!outcome.gates(cell)) {
                    DetailDifference difference = DetailDifference.of(cell);
                    deviation = new Deviation(outcome.target(), cell, Kind.DETAIL, difference.reason(),
                            difference.observed());
                } else {
                    deviation = new Deviation(outcome.target(), cell, Kind.GATE_FAILURE,
                            "not in the target's baseline: fails the gate (" + verdict.label() + ")",
                            DetailDifference.of(cell).observed());
                }
                deviations.add(deviation);
            }
        }
        return deviations;
    }

    static String render(Specification selection, List<TargetOutcome> outcomes) {
        List<Deviation> deviations = deviations(outcomes);
        Map<String, List<Deviation>> byRule = new LinkedHashMap<>();
        deviations.forEach(d -> byRule.computeIfAbsent(d.cell().scenario().ruleId(), id -> new ArrayList<>()).add(d));
        List<DomContent> sections = new ArrayList<>();
        for (MatrixRows.FeatureRow feature : MatrixRows.of(selection).features()) {
            for (MatrixRows.RuleRow rule : feature.rules()) {
                List<Deviation> ofRule = byRule.remove(rule.id());
                if (ofRule != null) {
                    sections.add(ruleSection(rule, ofRule));
                }
            }
        }
        return document(html(
                head(meta().withCharset("utf-8"), title("asyncio-tck differences"), style(rawHtml(Styles.CSS))),
                body(
                        h1("What each implementation does differently"),
                        p(a("Dashboard").withHref(ReportPaths.DASHBOARD_HTML), text(" · "),
                                a("Conformance matrix").withHref(ReportPaths.MATRIX_HTML)).withClass("nav"),
                        p("Every scenario a target does not pass, grouped by rule: a baseline entry (a known "
                                + "deviation, with the reason its baseline gives), a detail difference (CPython's own "
                                + "wording or timing, with the rule's reason; not gated without --strict), a gate "
                                + "failure (not in the baseline) or an unexpected pass (the baseline is out of date). "
                                + "Each scenario links to its rule's page, where every target's output stands beside "
                                + "CPython's."),
                        h2("By target"),
                        byTarget(outcomes, deviations),
                        h2("By rule"),
                        sections.isEmpty() ? p("No target deviates from CPython in the scenarios run.").withId("none")
                                : div(sections.toArray(DomContent[]::new)).withId("by-rule"))));
    }

    private static DomContent byTarget(List<TargetOutcome> outcomes, List<Deviation> deviations) {
        return div(each(outcomes, outcome -> {
            Map<String, Integer> rules = new LinkedHashMap<>();
            Set<Kind> kinds = new LinkedHashSet<>();
            deviations.stream().filter(d -> d.target().equals(outcome.target())).forEach(d -> {
                rules.merge(d.cell().scenario().ruleId(), 1, Integer::sum);
                kinds.add(d.kind());
            });
            DomContent list = rules.isEmpty() ? span(outcome.harnessError() != null
                    ? " did not run: " + outcome.harnessError() : " no deviations")
                    : span(text(" deviates in " + rules.size() + " rule(s): "), each(List.copyOf(rules.entrySet()),
                    e -> span(a(e.getKey().isEmpty() ? "(no rule)" : e.getKey()).withHref("#" + ruleAnchor(e.getKey()))
                            .withClass("rule-id"), text(e.getValue() > 1 ? " ×" + e.getValue() + "; " : "; "))));
            return div(span(outcome.target() + " (asyncio " + outcome.version() + ")").withClass("target-name"), list)
                    .withClass("target-index").withId("target-" + ReportPaths.targetDir(outcome.target()))
                    .withData("target", outcome.target());
        })).withId("by-target");
    }

    private static DomContent ruleSection(MatrixRows.RuleRow rule, List<Deviation> deviations) {
        List<TrTag> rows = new ArrayList<>();
        for (Deviation d : deviations) {
            SpecScenario scenario = d.cell().scenario();
            rows.add(tr(td(d.target()).withClass("target"),
                    td(a(scenario.name()).withHref(ReportPaths.scenarioPage(scenario)), text(" "),
                            a("(run details)").withHref(ReportPaths.detail(d.target(), scenario)).withClass("note")),
                    td(span(d.cell().verdict().label()).withClass("verdict-" + d.cell().verdict().label())),
                    td(d.kind().label).withClass("kind"),
                    td(d.reason()).withClass("reason"),
                    td(d.observed()).withClass("observed"))
                    .withClass("difference kind-" + d.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .withData("target", d.target()).withData("scenario", scenario.key())
                    .withData("kind", d.kind().label));
        }
        return section(
                h3(span(rule.id().isEmpty() ? "(no rule)" : rule.id()).withClass("rule-id"), text(" "),
                        span(rule.levelName()).withClass("rule-level")),
                p(text(rule.statement() + " "),
                        rule.docUrl().map(url -> (DomContent) a("asyncio docs").withHref(url).withClass("doc"))
                                .orElse(text("")),
                        text(" · "), a("every target's output beside CPython's").withHref(ReportPaths.rulePage(rule.id()))),
                table(thead(tr(th("Target"), th("Scenario"), th("Verdict"), th("Kind"), th("Reason"),
                        th("What it did"))), tbody(rows.toArray(TrTag[]::new))))
                .withClass("rule").withId(ruleAnchor(rule.id())).withData("rule", rule.id());
    }

    private static String ruleAnchor(String ruleId) {
        return "rule-" + (ruleId.isEmpty() ? "none" : ruleId.replaceAll("[^A-Za-z0-9.-]", "-"));
    }
}
