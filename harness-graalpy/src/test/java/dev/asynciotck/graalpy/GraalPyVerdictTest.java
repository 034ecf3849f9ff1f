package dev.asynciotck.graalpy;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a server reply and the harness's result file become a verdict (no GraalPy needed). */
class GraalPyVerdictTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static GraalPyServer.Reply reply(int exit, boolean timedOut, String stdout, String stderr,
                                             String problem) {
        return new GraalPyServer.Reply(exit, timedOut, Duration.ofMillis(5), stdout.getBytes(StandardCharsets.UTF_8),
                0, stderr.getBytes(StandardCharsets.UTF_8), 0, problem);
    }

    private static RunResult judge(GraalPyServer.Reply reply, List<String> result) {
        return GraalPyVerdict.interpret(reply, result, "p.py on graalpy-3.12", LIMIT);
    }

    @Test
    void aCompletedProgramWithStatusZeroCompletes() {
        var result = judge(reply(0, false, "out\n", "warning\n", ""), List.of("completed"));
        assertThat(result.status()).isEqualTo(Status.COMPLETED);
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.stderr()).isEqualTo("warning\n");
    }

    @Test
    void anEscapingExceptionIsRaisedWithItsSimpleName() {
        var result = judge(reply(1, false, "", "Traceback...\nKeyError: 'k'\n", ""),
                List.of("raised", "KeyError", "builtins.KeyError"));
        assertThat(result.status()).isEqualTo(Status.RAISED);
        assertThat(result.exceptionName()).isEqualTo("KeyError");
    }

    @Test
    void systemExitIsRaisedWhateverTheStatus() {
        var result = judge(reply(0, false, "", "", ""), List.of("raised", "SystemExit", "builtins.SystemExit"));
        assertThat(result.status()).isEqualTo(Status.RAISED);
        assertThat(result.exceptionName()).isEqualTo("SystemExit");
    }

    @Test
    void anExceptionWithStatusZeroIsAHarnessError() {
        var result = judge(reply(0, false, "", "", ""), List.of("raised", "KeyError", "builtins.KeyError"));
        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.detail()).contains("raised KeyError", "status 0");
    }

    @Test
    void aTimeoutNamesTheLimitAndKeepsTheOutputSoFar() {
        var result = judge(reply(-1, true, "started\n", "", ""), List.of("running"));
        assertThat(result.status()).isEqualTo(Status.TIMEOUT);
        assertThat(result.detail()).contains("p.py on graalpy-3.12", "10 s", "cancelled");
        assertThat(result.stdout()).isEqualTo("started\n");
    }

    @Test
    void anInterpreterThatEndsBeforeTheProgramCrashed() {
        var result = judge(reply(7, false, "", "", ""), List.of("running"));
        assertThat(result.status()).isEqualTo(Status.CRASHED);
        assertThat(result.detail()).contains("status 7", "os._exit");
    }

    @Test
    void aServerProblemIsAnErrorNamingIt() {
        var result = judge(reply(-1, false, "", "", "GraalPy internal error: boom"), null);
        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.detail()).contains("GraalPy internal error: boom");
    }

    @Test
    void noResultFileIsAnError() {
        var result = judge(reply(1, false, "", "SyntaxError: bad\n", ""), null);
        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.detail()).contains("wrote no result", "SyntaxError: bad");
    }

    @Test
    void cutOutputIsNoted() {
        var cut = new GraalPyServer.Reply(0, false, Duration.ZERO, "x".getBytes(StandardCharsets.UTF_8), 42,
                new byte[0], 0, "");
        var result = judge(cut, List.of("completed"));
        assertThat(result.status()).isEqualTo(Status.COMPLETED);
        assertThat(result.detail()).contains("stdout cut after 1 bytes (42 more discarded)");
    }
}
