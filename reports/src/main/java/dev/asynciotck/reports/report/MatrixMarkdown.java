package dev.asynciotck.reports.report;

import dev.asynciotck.spec.Specification;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.reports.gate.Cell;
import dev.asynciotck.reports.gate.FaultModelCheck;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.run.Verdict;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The conformance matrix as GitHub-flavoured Markdown, built as a CommonMark node tree and rendered by
 * commonmark-java (so escaping is the library's): a summary table, then per feature a heading, per rule its
 * ID, statement and documentation link and a table of its scenarios with one linked cell per target.
 */
final class MatrixMarkdown {

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    private MatrixMarkdown() {
    }

    static String render(Specification selection, List<TargetOutcome> outcomes, List<FaultModelCheck> faults) {
        Map<String, Map<String, Cell>> cells = JsonReports.cellsByTarget(outcomes);
        Document document = new Document();
        document.appendChild(heading(1, "asyncio-tck conformance matrix"));
        document.appendChild(paragraph(new Text(selection.scenarios().size() + " scenarios from " + selection.source()
                + ". Each cell links to its detail.")));
        document.appendChild(summary(outcomes));
        for (TargetOutcome outcome : outcomes) {
            if (!outcome.leakingCells().isEmpty()) {
                document.appendChild(paragraph(new Text("⚠ " + outcome.target() + ": " + outcome.leakingCells().size()
                        + " scenario(s) left platform threads alive (a warning, not gated); see the cells marked ⚠.")));
            }
        }
        if (!faults.isEmpty()) {
            document.appendChild(heading(2, "Fault models"));
            document.appendChild(paragraph(new Text("Each is the reference with one deliberate deviation. Caught: the "
                    + "gate rejects it and every rule it names has a failing scenario.")));
            document.appendChild(faultModels(faults));
        }
        for (MatrixRows.FeatureRow feature : MatrixRows.of(selection).features()) {
            document.appendChild(heading(2, feature.feature().name()));
            for (MatrixRows.RuleRow rule : feature.rules()) {
                Paragraph about = paragraph(strong(rule.id().isEmpty() ? "(no rule)" : rule.id()),
                        new Text((rule.levelName().isEmpty() ? "" : " (" + rule.levelName() + ")") + " — " + rule.statement()));
                rule.docUrl().ifPresent(url -> {
                    about.appendChild(new Text(" "));
                    about.appendChild(link(url, "asyncio docs"));
                });
                if (!rule.cpythonTests().isEmpty()) {
                    about.appendChild(new Text(" Traced to CPython's tests: " + String.join(", ", rule.cpythonTests()) + "."));
                }
                document.appendChild(about);
                document.appendChild(scenarios(rule.scenarios(), outcomes, cells));
            }
        }
        return RENDERER.render(document);
    }

    private static Node summary(List<TargetOutcome> outcomes) {
        List<String> header = new ArrayList<>(List.of("Target", "asyncio", "Result", "Levels"));
        for (Verdict verdict : Verdict.values()) {
            header.add(verdict.label());
        }
        header.add("Time");
        List<List<Node>> rows = new ArrayList<>();
        for (TargetOutcome outcome : outcomes) {
            List<Node> row = new ArrayList<>(List.of(
                    link(ReportPaths.ofTarget(outcome.target(), ReportPaths.DETAILS_HTML), outcome.target()),
                    new Text(outcome.version()), new Text(outcome.passes() ? "✅ conforms" : "❌ fails"),
                    new Text(outcome.levelsText() + (outcome.strict() ? " (strict)" : ""))));
            for (Verdict verdict : Verdict.values()) {
                row.add(new Text(String.valueOf(outcome.count(verdict))));
            }
            row.add(new Text(String.format("%.1f s", outcome.elapsed().toMillis() / 1000.0)));
            rows.add(row);
        }
        return table(header, rows);
    }

    private static Node faultModels(List<FaultModelCheck> faults) {
        List<List<Node>> rows = new ArrayList<>();
        for (FaultModelCheck fault : faults) {
            Paragraph rules = new Paragraph();
            for (FaultModelCheck.RuleCheck rule : fault.rules()) {
                rules.appendChild(strong(rule.ruleId()));
                rules.appendChild(new Text(" (" + rule.caughtBy().size() + " of " + rule.scenarios() + "): "));
                for (Cell cell : rule.caughtBy()) {
                    rules.appendChild(link(ReportPaths.detail(fault.target(), cell.scenario()), cell.scenario().name()));
                    rules.appendChild(new Text("; "));
                }
            }
            String result = fault.caught() ? "✅ caught"
                    : fault.rejected() ? "❌ escaped: " + String.join(", ", fault.escapedRules()) : "❌ not rejected";
            rows.add(List.of(new Text(fault.target()), new Text(fault.deviation()), rules, new Text(result)));
        }
        return table(List.of("Fault model", "Deviation", "Must be caught by: the scenarios that caught it", "Result"),
                rows);
    }

    private static Node scenarios(List<SpecScenario> scenarios, List<TargetOutcome> outcomes,
                                  Map<String, Map<String, Cell>> cells) {
        List<String> header = new ArrayList<>(List.of("Scenario"));
        outcomes.forEach(o -> header.add(o.target()));
        List<List<Node>> rows = new ArrayList<>();
        for (SpecScenario scenario : scenarios) {
            List<Node> row = new ArrayList<>();
            row.add(new Text(scenario.name()));
            for (TargetOutcome outcome : outcomes) {
                Cell cell = cells.get(outcome.target()).get(scenario.key());
                row.add(cell == null ? new Text("") : link(ReportPaths.detail(outcome.target(), scenario),
                        symbol(cell.verdict()) + " " + cell.verdict().label() + (cell.leakedThreads().isEmpty() ? "" : " ⚠")));
            }
            rows.add(row);
        }
        return table(header, rows);
    }

    private static String symbol(Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "✅";
            case FAILED, UNEXPECTED_PASS, FLAKY -> "❌";
            case EXPECTED_FAILURE -> "🟡";
            case NOT_APPLICABLE -> "➖";
            case TIMEOUT -> "⏱";
            case UNSUPPORTED, ERROR, MISSING, NOT_RUN -> "⛔";
        };
    }

    private static TableBlock table(List<String> header, List<List<Node>> rows) {
        TableBlock table = new TableBlock();
        TableHead head = new TableHead();
        TableRow headRow = new TableRow();
        header.forEach(title -> headRow.appendChild(cell(new Text(title), true)));
        head.appendChild(headRow);
        table.appendChild(head);
        TableBody body = new TableBody();
        for (List<Node> row : rows) {
            TableRow tableRow = new TableRow();
            row.forEach(content -> tableRow.appendChild(cell(content, false)));
            body.appendChild(tableRow);
        }
        table.appendChild(body);
        return table;
    }

    private static TableCell cell(Node content, boolean header) {
        TableCell cell = new TableCell();
        cell.setHeader(header);
        if (content instanceof Paragraph inlines) {
            // A cell holds inline content only: take the paragraph's children, not the paragraph.
            for (Node child = inlines.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                cell.appendChild(child);
                child = next;
            }
        } else {
            cell.appendChild(content);
        }
        return cell;
    }

    private static Heading heading(int level, String text) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(new Text(text));
        return heading;
    }

    private static Paragraph paragraph(Node... children) {
        Paragraph paragraph = new Paragraph();
        for (Node child : children) {
            paragraph.appendChild(child);
        }
        return paragraph;
    }

    private static Node strong(String text) {
        StrongEmphasis strong = new StrongEmphasis("**");
        strong.appendChild(new Code(text));
        return strong;
    }

    private static Link link(String destination, String text) {
        Link link = new Link(destination, null);
        link.appendChild(new Text(text));
        return link;
    }
}
