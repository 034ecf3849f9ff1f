package dev.asynciotck.reports.cli;

import dev.asynciotck.harness.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.asynciotck.reports.cli.ExecCommandTest.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code tck list-targets} shows the WebAssembly CPython builds, and {@code tck exec --target cpython-3.14} runs a
 * program as {@code python3.14 FILE} would. The exec tests need the npm packages of {@code harness/wasm} and are
 * skipped, saying why, without them.
 */
class WasmCommandsTest {

    @TempDir
    Path dir;

    @Test
    void listTargetsShowsTheWebAssemblyBuildsAvailableOrWhyNot() {
        var run = exec("list-targets");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CPython compiled to WebAssembly").containsPattern(
                "(?m)^  cpython-3\\.13-wasm +(available: CPython 3\\.13\\.\\d+, WebAssembly \\(Pyodide .*\\)|.*npm ci.*)$")
                .containsPattern("(?m)^  cpython-3\\.14 +(available: CPython 3\\.14\\.\\d+, WebAssembly \\(Pyodide .*\\)|.*)$")
                .containsPattern("(?m)^  cpython-3\\.15 +\\S");
        assertThat(run.out().lines().filter(line -> line.startsWith("  cpython-3.14 "))).hasSize(1);
    }

    @Test
    void execRunsAProgramOnCPython314AsPythonWould() throws IOException {
        assumeInstalled("cpython-3.14");
        Path program = Files.writeString(dir.resolve("program.py"), """
                import asyncio, sys
                async def main():
                    print(sys.version_info[:2], asyncio.current_task().get_name())
                asyncio.run(main())
                """);

        var run = exec("exec", program.toString(), "--target", "cpython-3.14");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("(3, 14) Task-1\n");
    }

    @Test
    void execOnCPython314ReportsWhatEscapesWithItsTracebackAndStatusOne() throws IOException {
        assumeInstalled("cpython-3.14");
        Path program = Files.writeString(dir.resolve("program.py"), """
                import asyncio
                print("before")
                asyncio.get_event_loop()
                """);

        var run = exec("exec", program.toString(), "--target", "cpython-3.14");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("before\n");
        assertThat(run.err()).startsWith("Traceback (most recent call last):")
                .endsWith("RuntimeError: There is no current event loop in thread 'MainThread'.\n");
    }

    private static void assumeInstalled(String name) {
        String reason = Targets.byName(name).unavailableReason().orElse(null);
        assumeTrue(reason == null, () -> name + " is unavailable: " + reason);
    }
}
