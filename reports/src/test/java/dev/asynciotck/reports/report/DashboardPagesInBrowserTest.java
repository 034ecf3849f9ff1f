package dev.asynciotck.reports.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynciotck.harness.python.PythonTargets;
import dev.asynciotck.harness.python.TargetAvailability;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard's page types in a real browser (headless Chromium, as {@link MatrixPageInBrowserTest}): a run of the
 * reference, the newest real CPython and its pure-Python asyncio ({@code +pure}, which words two messages otherwise)
 * over scenarios of two feature areas, then {@code index.html} (level figures, one chart per area),
 * {@code differences.html} (the pure target's two detail differences, with their reasons) and a rule page (each
 * target's output beside CPython's, the differing line marked) rendered, checked against {@code summary.json}, and
 * screenshotted beside the reports. Every link of every page must resolve to a file (and anchor) of the report
 * directory, or be a documentation link; no page loads anything from elsewhere.
 */
class DashboardPagesInBrowserTest {

    static final Path REPORTS = Path.of(System.getProperty("tck.report.dir", "target/tck-reports"))
            .resolve("browser-dashboard").toAbsolutePath();
    static final String WORDING = "future.result.by-state.wording";
    static final String TAGS = "@rule-" + WORDING + " or @rule-future.set.done-invalid-state.wording"
            + " or @rule-task.cancel.before-start";

    @Test
    void everyPageTypeRendersWithItsFiguresAndOnlyLocalLinks(@TempDir Path profile) throws Exception {
        assumeTrue(HeadlessChromium.available(), "Chromium not found at " + HeadlessChromium.CHROMIUM);
        String cpython = newest(t -> t.startsWith("cpython-3.1") && !t.contains("+"));
        String pure = newest(t -> t.startsWith("cpython-3.1") && t.endsWith("+pure"));
        assumeTrue(cpython != null && pure != null, "no cpython-3.1X and cpython-3.1X+pure installed here");
        List<String> targets = List.of("reference", cpython, pure);
        List<String> args = new ArrayList<>(List.of("run", "--report-dir", REPORTS.toString(), "--tags", TAGS));
        targets.forEach(t -> args.addAll(List.of("--target", t)));
        String run = InProcessTck.run(args);
        assertThat(run).as(run).startsWith("exit 0\n");
        JsonNode summary = new ObjectMapper().readTree(REPORTS.resolve(ReportPaths.SUMMARY_JSON).toFile());

        // The dashboard: level figures and charts, as summary.json has them.
        Document dashboard = Jsoup.parse(HeadlessChromium.dom(profile, REPORTS.resolve(ReportPaths.DASHBOARD_HTML)));
        assertThat(dashboard.select("table#levels tr.target-levels[data-target]").eachAttr("data-target"))
                .containsExactlyElementsOf(targets);
        assertThat(dashboard.select("div#areas svg.chart[data-area]").eachAttr("data-area"))
                .as("one chart per feature area").containsExactly("futures", "tasks");
        assertThat(dashboard.select("script")).as("no script").isEmpty();
        int scenarios = summary.get("scenarios").asInt();
        for (JsonNode target : summary.get("targets")) {
            String name = target.get("name").asText();
            for (Element level : dashboard.select("tr.target-levels[data-target=\"" + name + "\"] td.level")) {
                JsonNode tally = target.get("levels").get(level.attr("data-level"));
                assertThat(level.attr("data-passed")).isEqualTo(tally.get("passed").asText());
                assertThat(level.attr("data-applicable")).isEqualTo(tally.get("applicable").asText());
                assertThat(level.text()).startsWith(tally.get("passed").asText() + "/" + tally.get("applicable").asText());
            }
            Element bar = dashboard.selectFirst("div#overall svg.chart g.bar[data-target=\"" + name + "\"]");
            assertThat(bar).as("overall bar of " + name).isNotNull();
            int passed = target.get("passed").asInt();
            int applicable = scenarios - target.get("notApplicable").asInt();
            assertThat(bar.attr("data-passed")).isEqualTo(String.valueOf(passed));
            assertThat(bar.attr("data-applicable")).isEqualTo(String.valueOf(applicable));
            assertThat(bar.selectFirst("text.label").text()).as("labelled, not colour alone").isEqualTo(name);
            assertThat(bar.selectFirst("text.value").text()).endsWith("(" + passed + "/" + applicable + ")");
            long areaPassed = dashboard.select("div#areas g.bar[data-target=\"" + name + "\"]").stream()
                    .mapToLong(g -> Long.parseLong(g.attr("data-passed"))).sum();
            assertThat(areaPassed).as("the areas of " + name + " add up").isEqualTo(passed);
        }

        // The differences page: the pure target's detail differences, with the reasons summary.json gives.
        Document differences = Jsoup.parse(HeadlessChromium.dom(profile,
                REPORTS.resolve(ReportPaths.DIFFERENCES_HTML)));
        JsonNode expected = summary.at("/targets/2/detailDifferences");
        assertThat(expected.size()).isEqualTo(2);
        Elements rows = differences.select("section.rule[data-rule] tr.difference[data-target]");
        assertThat(rows).as("only " + pure + " deviates").hasSize(2)
                .allSatisfy(row -> assertThat(row.attr("data-target")).isEqualTo(pure))
                .allSatisfy(row -> assertThat(row.attr("data-kind")).isEqualTo("detail"));
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            assertThat(row.closest("section.rule").attr("data-rule")).isEqualTo(expected.get(i).get("rule").asText());
            assertThat(row.selectFirst("td.reason").text()).isEqualTo(expected.get(i).get("reason").asText());
            assertThat(row.selectFirst("td.observed").text()).isEqualTo(expected.get(i).get("observed").asText());
        }
        assertThat(differences.select("div.target-index[data-target]").eachAttr("data-target"))
                .containsExactlyElementsOf(targets);

