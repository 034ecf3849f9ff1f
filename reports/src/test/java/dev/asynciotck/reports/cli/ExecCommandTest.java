package dev.asynciotck.reports.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tck exec}: stdout as python prints it, and python's exit statuses plus the harness's own. */
class ExecCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run exec(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Tck.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path program(String text) throws IOException {
        Path file = dir.resolve("program.py");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aCompletedProgramExitsZeroWithItsOutput() throws IOException {
        Run run = exec("exec", program("""
                import asyncio
                async def main():
                    print("hello", 42)
                asyncio.run(main())
                """).toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("hello 42\n");
    }

    @Test
    void anEscapingExceptionPrintsPythonsLastTracebackLineAndExitsOne() throws IOException {
        Run run = exec("exec", program("""
                print("start")
                raise ValueError("boom")
                """).toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("start\n");
        assertThat(run.err()).endsWith("ValueError: boom\n");
    }

    @Test
    void anUnsupportedConstructIsAHarnessErrorWithItsPlace() throws IOException {
        Run run = exec("exec", program("x = 1\nimport os\n").toString());
        assertThat(run.exitCode()).isEqualTo(Tck.HARNESS_ERROR);
        assertThat(run.err()).contains("unsupported Python construct: import of module 'os' at line 2, column 8");
    }

    @Test
    void aMissingFileIsAUsageError() {
        Run run = exec("exec", dir.resolve("nope.py").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read").contains("nope.py");
    }

    @Test
    void anUnknownTargetIsAHarnessErrorNamingWhatExists() throws IOException {
        Run run = exec("exec", program("print(1)\n").toString(), "--target", "no-such-loop");
        assertThat(run.exitCode()).isEqualTo(Tck.HARNESS_ERROR);
        assertThat(run.err()).contains("no-such-loop").contains("reference");
    }

    @Test
    void anUnknownSubCommandIsAUsageError() {
        assertThat(exec("frobnicate").exitCode()).isEqualTo(2);
    }
}
