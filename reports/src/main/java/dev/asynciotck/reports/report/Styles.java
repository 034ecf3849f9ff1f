package dev.asynciotck.reports.report;

/** The style sheet shared by the HTML reports. */
final class Styles {

    static final String CSS = """
            body { font-family: system-ui, sans-serif; margin: 1.5em; color: #1b1b1b; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
            thead th { background: #f0f0f0; position: sticky; top: 0; }
            tr.feature th { background: #dde6f5; font-size: 1.05em; }
            tr.rule td { background: #f6f8fc; font-size: 0.92em; }
            .rule-id { font-family: monospace; font-weight: bold; }
            .rule-level { font-size: smaller; color: #555; }
            .location { color: #777; font-size: 0.8em; font-family: monospace; }
            td.cell { text-align: center; white-space: nowrap; }
            td.cell a { color: inherit; text-decoration: none; display: block; }
            .verdict-pass { background: #d7f5dc; } .verdict-fail { background: #f8c9c9; }
            .verdict-expected-fail { background: #fbe8c4; } .verdict-unexpected-pass { background: #f5b8f0; }
            .verdict-not-applicable { background: #eeeeee; color: #888; } .verdict-timeout { background: #f6b26b; }
            .verdict-error, .verdict-unsupported, .verdict-missing, .verdict-not-run { background: #e06666; color: #fff; }
            .verdict-flaky { background: #c9b3f5; }
            td.cell.not-gated.verdict-fail { background: #fbeeee; color: #7a3b3b; }
            td.levels { white-space: nowrap; font-size: 0.85em; }
            .detail-reason { font-size: 0.9em; color: #555; font-style: italic; }
            #detail-differences td.reason { max-width: 28em; } #detail-differences td.observed { font-family: monospace; font-size: 0.85em; max-width: 40em; }
            .leak { color: #a61c00; font-weight: bold; }
            .conforms { color: #1e7b34; font-weight: bold; } .fails { color: #b00020; font-weight: bold; }
            pre { background: #f7f7f7; border: 1px solid #e1e1e1; padding: 0.5em; overflow-x: auto; }
            .diff .add { background: #e6ffec; display: block; } .diff .del { background: #ffebe9; display: block; }
            .diff .same { display: block; }
            section.scenario { border-top: 1px solid #ddd; padding-top: 0.5em; margin-top: 1em; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; }
            dt { font-weight: bold; } dd { margin: 0; }
            .links { font-size: 0.8em; white-space: nowrap; }
            #summary td, #summary th { text-align: center; } #summary th { font-size: 0.75em; } #summary td:first-child { text-align: left; }
            .nav { font-size: 0.95em; } .note { color: #555; font-size: 0.85em; }
            #levels td.level.partial { background: #fff4e0; } #levels td.level.full { background: #eaf7ec; }
            #levels td, #levels th { text-align: center; } #levels td:first-child { text-align: left; font-weight: bold; }
            #areas { display: flex; flex-wrap: wrap; gap: 0.5em 2em; } #areas .area, #overall { margin-bottom: 0.5em; }
            section.rule { border-top: 1px solid #ddd; margin-top: 1em; } .target-index { margin: 0.2em 0; }
            .target-name { font-weight: bold; }
            #by-rule td.reason { max-width: 30em; } #by-rule td.observed { font-family: monospace; font-size: 0.85em; max-width: 36em; }
            table.side-by-side td { max-width: 36em; } table.side-by-side pre { margin: 0; white-space: pre-wrap; }
            table.side-by-side th.what { background: #f0f0f0; }
            td.same-output { color: #1e7b34; font-style: italic; }
            pre.marked .line { display: block; } pre.marked .differs { background: #ffe08a; font-weight: bold; }
            pre.marked .missing { background: #eee; color: #777; text-decoration: line-through; }
            td.outcome.differs { background: #ffe08a; font-weight: bold; }
            """;

    private Styles() {
    }
}
