package dev.asynciotck.spec;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace of CPython's tests is checked and rendered by the build: every rule a row names exists, each table's
 * stated figures are its recount, and docs/cpython-tests-trace.md is the rendering of the tables (so it cannot go
 * stale). {@code -Dtrace.write=true} rewrites the document instead of comparing it.
 */
class CpythonTraceTest {

    private static final Path TRACE = Path.of("..", "features", "trace");
    private static final Path DOC = Path.of("..", "docs", "cpython-tests-trace.md");

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
        String rendered = trace.render();
        if (Boolean.getBoolean("trace.write")) {
            Files.writeString(DOC, rendered);
        }
        assertThat(Files.exists(DOC)).as(DOC + " exists (render it with -Dtrace.write=true)").isTrue();
        assertThat(Files.readString(DOC))
                .as(DOC + " is stale: rerun this test with -Dtrace.write=true and commit the result")
                .isEqualTo(rendered);
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
