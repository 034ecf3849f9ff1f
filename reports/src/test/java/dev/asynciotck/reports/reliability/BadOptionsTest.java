package dev.asynciotck.reports.reliability;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Bad options, each in a real {@code tck} child JVM: exit 2 with one line on standard error naming the option
 * and the problem, the report directory untouched, nothing left behind. ({@code {dir}} stands for the case's
 * own folder, which holds {@code file.txt}, {@code program.py} and an earlier run's {@code reports/}.)
 */
class BadOptionsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                arguments("run --timeout 0", "--timeout must be a positive number of seconds"),
                arguments("run --timeout -1", "--timeout must be a positive number of seconds"),
                arguments("run --timeout abc", "Invalid value for option '--timeout'"),
                arguments("run --timeout Infinity", "--timeout must be a positive number of seconds"),
                arguments("run --repeat 0", "--repeat must be at least 1"),
                arguments("run --jobs 0", "--jobs must be at least 1"),
                arguments("run --targets-at-once 0", "--targets-at-once must be at least 1"),
                arguments("run --frobnicate", "Unknown option: '--frobnicate'"),
                arguments("run --tags @a_and", "--tags"),
                arguments("run --classpath {dir}/missing.jar", "--classpath: no such jar or folder: {dir}/missing.jar"),
                arguments("run --report-dir {dir}/file.txt", "--report-dir {dir}/file.txt cannot be created: "
                        + "{dir}/file.txt is a file, not a directory"),
                arguments("run --report-dir {dir}/file.txt/sub", "--report-dir {dir}/file.txt/sub cannot be created: "
                        + "{dir}/file.txt is a file, not a directory"),
                arguments("run --write-baseline {dir}", "--write-baseline {dir}: is a directory"),
                arguments("run --write-baseline {dir}/file.txt/b.tsv", "{dir}/file.txt is not a directory"),
                arguments("run --target reference --target broken-lifo --write-baseline {dir}/b.tsv",
                        "name the target (TARGET=FILE)"),
                arguments("run --baseline nosuch={dir}/b.tsv", "nosuch is not a target of this run (reference)"),
                arguments("run --features {dir}/missing", "{dir}/missing"),
                arguments("run surplus", "Unmatched argument"),
                arguments("exec", "Missing required parameter: 'FILE'"),
                arguments("exec --timeout 0 {dir}/program.py", "--timeout must be a positive number of seconds"),
                arguments("exec --timeout -1 {dir}/program.py", "--timeout must be a positive number of seconds"),
                arguments("exec {dir}/missing.py", "cannot read {dir}/missing.py: no such file"),
                arguments("exec {dir}", "cannot read {dir}: is a directory"),
                arguments("frobnicate", "Unmatched argument"));
    }

    @ParameterizedTest(name = "tck {0}")
    @MethodSource("usageErrors")
    void aBadOptionIsOneLineAndExitTwo(String command, String expected) throws IOException {
        prepare();
        Map<String, String> before = ReportCheck.snapshot(dir.resolve("reports"));
        TckProcess.Result result = TckProcess.start(dir.resolve("case"), args(command)).await();
        Catalogue.record("bad option", "tck " + command, result);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errorLines()).as(result.toString()).hasSize(1);
        assertThat(result.errorLines().getFirst()).contains(expected.replace("{dir}", dir.toString()));
        assertThat(ReportCheck.snapshot(dir.resolve("reports"))).isEqualTo(before);
        Leftovers.assertNone(dir.resolve("case"));
    }

    static Stream<Arguments> targetsThatCannotRun() {
        return Stream.of(
                arguments("run --target no-such-loop", "no Java provider of that name", "?"),
                arguments("run --python {dir}", "{dir} is a directory, not a Python interpreter", "?"),
                arguments("run --python {dir}/missing-python", "{dir}/missing-python does not exist", "?"),
                arguments("run --target cpython-3.2", "older than 3.6", "3.2"));
    }

    @ParameterizedTest(name = "tck {0}")
    @MethodSource("targetsThatCannotRun")
    void aTargetThatCannotRunIsAHarnessErrorWithCompleteReports(String command, String reason, String version)
            throws IOException {
        prepare();
        TckProcess.Result result = TckProcess.start(dir.resolve("case"), args(command)).await();
        Catalogue.record("bad option", "tck " + command, 3, lineWith(result.out(), "cannot run"));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.out()).contains(reason.replace("{dir}", dir.toString()));
        ReportCheck.assertComplete(dir.resolve("reports"));
        assertThat(ReportCheck.json(dir.resolve("reports").resolve("summary.json")).get("targets").get(0)
                .get("version").asText()).isEqualTo(version);
        Leftovers.assertNone(dir.resolve("case"));
    }

    @ParameterizedTest(name = "tck {0}")
    @MethodSource("execTargets")
    void execOnATargetThatCannotRunIsAHarnessError(String command, String reason) throws IOException {
        prepare();
        TckProcess.Result result = TckProcess.start(dir.resolve("case"), args(command)).await();
        Catalogue.record("bad option", "tck " + command, result);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.errorLines()).hasSize(1);
        assertThat(result.errorLines().getFirst()).contains(reason);
        Leftovers.assertNone(dir.resolve("case"));
    }

    static Stream<Arguments> execTargets() {
        return Stream.of(arguments("exec {dir}/program.py --target no-such-loop", "no-such-loop"),
                arguments("exec {dir}/program.py --target python:/no/such/python", "/no/such/python does not exist"));
    }

    private void prepare() throws IOException {
        Files.writeString(dir.resolve("file.txt"), "not a folder\n");
        Files.writeString(dir.resolve("program.py"), "print('hello')\n");
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports").resolve("previous.txt"), "an earlier run's file\n");
    }

    /** The command's words, {dir} replaced, with the case's report directory and the small feature set. */
    private List<String> args(String command) {
        List<String> words = Arrays.stream(command.split(" ")).map(w -> w.replace("{dir}", dir.toString())
                .replace("@a_and", "@a and")).toList();
        if (!words.getFirst().equals("run")) {
            return words;
        }
        List<String> all = new java.util.ArrayList<>(words);
        if (!all.contains("--report-dir")) {
            all.addAll(List.of("--report-dir", dir.resolve("reports").toString()));
        }
        if (!all.contains("--features")) {
            all.addAll(List.of("--features", Gates.FEATURES.toString()));
        }
        return all;
    }

    private static String lineWith(String text, String fragment) {
        return text.lines().filter(line -> line.contains(fragment)).findFirst().orElse("").strip();
    }
}
