package dev.asynciotck.reports.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynciotck.harness.Targets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code tck run --shard K/N} and {@code tck merge}: four shards merged give the reports of one unsharded run, and
 * merge refuses overlapping, missing and unreadable results. One run of a few feature files of the specification on
 * the reference and CPython 3.13, unsharded and as four shards, serves every test.
 */
class ShardMergeTest {

    private static final String CPYTHON = "cpython-3.13";
    private static final List<String> FEATURES = Stream.of("tasks/task-done-callbacks.feature",
            "combinators/gather-edges.feature", "futures/future-construction-and-identity.feature",
            "loop/timer-order-edges.feature").map(f -> Path.of("..", "features", "spec").resolve(f)
            .toAbsolutePath().normalize().toString()).toList();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path whole;
    private static final List<Path> shards = new ArrayList<>();

    @BeforeAll
    static void runOnceWholeAndAsFourShards() {
        assumeTrue(Targets.byName(CPYTHON, List.of()).unavailableReason().isEmpty(),
                CPYTHON + " is not installed here: the comparison needs a real CPython besides the reference");
        whole = tmp.resolve("whole");
        TckCommand run = run(whole);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        for (int k = 1; k <= 4; k++) {
            Path dir = tmp.resolve("shard-" + k);
            TckCommand shard = run(dir, "--shard", k + "/4");
            assertThat(shard.exitCode()).as(shard.toString()).isZero();
            shards.add(dir);
        }
    }

