package dev.asynciotck.spec;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace of CPython's tests is checked and rendered by the build: every rule a row names exists, each table's
 * stated figures are its recount, and docs/cpython-tests-trace.md is the rendering of the tables (so it cannot go
 * stale). {@code -Dtrace.write=true} rewrites the document instead of comparing it.
 */
class CpythonTraceTest {

    private static final Path TRACE = Path.of("..", "features", "trace");
    private static final Path DOC = Path.of("..", "docs", "cpython-tests-trace.md");
    private static final Path BODIES = TRACE.resolve("bodies");

    private final CpythonTrace trace = CpythonTrace.read(TRACE);

    @Test
    void everyRuleATraceRowNamesExists() {
        Specification specification = SpecificationLoader.fromPaths(List.of(Path.of("..", "features", "spec")));
        assertThat(trace.testsByRule().keySet().stream().filter(id -> specification.rule(id).isEmpty()).toList())
                .as("rule IDs in features/trace/*.tsv without a Rule in features/spec").isEmpty();
    }

    @Test
    void eachTableStatesItsOwnRecount() {
        assertThat(trace.files()).isNotEmpty();
        for (CpythonTrace.TraceFile f : trace.files()) {
            assertThat(f.misstatedFigures()).as("header figures of features/trace/" + f.name() + ".tsv").isEmpty();
        }
    }

    @Test
    void theCommittedDocumentIsTheRenderingOfTheTables() throws IOException {
        CpythonTrace.Figures total = trace.total();
        System.out.printf("CPython's asyncio tests traced: %d test bodies, %d observable, %d exercised (%d%%)%n",
                total.bodies(), total.observable(), total.exercised(), total.percent());
        String rendered = trace.render();
        if (Boolean.getBoolean("trace.write")) {
            Files.writeString(DOC, rendered);
        }
        assertThat(Files.exists(DOC)).as(DOC + " exists (render it with -Dtrace.write=true)").isTrue();
        assertThat(Files.readString(DOC))
                .as(DOC + " is stale: rerun this test with -Dtrace.write=true and commit the result")
                .isEqualTo(rendered);
    }

    /**
     * The trace cannot fall behind CPython: every test body of a traced file, in every CPython installed here (3.6 to
     * 3.13 under pyenv in CI) and in every CPython whose body list is recorded ({@code features/trace/bodies/3.X.txt},
     * for the versions with no native build here: 3.14, 3.15), has a row. A new CPython release adds its new tests
     * here as failures, each named.
     */
    @Test
    void everyTestBodyOfTheInstalledCPythonsHasARow() {
        Map<String, Path> installed = CpythonTestBodies.installed();
        org.junit.jupiter.api.Assumptions.assumeFalse(installed.isEmpty(),
                "no CPython with its test_asyncio sources under pyenv's root here; CI installs 3.6-3.13");
        List<String> missing = new ArrayList<>();
        for (CpythonTrace.TraceFile f : trace.files()) {
            installed.forEach((version, dir) -> {
                Path source = dir.resolve(f.name() + ".py");
                if (Files.exists(source)) {
                    missing.addAll(untraced(f, CpythonTestBodies.of(source), version));
                }
            });
        }
        assertThat(missing).as("CPython test bodies with no row in features/trace (add each, with its status)")
                .isEmpty();
    }

    @Test
    void everyTestBodyOfTheRecordedCPythonsHasARow() {
        Map<String, Map<String, Set<String>>> recorded = CpythonTestBodies.recorded(BODIES);
        assertThat(recorded).as("recorded body lists in " + BODIES).containsKeys("3.14", "3.15");
        List<String> missing = new ArrayList<>();
        for (CpythonTrace.TraceFile f : trace.files()) {
            recorded.forEach((version, byFile) ->
                    missing.addAll(untraced(f, byFile.getOrDefault(f.name(), Set.of()), version)));
        }
        assertThat(missing).as("CPython test bodies (recorded lists) with no row in features/trace").isEmpty();
    }

    private static List<String> untraced(CpythonTrace.TraceFile f, Set<String> bodies, String version) {
        Set<String> traced = f.rows().stream().map(CpythonTrace.Row::test).collect(Collectors.toSet());
        return bodies.stream().filter(body -> !traced.contains(body) && !traced.contains(f.rowNameOf(body)))
                .map(body -> f.name() + ".tsv: " + body + " (CPython " + version + ")").toList();
    }

    /**
     * Writes {@code features/trace/bodies/<version>.txt} from a CPython source tree's {@code test_asyncio} folder:
     * {@code -Dtrace.bodies.version=3.14 -Dtrace.bodies.dir=DIR -Dtrace.bodies.source="where DIR came from"}
     * (scripts/cpython-test-bodies.sh runs it). Skipped without those properties.
     */
    @Test
    void recordsTheBodiesOfACPythonSourceTreeWhenAsked() {
        String version = System.getProperty("trace.bodies.version", "");
        org.junit.jupiter.api.Assumptions.assumeFalse(version.isBlank(), "no -Dtrace.bodies.version: nothing to record");
        Path dir = Path.of(System.getProperty("trace.bodies.dir"));
        assertThat(dir.resolve("test_tasks.py")).as("a test_asyncio folder").exists();
        CpythonTestBodies.record(version, dir, BODIES, System.getProperty("trace.bodies.source", dir.toString()));
        assertThat(CpythonTestBodies.recorded(BODIES).get(version).get("test_tasks"))
                .isEqualTo(CpythonTestBodies.of(dir.resolve("test_tasks.py")));
    }

    @Test
    void aRenamedClassMapsToTheRowsOfItsOldName(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test_x.tsv"), String.join("\n",
                "# class renamed: BaseA was A (3.14)",
                "test\tversions\tstatus\trules\tnote",
                "A::test_a\t3.13-3.14\tout-of-scope\t\tsockets", ""));
        CpythonTrace.TraceFile f = CpythonTrace.read(dir).files().get(0);
        assertThat(untraced(f, Set.of("BaseA::test_a", "A::test_a", "BaseA::test_b"), "3.14"))
                .containsExactly("test_x.tsv: BaseA::test_b (CPython 3.14)");
    }

    @Test
    void theScannerFindsTestsInClassesAtAnyDepthAndInHelpers(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path source = dir.resolve("test_x.py");
        Files.writeString(source, String.join("\n",
                "class A(unittest.TestCase):",
                "    def test_a(self):",
                "        def test_inner():",
                "            pass",
                "    async def test_b(self):",
                "        pass",
                "if sys.platform == 'win32':",
                "    class W(A):",
                "        def test_w(self):",
                "            pass",
                "def add_tests(cls):",
                "    def test_added(self):",
                "        pass",
                "def test_module_level():",
                "    pass",
                ""));
        assertThat(CpythonTestBodies.of(source)).containsExactly(
                "A::test_a", "A::test_b", "W::test_w", "add_tests::test_added");
    }

    @Test
    void aRowWithoutItsReasonIsOneClearErrorNamingTheLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test_x.tsv"), "test\tversions\tstatus\trules\tnote\nA::test_a\t3.13\tout-of-scope\t\t\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CpythonTrace.read(dir))
                .hasMessageContaining("test_x.tsv:2").hasMessageContaining("one-line reason");
    }

    @Test
    void theRenderingShowsEachFileAndTheTotal() {
        String rendered = trace.render();
        assertThat(rendered).contains("| **total** | " + trace.total().bodies() + " |");
        trace.files().forEach(f -> assertThat(rendered).contains("## " + f.name()));
    }
}
