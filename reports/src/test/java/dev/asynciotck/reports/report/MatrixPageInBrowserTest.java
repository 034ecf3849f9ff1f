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
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The conformance matrix page in a real browser, as readers see it: {@code tck run} on the reference and,
 * where one is installed, a real CPython (a few scenarios, to stay fast), then {@code matrix.html} opened in
 * headless Chromium (Debian's {@code chromium}, installed by {@code .ci/run}). The DOM Chromium rendered must show every
 * target's column, its totals in the footer and its row in the summary table, with the counts of
 * {@code summary.json}; a PNG screenshot of the page is saved beside it as {@code matrix.png}. Skipped, with the
 * reason printed, where Chromium is absent. Chromium's path can be overridden with {@code -Dtck.chromium=PATH}.
 */
class MatrixPageInBrowserTest {

    static final Path REPORTS = Path.of(System.getProperty("tck.report.dir", "target/tck-reports"))
            .resolve("browser").toAbsolutePath();
    static final String TAGS = "@rule-task.cancel.before-start";

    @Test
    void theRenderedMatrixShowsEveryTargetWithItsTotalsAndIsScreenshotted(@TempDir Path profile) throws Exception {
        if (!Files.isExecutable(HeadlessChromium.CHROMIUM)) {
            String reason = "Chromium not found at " + HeadlessChromium.CHROMIUM + " (install Debian's chromium, as .ci/run does): "
                    + "the matrix page is not checked in a browser";
            System.out.println("MatrixPageInBrowserTest skipped: " + reason);
            assumeTrue(false, reason);
        }

        List<String> targets = new ArrayList<>(List.of("reference"));
        PythonTargets.list().stream().filter(t -> t.available() && t.name().startsWith("cpython-")
                        && !t.name().contains("+"))
                .map(TargetAvailability::name).reduce((first, second) -> second).ifPresent(targets::add);
        List<String> args = new ArrayList<>(List.of("run", "--report-dir", REPORTS.toString(), "--tags", TAGS));
        targets.forEach(t -> args.addAll(List.of("--target", t)));
        String run = InProcessTck.run(args);
        assertThat(run).as(run).startsWith("exit 0\n");

        Path matrix = REPORTS.resolve(ReportPaths.MATRIX_HTML);
        JsonNode summary = new ObjectMapper().readTree(REPORTS.resolve(ReportPaths.SUMMARY_JSON).toFile());
        assertThat(summary.get("targets")).extracting(t -> t.get("name").asText())
                .containsExactlyElementsOf(targets);

        // The DOM as Chromium rendered it.
        String dom = HeadlessChromium.dom(profile, matrix);
        Document page = Jsoup.parse(dom);
        assertThat(page.select("table#matrix")).as("table#matrix in\n" + dom).hasSize(1);
        assertThat(page.select("table#matrix th.target[data-target]").eachAttr("data-target"))
                .as("target columns").containsExactlyElementsOf(targets);
        assertThat(page.select("table#summary tr.target-summary[data-target]").eachAttr("data-target"))
                .as("summary rows").containsExactlyElementsOf(targets);
        int scenarios = summary.get("scenarios").asInt();
        assertThat(scenarios).as("scenarios selected by " + TAGS).isPositive();
        assertThat(page.select("table#matrix tr.scenario[data-scenario]")).hasSize(scenarios);

        for (JsonNode target : summary.get("targets")) {
            String name = target.get("name").asText();
            Elements totals = page.select("table#matrix tr#totals td.total[data-target][data-conforms]")
                    .stream().filter(e -> e.attr("data-target").equals(name))
                    .collect(Elements::new, Elements::add, Elements::addAll);
            assertThat(totals).as("totals of " + name).hasSize(1);
            Element total = totals.first();
            int passed = target.get("passed").asInt();
            int notApplicable = target.get("notApplicable").asInt();
            assertThat(passed).as("scenarios that passed on " + name).isPositive();
            assertThat(total.attr("data-conforms")).as("conforms, " + name).isEqualTo("true");
            assertThat(total.attr("data-pass")).as("passed, " + name).isEqualTo(String.valueOf(passed));
            assertThat(total.attr("data-not-applicable")).isEqualTo(String.valueOf(notApplicable));
            assertThat(total.attr("data-fail")).isEqualTo("0");
            assertThat(total.text()).as("totals shown for " + name).contains(passed + " pass");
            Elements levels = page.select("table#summary tr.target-summary[data-target=\"" + name
                    + "\"] td.levels div[data-level]");
            assertThat(levels.eachAttr("data-level")).as("levels of " + name)
                    .containsExactly("required", "optional", "detail");
            for (Element level : levels) {
                JsonNode tally = target.get("levels").get(level.attr("data-level"));
                assertThat(level.attr("data-passed")).isEqualTo(tally.get("passed").asText());
                assertThat(level.attr("data-applicable")).isEqualTo(tally.get("applicable").asText());
            }
            assertThat(page.select("table#matrix td.cell[data-target][data-verdict]").stream()
                    .filter(e -> e.attr("data-target").equals(name)))
                    .as("cells of " + name).hasSize(scenarios)
                    .allSatisfy(cell -> assertThat(cell.select("a[href]")).isNotEmpty());
        }

        // A screenshot of the page, kept with the reports.
        Path png = REPORTS.resolve("matrix.png");
        Files.deleteIfExists(png);
        HeadlessChromium.run(profile, "--screenshot=" + png, "--window-size=1400,1000", matrix.toUri().toString());
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).as("PNG signature").startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("decodable PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(1000);
        assertThat(colours(image)).as("distinct colours in the screenshot (a blank page has one)").isGreaterThan(2);
        System.out.println("matrix page checked in " + HeadlessChromium.CHROMIUM + "; screenshot: " + png);
    }

    /**
     * A target with detail differences, CPython's pure-Python asyncio (the newest {@code cpython-3.X+pure} installed)
     * on two wording rules it words otherwise: the page lists each difference with its rule's reason and the line
     * the target printed, as {@code summary.json} has them; a screenshot of that section is saved as
     * {@code detail-differences.png}.
     */
    @Test
    void theRenderedMatrixExplainsEachDetailDifference(@TempDir Path profile) throws Exception {
        assumeTrue(Files.isExecutable(HeadlessChromium.CHROMIUM), "Chromium not found at " + HeadlessChromium.CHROMIUM);
        String pure = PythonTargets.list().stream().filter(t -> t.available() && t.name().startsWith("cpython-3.1")
                        && t.name().endsWith("+pure"))
                .map(TargetAvailability::name).reduce((first, second) -> second).orElse(null);
        if (pure == null) {
            System.out.println("MatrixPageInBrowserTest: no cpython-3.1X+pure here; detail differences not checked");
            assumeTrue(false, "no cpython-3.1X+pure target installed");
        }
        Path reports = REPORTS.resolveSibling("browser-detail");
        String run = InProcessTck.run(List.of("run", "--report-dir", reports.toString(), "--target", "reference", "--target", pure,
                "--tags", "@rule-future.result.by-state.wording or @rule-future.set.done-invalid-state.wording"));
        assertThat(run).as(run).startsWith("exit 0\n").contains("why a detail: message text");

        JsonNode summary = new ObjectMapper().readTree(reports.resolve(ReportPaths.SUMMARY_JSON).toFile());
        JsonNode differences = summary.at("/targets/1/detailDifferences");
        assertThat(differences.size()).as("detail differences of " + pure + " in summary.json").isPositive();
        assertThat(summary.at("/targets/0/detailDifferences")).as("the reference has none").isEmpty();

        Document page = Jsoup.parse(HeadlessChromium.run(profile, "--dump-dom",
                reports.resolve(ReportPaths.MATRIX_HTML).toUri().toString()));
        Elements rows = page.select("div#detail-differences tr.detail-difference[data-target][data-rule]");
        assertThat(rows).as("rows of div#detail-differences").hasSize(differences.size());
        for (int i = 0; i < differences.size(); i++) {
            JsonNode difference = differences.get(i);
            Element row = rows.get(i);
            assertThat(row.attr("data-target")).isEqualTo(pure);
            assertThat(row.attr("data-rule")).isEqualTo(difference.get("rule").asText());
            assertThat(row.selectFirst("td.reason").text()).isEqualTo(difference.get("reason").asText())
                    .startsWith("message text:");
            assertThat(row.selectFirst("td.observed").text()).isEqualTo(difference.get("observed").asText())
                    .contains("CPython prints", "this target");
        }
        assertThat(page.select("tr.rule[data-level=detail] div.detail-reason")).as("reasons on the rule rows")
                .hasSize(2).allSatisfy(reason -> assertThat(reason.text()).startsWith("Why a detail: message text:"));
        assertThat(page.select("td.cell.not-gated[data-target=\"" + pure + "\"] a[title]").eachAttr("title"))
                .as("the reason in the cells' titles").hasSize(differences.size())
                .allSatisfy(title -> assertThat(title).startsWith("detail (not gated): message text:"));

        Path png = reports.resolve("detail-differences.png");
        Files.deleteIfExists(png);
        HeadlessChromium.run(profile, "--screenshot=" + png, "--window-size=1400,700", reports.resolve(ReportPaths.MATRIX_HTML)
                .toUri() + "#detail-differences");
        assertThat(ImageIO.read(png.toFile())).as("decodable PNG").isNotNull();
        System.out.println("detail differences checked in " + HeadlessChromium.CHROMIUM + "; screenshot: " + png);
    }


    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
                if (seen.size() > 16) {
                    return seen.size();
                }
            }
        }
        return seen.size();
    }
}
