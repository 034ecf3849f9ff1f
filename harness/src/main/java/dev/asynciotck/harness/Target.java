package dev.asynciotck.harness;

import dev.asynciotck.spi.PythonVersion;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Something a scenario's program runs on: a Java SPI provider (through the Python-subset interpreter) or a
 * real Python interpreter. Both report a {@link RunResult} of the same shape, so the same steps check both.
 *
 * <p>A target never throws for a program's behaviour or its own failures: every problem becomes a
 * {@link RunResult.Status}. Implementations are thread-safe; several programs may run at once.
 */
public interface Target {

    /** The name scenarios are reported under, e.g. {@code reference}, {@code cpython-3.12}. */
    String name();

    /** The asyncio version whose semantics the target follows; decides which scenarios apply. */
    PythonVersion version();

    /** Optional behaviours the target offers (see {@link dev.asynciotck.spi.Capabilities}). */
    Set<String> capabilities();

    /**
     * Runs one program to its end, or until {@code timeout} passes.
     *
     * @param program the program text, a whole Python module
     * @param origin  where the program comes from, for messages (e.g. {@code tasks/deferral.feature:12})
     */
    RunResult run(String program, String origin, Duration timeout);

    /**
     * Runs one program file the way {@code python FILE} runs it: its bytes decoded as CPython decodes them
     * (PEP 263 coding declarations), its standard input and output those of {@code console}, output written as
     * it comes and never cut. The result's {@code stdout} and {@code stderr} are empty: the output went to the
     * console.
     *
     * <p>The default runs {@link #run} on the decoded text and copies its output to the console afterwards
     * (so bounded and not streamed); targets that can stream override it.
     */
    default RunResult exec(byte[] source, String origin, Duration timeout, Console console) {
        String text;
        try {
            text = PythonSource.decode(source, origin);
        } catch (PythonSource.EncodingException e) {
            return RunResult.failure(RunResult.Status.ERROR, "the program is not valid Python: " + e.getMessage(),
                    "", "", Duration.ZERO);
        }
        RunResult result = run(text, origin, timeout);
        var out = new PrintStream(console.out(), true, StandardCharsets.UTF_8);
        out.print(result.stdout());
        out.flush();
        var err = new PrintStream(console.err(), true, StandardCharsets.UTF_8);
        err.print(result.stderr());
        err.flush();
        return result.withoutOutput();
    }

    /**
     * Why the target cannot run programs here (interpreter not installed, provider not found), or empty if it
     * can. A runner checks this before the first scenario: a target that cannot start is a harness error.
     */
    default Optional<String> unavailableReason() {
        return Optional.empty();
    }

    /** What the target deliberately gets wrong, if it is a {@link FaultModel}; empty for a real implementation. */
    default Optional<FaultModel> faultModel() {
        return Optional.empty();
    }
}