        // A rule page: the three targets beside CPython's output, the pure target's differing line marked.
        Path rulePage = REPORTS.resolve(ReportPaths.rulePage(WORDING));
        Document rule = Jsoup.parse(HeadlessChromium.dom(profile, rulePage));
        Element table = rule.selectFirst("section.scenario table.side-by-side");
        assertThat(table).isNotNull();
        assertThat(table.select("th.expected")).hasSize(1);
        assertThat(table.select("th.target[data-target]").eachAttr("data-target")).containsExactlyElementsOf(targets);
        assertThat(table.selectFirst("td.output[data-target=reference]").attr("data-same")).isEqualTo("true");
        Element pureOutput = table.selectFirst("td.output[data-target=\"" + pure + "\"]");
        assertThat(pureOutput.attr("data-same")).isEqualTo("false");
        String observed = expected.get(0).get("observed").asText();
        String printed = observed.substring(observed.indexOf("this target \"") + "this target \"".length(),
                observed.length() - 1);
        assertThat(pureOutput.select("span.line.differs").eachText()).as("the differing line, marked")
                .contains("≠ " + printed);
        assertThat(pureOutput.select("span.line.missing")).as("CPython's line it did not print").isNotEmpty();
        assertThat(pureOutput.select("span.line.same")).as("the lines it shares with CPython").isNotEmpty();

        // Every page's links resolve inside the report directory, or are documentation links.
        List<Path> pages = new ArrayList<>(List.of(REPORTS.resolve(ReportPaths.DASHBOARD_HTML),
                REPORTS.resolve(ReportPaths.DIFFERENCES_HTML), REPORTS.resolve(ReportPaths.MATRIX_HTML)));
        try (Stream<Path> rules = Files.list(REPORTS.resolve(ReportPaths.RULES_DIR))) {
            rules.forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThan(3 + 2);
        Set<String> external = new LinkedHashSet<>();
        for (Path page : pages) {
            external.addAll(checkLinks(page));
        }
        assertThat(external).as("documentation links").isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith("https://docs.python.org/"));

        // A screenshot of each page type.
        for (String[] shot : new String[][]{{ReportPaths.DASHBOARD_HTML, "dashboard.png"},
                {ReportPaths.DIFFERENCES_HTML, "differences.png"}, {ReportPaths.rulePage(WORDING), "rule.png"}}) {
            Path png = REPORTS.resolve(shot[1]);
            HeadlessChromium.screenshot(profile, REPORTS.resolve(shot[0]).toUri().toString(), png, 1300, 900);
            assertThat(ImageIO.read(png.toFile())).as("decodable PNG " + png).isNotNull();
        }
        long bytes;
        try (Stream<Path> files = Files.walk(REPORTS)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf("report directory: %d scenarios, %d targets, %.1f kB%n", scenarios, targets.size(),
                bytes / 1024.0);
        System.out.println("dashboard pages checked in " + HeadlessChromium.CHROMIUM + "; screenshots in " + REPORTS);
    }

    /**
     * Checks that every {@code href} and {@code src} of {@code page} is a file of the report directory (and, with a
     * fragment into an HTML page, an element of it), or an absolute link on an {@code a}; returns the absolute ones.
     */
    private static Set<String> checkLinks(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        Set<String> external = new LinkedHashSet<>();
        assertThat(doc.select("[src], link[href], script, iframe, object, embed")).as("assets in " + page).isEmpty();
        for (Element link : doc.select("[href]")) {
            String href = link.attr("href");
            URI uri = URI.create(href);
            if (uri.isAbsolute()) {
                assertThat(link.tagName()).as(href + " in " + page).isEqualTo("a");
                external.add(href);
                continue;
            }
            Path file = uri.getPath().isEmpty() ? page : page.resolveSibling(uri.getPath()).normalize();
            assertThat(file).as(href + " in " + page).startsWith(REPORTS).exists();
            String fragment = uri.getFragment();
            if (fragment != null && file.toString().endsWith(".html")) {
                Document target = file.equals(page) ? doc : Jsoup.parse(file.toFile(), "UTF-8");
                assertThat(target.getElementById(fragment)).as("#" + fragment + " of " + href + " in " + page)
                        .isNotNull();
            }
        }
        return external;
    }

    private static String newest(java.util.function.Predicate<String> which) {
        return PythonTargets.list().stream().filter(TargetAvailability::available).map(TargetAvailability::name)
                .filter(which).reduce((first, second) -> second).orElse(null);
    }

}
