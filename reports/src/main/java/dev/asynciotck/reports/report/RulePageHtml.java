package dev.asynciotck.reports.report;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.reports.gate.Cell;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.spec.SpecScenario;
import j2html.tags.DomContent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.details;
import static j2html.TagCreator.document;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.pre;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.section;
import static j2html.TagCreator.span;
import static j2html.TagCreator.style;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.title;
import static j2html.TagCreator.tr;

/**
 * A rule's page ({@code rules/RULE-ID.html}): each scenario of the rule with every target's output beside CPython's
 * (the expectation), the lines that differ marked. A target that printed exactly CPython's output gets one line
 * saying so rather than a copy, which keeps the report directory small. Hooks: {@code section.scenario[data-scenario]}
 * (id: the scenario's anchor) holding {@code table.side-by-side}, with {@code th.expected} and one
 * {@code th.target[data-target][data-verdict]} per target; per target a {@code td.output[data-target][data-same]} whose
 * lines are {@code span.line.same}, {@code span.line.differs} or {@code span.line.missing}, marked in the text too
 * ({@code ≠} a line CPython does not print there, {@code −} a line of CPython's the target did not print).
 */
final class RulePageHtml {

    /** Lines of an output shown at most; the target's details page has all of it. */
    static final int MAX_LINES = 200;

    private RulePageHtml() {
    }

    static String render(MatrixRows.RuleRow rule, List<TargetOutcome> outcomes, Map<String, Map<String, Cell>> cells) {
        String id = rule.id().isEmpty() ? "(no rule)" : rule.id();
        return document(html(
                head(meta().withCharset("utf-8"), title(id + " — asyncio-tck"), style(rawHtml(Styles.CSS))),
                body(
                        h1(span(id).withClass("rule-id"), text(" "), span(rule.levelName()).withClass("rule-level")),
                        p(text(rule.statement() + " "),
                                rule.docUrl().map(url -> (DomContent) a("asyncio docs").withHref(url).withClass("doc"))
                                        .orElse(text(""))),
                        rule.registered().map(r -> r.detailReason()).filter(r -> !r.isEmpty())
                                .map(r -> (DomContent) p("Why a detail: " + r).withClass("detail-reason"))
                                .orElse(text("")),
                        p(a("Dashboard").withHref("../" + ReportPaths.DASHBOARD_HTML), text(" · "),
                                a("matrix").withHref("../" + ReportPaths.MATRIX_HTML + "#"
                                        + rule.scenarios().getFirst().anchor()), text(" · "),
                                a("differences").withHref("../" + ReportPaths.DIFFERENCES_HTML)).withClass("nav"),
                        p("CPython's output is the expectation. A target's column shows its own output with every line "
                                + "that differs marked ≠, and every line of CPython's it did not print marked −; "
                                + "\"same as CPython\" when it printed exactly that.").withClass("note"),
                        each(rule.scenarios(), scenario -> scenarioSection(scenario, outcomes, cells)))));
    }

    private static DomContent scenarioSection(SpecScenario scenario, List<TargetOutcome> outcomes,
                                              Map<String, Map<String, Cell>> cells) {
        String expected = scenario.expectedOutput();
        List<DomContent> heads = new ArrayList<>(List.of(th("CPython (expected)").withClass("expected")));
        List<DomContent> outputs = new ArrayList<>(List.of(td(pre(expected == null ? "(not stated)"
                : expected.isEmpty() ? "(nothing)" : expected)).withClass("expected")));
        List<DomContent> endings = new ArrayList<>(List.of(td(scenario.describeExpectedOutcome()).withClass("expected")));
        for (TargetOutcome outcome : outcomes) {
            Cell cell = cells.get(outcome.target()).get(scenario.key());
            String verdict = cell == null ? "not-run" : cell.verdict().label();
            heads.add(th(a(outcome.target()).withHref("../" + ReportPaths.detail(outcome.target(), scenario)),
                    span(" " + verdict).withClass("verdict-" + verdict))
                    .withClass("target").withData("target", outcome.target()).withData("verdict", verdict));
            RunResult result = cell == null || cell.evidence() == null ? null : cell.evidence().result();
            if (result == null) {
                boolean ran = cell != null && cell.verdict() != dev.asynciotck.reports.run.Verdict.NOT_APPLICABLE
                        && cell.verdict() != dev.asynciotck.reports.run.Verdict.MISSING
                        && cell.verdict() != dev.asynciotck.reports.run.Verdict.NOT_RUN;
                outputs.add(td((ran ? "(no output recorded: " : "(did not run: ") + verdict + ")").withClass("output none")
                        .withData("target", outcome.target()).withData("same", "false"));
                endings.add(td("-").withClass("outcome").withData("target", outcome.target()));
                continue;
            }
            boolean same = expected != null && expected.equals(result.stdout());
            outputs.add((same ? td("= same as CPython").withClass("output same-output")
                    : td(marked(expected, result.stdout())).withClass("output"))
                    .withData("target", outcome.target()).withData("same", String.valueOf(same)));
            boolean sameEnding = sameOutcome(scenario, result);
            endings.add(td((sameEnding ? "" : "≠ ") + result.describeOutcome())
                    .withClass("outcome" + (sameEnding ? "" : " differs")).withData("target", outcome.target()));
        }
        return section(
                h2(text(scenario.name() + " "), span(scenario.key()).withClass("location")),
                details(summary("Program"), pre(scenario.program() == null ? "(none)" : scenario.program())),
                table(thead(tr(th("").withClass("what"), each(heads, h -> h))),
                        tbody(tr(th("output").withClass("what"), each(outputs, o -> o)),
                                tr(th("outcome").withClass("what"), each(endings, e -> e))))
                        .withClass("side-by-side"))
                .withClass("scenario").withId(scenario.anchor()).withData("scenario", scenario.key());
    }

    private static DomContent marked(String expected, String actual) {
        List<MarkedLines.Line> lines = MarkedLines.of(expected, actual);
        List<DomContent> spans = new ArrayList<>();
        for (MarkedLines.Line line : lines.subList(0, Math.min(lines.size(), MAX_LINES))) {
            String mark = switch (line.mark()) {
                case SAME -> "  ";
                case DIFFERS -> "≠ ";
                case MISSING -> "− ";
            };
            spans.add(span(mark + line.text()).withClass("line " + line.mark().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (lines.size() > MAX_LINES) {
            spans.add(span("… " + (lines.size() - MAX_LINES) + " more lines: see the run details").withClass("line cut"));
        }
        if (lines.isEmpty()) {
            spans.add(span("(nothing)").withClass("line same"));
        }
        return pre(spans.toArray(DomContent[]::new)).withClass("marked");
    }

    /** True when the run ended as the scenario expects: completed normally, or raised the named exception. */
    private static boolean sameOutcome(SpecScenario scenario, RunResult result) {
        String expected = scenario.describeExpectedOutcome();
        return expected.equals("-") || expected.replaceFirst("^completes", "completed").replaceFirst("^raises", "raised")
                .equals(result.describeOutcome());
    }
}