    private static TckCommand run(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--report-dir", dir.toString(), "--strict",
                "--target", "reference", "--target", CPYTHON, "--jobs", "2"));
        FEATURES.forEach(f -> args.addAll(List.of("--features", f)));
        args.addAll(List.of(more));
        return TckCommand.run(args.toArray(String[]::new));
    }

    private static TckCommand merge(Path into, List<Path> dirs, String... more) {
        List<String> args = new ArrayList<>(List.of("merge", "--report-dir", into.toString()));
        dirs.forEach(d -> args.add(d.toString()));
        args.addAll(List.of(more));
        return TckCommand.run(args.toArray(String[]::new));
    }

    @Test
    void fourShardsMergedGiveTheReportsOfOneUnshardedRun() {
        Path merged = tmp.resolve("merged");
        TckCommand merge = merge(merged, shards, "--strict");
        assertThat(merge.exitCode()).as(merge.toString()).isZero();
        assertThat(verdicts(merged)).isEqualTo(verdicts(whole)).hasSize(2 * selectedByTheWholeRun());
        assertThat(json(merged, "matrix.json")).isEqualTo(json(whole, "matrix.json"));
        assertThat(json(merged, "summary.json")).isEqualTo(json(whole, "summary.json"));
        assertThat(json(merged, "manifest.json")).isEqualTo(json(whole, "manifest.json"));
        assertThat(json(merged, "results.json").get("selected")).isEqualTo(json(whole, "results.json").get("selected"));
        assertThat(timesMasked(merged.resolve("matrix.md"))).isEqualTo(timesMasked(whole.resolve("matrix.md")));
        for (String page : dashboardPages(whole)) {
            assertThat(timesMasked(merged.resolve(page))).as("the dashboard's %s", page)
                    .isEqualTo(timesMasked(whole.resolve(page)));
        }
        for (String target : List.of("reference", CPYTHON)) {
            assertThat(merged.resolve(target).resolve("details.html")).isRegularFile();
            assertThat(merged.resolve(target).resolve("junit.xml")).content().contains("testcase");
            assertThat(merged.resolve(target).resolve("cucumber.html")).content().contains("shards/4/cucumber.html");
        }
    }

    @Test
    void eachShardRecordsWhichItIsAndTheShardsSelectDisjointPartsOfTheSelection() {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int k = 1; k <= 4; k++) {
            Path shard = shards.get(k - 1);
            assertThat(raw(shard.resolve("manifest.json")).at("/run/shard").asText()).isEqualTo(k + "/4");
            JsonNode selected = json(shard, "results.json").get("selected");
            // The manifest check is per shard: every scenario the shard selected has a result on each target.
            for (JsonNode target : json(shard, "manifest.json").get("targets")) {
                assertThat(target.get("selected").asInt()).isEqualTo(selected.size());
                assertThat(target.get("notRun")).isEmpty();
            }
            // Round-robin: each of the four shards takes a quarter of the selection, give or take one.
            assertThat(selected.size()).isBetween(selectedByTheWholeRun() / 4, (selectedByTheWholeRun() + 3) / 4);
            selected.forEach(s -> assertThat(seen.add(s.get("key").asText())).isTrue());
            total += selected.size();
        }
        assertThat(total).isEqualTo(selectedByTheWholeRun());
    }

    /** How many scenarios the unsharded run selected (the features' scenarios: more as they grow). */
    private static int selectedByTheWholeRun() {
        int selected = json(whole, "results.json").get("selected").size();
        assertThat(selected).as("scenarios selected by the unsharded run").isGreaterThan(8);
        return selected;
    }

    @Test
    void resultsThatOverlapFailTheMergeNamingBothDirectoriesAndAScenario() {
        TckCommand merge = merge(tmp.resolve("overlap"), List.of(whole, shards.get(1)));
        assertThat(merge.exitCode()).as(merge.toString()).isEqualTo(1);
        assertThat(merge.err()).containsPattern("overlapping results: reference ran '[^']+' \\(rule [a-z.-]+, .+\\) and "
                + "\\d+ more scenario\\(s\\) in both " + whole + " and " + shards.get(1) + " \\(shard 2/4\\)");
        assertThat(tmp.resolve("overlap").resolve("matrix.json")).doesNotExist();
    }

    @Test
    void aMissingShardFailsTheMergeNamingIt() {
        TckCommand merge = merge(tmp.resolve("missing"), List.of(shards.get(0), shards.get(1), shards.get(3)));
        assertThat(merge.exitCode()).as(merge.toString()).isEqualTo(1);
        assertThat(merge.err()).contains("missing results: no directory ran '").contains("shard 3/4 is missing")
                .contains(" on reference ").contains(" on " + CPYTHON + " ");
    }

    @Test
    void aDirectoryThatIsNotAReportDirectoryIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        TckCommand merge = merge(tmp.resolve("out-empty"), List.of(shards.get(0), empty));
        assertThat(merge.exitCode()).as(merge.toString()).isEqualTo(2);
        assertThat(merge.err().strip()).isEqualTo("tck merge: " + empty + " is not a tck report directory: it has no "
                + "results.json");
        TckCommand absent = merge(tmp.resolve("out-absent"), List.of(tmp.resolve("nowhere")));
        assertThat(absent.exitCode()).isEqualTo(2);
        assertThat(absent.err()).contains(tmp.resolve("nowhere") + " is not a directory (it does not exist)");
    }

    @Test
    void aCorruptFileIsAUsageErrorNamingTheFile() throws IOException {
        Path truncated = copy(shards.get(2), "truncated");
        Path results = truncated.resolve("results.json");
        Files.writeString(results, Files.readString(results).substring(0, 300));
        assertCorrupt(truncated, results, "not readable as JSON");

        Path badVerdict = copy(shards.get(2), "bad-verdict");
        ObjectNode root = (ObjectNode) json(badVerdict, "results.json");
        ((ObjectNode) root.at("/targets/0/runs/0/scenarios/0")).put("verdict", "great");
        Files.writeString(badVerdict.resolve("results.json"), JSON.writeValueAsString(root));
        assertCorrupt(badVerdict, badVerdict.resolve("results.json"), "unknown verdict 'great'");

        Path noRuns = copy(shards.get(2), "no-runs");
        root = (ObjectNode) json(noRuns, "results.json");
        ((ObjectNode) root.at("/targets/1")).remove("runs");
        Files.writeString(noRuns.resolve("results.json"), JSON.writeValueAsString(root));
        assertCorrupt(noRuns, noRuns.resolve("results.json"), "'runs' is missing or not a list");

        Path mixed = copy(shards.get(2), "mixed");
        Files.copy(shards.get(1).resolve("manifest.json"), mixed.resolve("manifest.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertCorrupt(mixed, mixed.resolve("manifest.json"), "mixes reports of two runs");

        Path badXml = copy(shards.get(2), "bad-xml");
        Files.writeString(badXml.resolve(CPYTHON).resolve("junit.xml"), "<testsuite><testcase");
        assertCorrupt(badXml, badXml.resolve(CPYTHON).resolve("junit.xml"), "not well-formed XML");
    }

    private void assertCorrupt(Path dir, Path file, String problem) {
        List<Path> dirs = new ArrayList<>(shards);
        dirs.set(2, dir);
        TckCommand merge = merge(tmp.resolve("out-" + dir.getFileName()), dirs);
        assertThat(merge.exitCode()).as(merge.toString()).isEqualTo(2);
        assertThat(merge.err().lines().toList()).singleElement().asString()
                .startsWith("tck merge: corrupt file " + file + ": ").contains(problem);
    }

    @Test
    void theMergesExitStatusIsTheGateOverTheMergedResults() throws IOException {
        // A baseline listing a scenario that passes on the reference: the merged gate finds an unexpected pass.
        Map<String, String> verdicts = verdicts(whole);
        JsonNode passing = null;
        for (JsonNode selected : json(whole, "results.json").get("selected")) {
            if ("pass".equals(verdicts.get("reference " + selected.get("key").asText()))) {
                passing = selected;
                break;
            }
        }
        assertThat(passing).isNotNull();
        Path baseline = tmp.resolve("baseline.tsv");
        Files.writeString(baseline, passing.get("rule").asText() + "\t" + passing.get("baselineName").asText()
                + "\tlisted although it passes\n");
        TckCommand merge = merge(tmp.resolve("gated"), shards, "--baseline", "reference=" + baseline);
        assertThat(merge.exitCode()).as(merge.toString()).isEqualTo(1);
        assertThat(merge.out()).contains("unexpected-pass").contains("FAILED");
        TckCommand remerged = merge(tmp.resolve("remerged"), List.of(tmp.resolve("gated")));
        assertThat(remerged.exitCode()).as("a merged directory merges again: " + remerged).isZero();
    }

    @Test
    void jobsOfDifferentTargetsAndShardsOfTheBundledSpecificationMergeIntoOneRun() {
        Path both = tmp.resolve("bundled-both");
        List<Path> jobs = List.of(tmp.resolve("bundled-ref-1"), tmp.resolve("bundled-ref-2"), tmp.resolve("bundled-cpython"));
        TckCommand whole = bundled(both, "--target", "reference", "--target", CPYTHON);
        assertThat(whole.exitCode()).as(whole.toString()).isZero();
        assertThat(bundled(jobs.get(0), "--target", "reference", "--shard", "1/2").exitCode()).isZero();
        assertThat(bundled(jobs.get(1), "--target", "reference", "--shard", "2/2").exitCode()).isZero();
        assertThat(bundled(jobs.get(2), "--target", CPYTHON).exitCode()).isZero();
        Path merged = tmp.resolve("bundled-merged");
        TckCommand merge = merge(merged, jobs);
        assertThat(merge.exitCode()).as(merge.toString()).isZero();
        assertThat(verdicts(merged)).isEqualTo(verdicts(both)).isNotEmpty()
                .allSatisfy((cell, verdict) -> assertThat(cell).contains(" asynciotck/features/"));
        assertThat(json(merged, "matrix.json")).isEqualTo(json(both, "matrix.json"));
        assertThat(json(merged, "summary.json")).isEqualTo(json(both, "summary.json"));
        // The target one job ran keeps that job's Cucumber files as they are.
        assertThat(merged.resolve(CPYTHON).resolve("messages.ndjson"))
                .hasSameTextualContentAs(jobs.get(2).resolve(CPYTHON).resolve("messages.ndjson"));
    }

    private static TckCommand bundled(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--report-dir", dir.toString(), "--jobs", "2", "--tags",
                "@rule-task.callbacks.registration-order or @rule-task.callbacks.remove or @rule-gather.result.argument-order"));
        args.addAll(List.of(more));
        return TckCommand.run(args.toArray(String[]::new));
    }

    /** Target and scenario key to verdict, from matrix.json. */
    private static Map<String, String> verdicts(Path dir) {
        Map<String, String> verdicts = new TreeMap<>();
        for (JsonNode feature : json(dir, "matrix.json").get("features")) {
            for (JsonNode rule : feature.get("rules")) {
                for (JsonNode scenario : rule.get("scenarios")) {
                    scenario.get("cells").properties().forEach(cell -> verdicts.put(cell.getKey() + " "
                            + scenario.get("key").asText(), cell.getValue().get("verdict").asText()));
                }
            }
        }
        return verdicts;
    }

    /** A report file without what differs between any two runs: the run information, the durations. */
    private static JsonNode json(Path dir, String file) {
        try {
            JsonNode root = JSON.readTree(dir.resolve(file).toFile());
            if (root instanceof ObjectNode object && !file.equals("results.json")) {
                object.remove("run");
                if (object.get("targets") instanceof ArrayNode targets) {
                    targets.forEach(t -> ((ObjectNode) t).remove("durationSeconds"));
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode raw(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dashboard, the differences page and every rule page of a report directory, relative to it. */
    private static List<String> dashboardPages(Path dir) {
        try (var rules = Files.list(dir.resolve("rules"))) {
            List<String> pages = new java.util.ArrayList<>(List.of("index.html", "differences.html"));
            rules.map(page -> "rules/" + page.getFileName()).sorted().forEach(pages::add);
            assertThat(pages).hasSizeGreaterThan(2);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file with its durations and run start times masked. */
    private static String timesMasked(Path file) {
        try {
            return Files.readString(file).replaceAll("\\d+\\.\\d s", "T s")
                    .replaceAll("data-seconds=\"[\\d.]+\"", "data-seconds=\"T\"")
                    .replaceAll("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z", "START");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(Path from, String name) throws IOException {
        Path to = tmp.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
