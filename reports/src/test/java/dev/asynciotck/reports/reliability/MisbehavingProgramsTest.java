package dev.asynciotck.reports.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programs that misbehave — print megabytes, end the interpreter under the harness, never end, read standard
 * input, come in another encoding, recurse deep — on the reference and on a real CPython, through the real
 * {@code tck}.
 */
class MisbehavingProgramsTest {

    @TempDir
    Path dir;

    /** 500,000 lines of 99 characters and a newline: 50,000,000 bytes. */
    private static final String FIFTY_MEGABYTES = """
            line = "x" * 99
            for i in range(500000):
                print(line)
            """;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"reference", Pythons.TARGET})
    void execPrintsFiftyMegabytesWhole(String target) throws IOException {
        if (!target.equals("reference")) {
            Pythons.assumeInstalled();
        }
        Path program = Files.writeString(dir.resolve("big.py"), FIFTY_MEGABYTES);
        TckProcess.Result result = TckProcess.start(dir.resolve("case"), List.of("exec", program.toString(),
                "--target", target), List.of("-Xmx256m")).await();
        long size = Files.size(dir.resolve("case").resolve("out.txt"));
        Catalogue.record("misbehaving program", "tck exec of a program printing 50 MB, on " + target,
                result.exitCode(), size + " bytes on stdout");
        assertThat(result.exitCode()).as(result.toString().substring(0, 200)).isZero();
        assertThat(size).isEqualTo(50_000_000L);
        Leftovers.assertNone(dir.resolve("case"));
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"reference", Pythons.TARGET})
    void theGateSaysHowMuchOutputItCut(String target) {
        if (!target.equals("reference")) {
            Pythons.assumeInstalled();
        }
        Path features = SpecFiles.features(dir.resolve("spec"), "big.feature", SpecFiles.feature(List.of(
                SpecFiles.scenario("Two megabytes of output", "for i in range(20000):\n    print(\"y\" * 99)\n",
                        "done"))));
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", features.toString(),
                "--target", target, "--report-dir", dir.resolve("reports").toString());
        String message = onlyCell(dir.resolve("reports")).get("message").asText();
        Catalogue.record("misbehaving program", "a scenario printing 2 MB, on " + target, result.exitCode(),
                message.lines().findFirst().orElse(""));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(message).contains("stdout cut after 1048576 bytes (951424 more discarded)");
        ReportCheck.assertComplete(dir.resolve("reports"));
        Leftovers.assertNone(dir.resolve("case"));
    }

    @Test
    void osExitIsNamedWithItsStatus() {
        Pythons.assumeInstalled();
        Path features = SpecFiles.features(dir.resolve("spec"), "exit.feature", SpecFiles.feature(List.of(
                SpecFiles.scenario("Ends the interpreter", """
                        import os
                        import warnings
                        warnings.warn("a DeprecationWarning's line", DeprecationWarning)
                        os._exit(7)
                        """, ""))));
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", features.toString(),
                "--target", Pythons.TARGET, "--report-dir", dir.resolve("reports").toString());
        String message = onlyCell(dir.resolve("reports")).get("message").asText();
        Catalogue.record("misbehaving program", "os._exit(7) in a scenario on " + Pythons.TARGET, result.exitCode(),
                message.substring(message.indexOf("the interpreter")));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(message).contains("the interpreter exited with status 7 before the program ended, without an"
                + " exception (os._exit(7) or the like)").doesNotContain("warn");
        Leftovers.assertNone(dir.resolve("case"));
    }

    @Test
    void aProgramThatNeverEndsIsATimeoutAndLeavesNothing() {
        Pythons.assumeInstalled();
        Path features = SpecFiles.features(dir.resolve("spec"), "hang.feature", SpecFiles.feature(List.of(
                SpecFiles.scenario("Never ends", SpecFiles.HANGS, ""))));
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", features.toString(),
                "--target", Pythons.TARGET, "--timeout", "2", "--report-dir", dir.resolve("reports").toString());
        JsonNode cell = onlyCell(dir.resolve("reports"));
        Catalogue.record("misbehaving program", "a program that never ends, --timeout 2, on " + Pythons.TARGET,
                result.exitCode(), cell.get("verdict").asText() + ": " + cell.get("message").asText());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(cell.get("verdict").asText()).isEqualTo("timeout");
        Leftovers.assertNone(dir.resolve("case"));
    }

    @Test
    void aProcessTheProgramLeftRunningEndsWithIt() {
        Pythons.assumeInstalled();
        Path features = SpecFiles.features(dir.resolve("spec"), "spawn.feature", SpecFiles.feature(List.of(
                SpecFiles.scenario("Leaves a subprocess running", """
                        import subprocess
                        subprocess.Popen(["sleep", "600"])
                        print("spawned")
                        """, "spawned"))));
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "run", "--features", features.toString(),
                "--target", Pythons.TARGET, "--report-dir", dir.resolve("reports").toString());
        Catalogue.record("misbehaving program", "a program that starts a subprocess and ends without waiting for it,"
                + " on " + Pythons.TARGET, result.exitCode(), "passes; the subprocess is killed with the program's"
                + " process group");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Leftovers.assertNone(dir.resolve("case"));
    }

    @Test
    void execPassesStandardInputThrough() throws IOException {
        Pythons.assumeInstalled();
        Path program = Files.writeString(dir.resolve("echo.py"),
                "import sys\nfor line in sys.stdin:\n    print('got', line.strip())\n");
        Path input = Files.writeString(dir.resolve("input.txt"), "one\ntwo\n");
        TckProcess.Result result = TckProcess.start(dir.resolve("case"), List.of("exec", program.toString(),
                "--target", Pythons.TARGET), List.of(), input).await();
        Catalogue.record("misbehaving program", "tck exec of a program reading stdin, on " + Pythons.TARGET,
                result.exitCode(), result.out().strip().replace('\n', '|'));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("got one\ngot two\n");
        Leftovers.assertNone(dir.resolve("case"));
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"reference", Pythons.TARGET})
    void execHonoursACodingDeclaration(String target) throws IOException {
        if (!target.equals("reference")) {
            Pythons.assumeInstalled();
        }
        Path program = dir.resolve("latin1.py");
        Files.write(program, "# -*- coding: latin-1 -*-\nprint(\"caf\u00e9\", len(\"caf\u00e9\"))\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "exec", program.toString(), "--target", target);
        Catalogue.record("misbehaving program", "tck exec of a latin-1 file with a PEP 263 declaration, on " + target,
                result.exitCode(), result.out().strip());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("caf\u00e9 4\n");
    }

    /**
     * Recursion and {@code await} chains 900 deep, also while two tasks are suspended 600 deep each, then
     * recursion 5,000 and 100,000 deep caught as {@code RecursionError}: the program and its output are
     * CPython's (the same on 3.6 to 3.13), as in the harness's RecursionDepthTest.
     */
    private static final String DEEP_RECURSION = """
            import asyncio


            def down(n):
                if n == 0:
                    return 0
                return down(n - 1) + 1


            async def chain(n):
                if n == 0:
                    await asyncio.sleep(0)
                    return 0
                return await chain(n - 1) + 1


            async def hold(n, here, go):
                if n == 0:
                    here.set()
                    await go.wait()
                    return 0
                return await hold(n - 1, here, go) + 1


            async def main():
                print("sync in a task", down(900))
                print("await chain", await chain(900))
                print("await chain in a task of its own", await asyncio.ensure_future(chain(900)))
                go = asyncio.Event()
                events = [asyncio.Event(), asyncio.Event()]
                tasks = [asyncio.ensure_future(hold(600, here, go)) for here in events]
                for here in events:
                    await here.wait()
                print("two tasks suspended 600 deep each, and 900 more", down(900))
                go.set()
                print("then they end", [await task for task in tasks])
                for depth in (5000, 100000):
                    try:
                        down(depth)
                    except RecursionError as e:
                        print("sync", depth, type(e).__name__)
                    try:
                        await chain(depth)
                    except RecursionError as e:
                        print("await", depth, type(e).__name__)
                print("after the errors", down(900), await chain(900))


            print("sync at module level", down(900))
            try:
                down(5000)
            except RecursionError as e:
                print("module level 5000", type(e).__name__)
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            loop.run_until_complete(main())
            loop.close()
            """;

    private static final String DEEP_RECURSION_OUTPUT = """
            sync at module level 900
            module level 5000 RecursionError
            sync in a task 900
            await chain 900
            await chain in a task of its own 900
            two tasks suspended 600 deep each, and 900 more 900
            then they end [600, 600]
            sync 5000 RecursionError
            await 5000 RecursionError
            sync 100000 RecursionError
            await 100000 RecursionError
            after the errors 900 900
            """;

    @ParameterizedTest(name = "on {0} strands")
    @ValueSource(strings = {"continuation", "virtual-thread"})
    void execRecursesAsDeepAsCPythonOnTheReference(String strand) throws IOException {
        Path program = Files.writeString(dir.resolve("deep.py"), DEEP_RECURSION);
        TckProcess.Result result = TckProcess.start(dir.resolve("case"), List.of("exec", program.toString()),
                List.of("-Dasynciotck.strand=" + strand)).await();
        Catalogue.record("misbehaving program", "tck exec of recursion and await chains 900 deep, then 5,000 and"
                + " 100,000 deep, on reference (" + strand + " strands)", result.exitCode(),
                result.out().lines().filter(line -> line.contains("900") || line.contains("Error"))
                        .reduce((a, b) -> a + " | " + b).orElse(result.err().strip()));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo(DEEP_RECURSION_OUTPUT);
    }

    @Test
    void execOfLatin1WithoutADeclarationSaysWhereOnTheReference() throws IOException {
        Path program = dir.resolve("undeclared.py");
        Files.write(program, "print(1)\nprint(\"caf\u00e9\")\n".getBytes(StandardCharsets.ISO_8859_1));
        TckProcess.Result result = TckProcess.run(dir.resolve("case"), "exec", program.toString());
        Catalogue.record("misbehaving program", "tck exec of latin-1 text without a declaration, on reference", result);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.errorLines()).hasSize(1);
        assertThat(result.errorLines().getFirst()).contains(program + ": line 2: not valid UTF-8");
    }

    /** The one scenario's cell on the one target, from matrix.json. */
    private static JsonNode onlyCell(Path reports) {
        JsonNode scenario = ReportCheck.json(reports.resolve("matrix.json")).get("features").get(0).get("rules")
                .get(0).get("scenarios").get(0);
        return scenario.get("cells").elements().next();
    }
}
