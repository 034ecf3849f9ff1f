package dev.asynciotck.reports.report;

import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.reports.gate.Cell;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.run.Verdict;
import dev.asynciotck.steps.glue.OutputDiff;
import dev.asynciotck.harness.RunResult;
import j2html.tags.DomContent;

import java.util.ArrayList;
import java.util.List;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.dd;
import static j2html.TagCreator.dl;
import static j2html.TagCreator.document;
import static j2html.TagCreator.dt;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.h4;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.pre;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.section;
import static j2html.TagCreator.span;
import static j2html.TagCreator.style;
import static j2html.TagCreator.text;
import static j2html.TagCreator.title;

/**
 * A target's detail page: one {@code section.scenario} per scenario, with the id the matrix links to. Problem
 * cells come first, then the rest; each shows the program, the expected outcome and output, and for a run that
 * did not pass the actual output as a diff against the expected one, the actual outcome, the failure message,
 * standard error and, on a Java target, the trace of the run's last SPI calls and loop events.
 */
final class DetailsHtml {

    private DetailsHtml() {
    }

    static String render(TargetOutcome outcome) {
        List<Cell> ordered = new ArrayList<>(outcome.cells().stream().filter(c -> c.verdict() != Verdict.PASSED
                && c.verdict() != Verdict.NOT_APPLICABLE).toList());
        outcome.cells().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return document(html(
                head(meta().withCharset("utf-8"), title(outcome.target() + " — asyncio-tck details"),
                        style(rawHtml(Styles.CSS))),
                body(h1(outcome.target() + " (asyncio " + outcome.version() + ")"),
                        p(text(outcome.summaryLine() + " "), a("back to the matrix").withHref("../" + ReportPaths.MATRIX_HTML)),
                        each(outcome.problems(), problem -> p(problem).withClass("fails")),
                        each(ordered, DetailsHtml::scenarioSection))));
    }

    private static DomContent scenarioSection(Cell cell) {
        SpecScenario scenario = cell.scenario();
        List<DomContent> parts = new ArrayList<>();
        parts.add(h3(span(cell.verdict().label()).withClass("verdict-" + cell.verdict().label()),
                text(" " + scenario.name())));
        List<DomContent> facts = new ArrayList<>(List.of(dt("where"), dd(scenario.key()),
                dt("rule"), dd(scenario.ruleId().isEmpty() ? "(none)" : scenario.ruleId()),
                dt("baseline name"), dd(scenario.baselineName())));
        if (cell.raw() != cell.verdict()) {
            facts.addAll(List.of(dt("as run"), dd(cell.raw().label())));
        }
        if (cell.history().size() > 1) {
            facts.addAll(List.of(dt("runs"), dd(String.join(", ", cell.history().stream().map(Verdict::label).toList()))));
        }
        if (cell.baselineEntry() != null) {
            facts.addAll(List.of(dt("baseline"), dd(cell.baselineEntry().reason() + " (" + cell.baselineEntry().origin() + ")")));
        }
        if (!cell.leakedThreads().isEmpty()) {
            facts.addAll(List.of(dt("threads left alive"), dd(String.join(", ", cell.leakedThreads())).withClass("leak")));
        }
        RunResult result = cell.evidence() == null ? null : cell.evidence().result();
        facts.addAll(List.of(dt("expected outcome"), dd(scenario.describeExpectedOutcome())));
        if (result != null) {
            facts.addAll(List.of(dt("actual outcome"), dd(result.describeOutcome()),
                    dt("time"), dd(String.format("%.3f s", result.elapsed().toMillis() / 1000.0))));
        }
        parts.add(dl(facts.toArray(DomContent[]::new)));
        if (!cell.message().isEmpty() && cell.verdict() != Verdict.PASSED) {
            parts.add(h4("Message"));
            parts.add(pre(withoutTrace(cell.message())));
        }
        parts.add(h4("Program"));
        parts.add(pre(scenario.program() == null ? "(none)" : scenario.program()));
        String expected = scenario.expectedOutput();
        if (result != null && expected != null && !expected.equals(result.stdout())) {
            parts.add(h4("Output: - expected, + actual"));
            parts.add(diff(expected, result.stdout()));
        } else if (expected != null) {
            parts.add(h4(result == null ? "Expected output" : "Output (as expected)"));
            parts.add(pre(expected.isEmpty() ? "(empty)" : expected));
        }
        if (result != null && !result.stderr().isBlank() && cell.verdict() != Verdict.PASSED) {
            parts.add(h4("Standard error"));
            parts.add(pre(result.stderr()));
        }
        if (result != null && !result.trace().isEmpty() && cell.verdict() != Verdict.PASSED) {
            parts.add(h4("Trace: the last SPI calls and loop events, oldest first"));
            parts.add(pre(String.join("\n", result.trace())).withClass("trace"));
        }
        return section(parts.toArray(DomContent[]::new)).withClass("scenario").withId(scenario.anchor())
                .withData("verdict", cell.verdict().label()).withData("scenario", scenario.key());
    }

    /** The failure message without the trace it ends with: the page shows the trace in its own section. */
    private static String withoutTrace(String message) {
        int trace = message.indexOf("\n\n" + RunResult.TRACE_HEADING);
        return trace < 0 ? message : message.substring(0, trace);
    }

    private static DomContent diff(String expected, String actual) {
        List<DomContent> lines = new ArrayList<>();
        for (String line : OutputDiff.render(expected, actual).split("\n", -1)) {
            String kind = line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "same";
            lines.add(span(line).withClass(kind));
        }
        return pre(lines.toArray(DomContent[]::new)).withClass("diff");
    }
}
