package dev.asynciotck.harness.python;

import dev.asynciotck.harness.RunResult.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What happens to a Python target when its fork server dies under a program, and after. */
class ForkServerFallbackTest {

    /** Kills its parent only when that parent is a fork server (never the JVM of a fresh run), then prints. */
    private static final String KILLS_THE_FORK_SERVER = """
            import os, signal
            with open("/proc/%d/cmdline" % os.getppid(), "rb") as cmdline:
                if b"forkserver.py" in cmdline.read():
                    os.kill(os.getppid(), signal.SIGKILL)
            print("ran to the end")
            """;

    @Test
    void aProgramWhoseServerDiesRunsAgainInAFreshInterpreterAndTheFailureIsKept() {
        var target = ((PythonTarget) PythonTargetTest.anyInstalled()).withOwnForkServer();
        assertThat(target.run("print('through the server')\n", "warm-up", Duration.ofSeconds(30)).stdout())
                .isEqualTo("through the server\n");
        assertThat(target.forkServerFailure()).isEmpty();

        var result = target.run(KILLS_THE_FORK_SERVER, "server-killer", Duration.ofSeconds(30));

        assertThat(result.status()).as(result.detail()).isEqualTo(Status.COMPLETED);
        assertThat(result.stdout()).isEqualTo("ran to the end\n");
        assertThat(target.forkServerFailure()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("fork server", target.name()));
        var after = target.run("print('still works')\n", "after", Duration.ofSeconds(30));
        assertThat(after.stdout()).isEqualTo("still works\n");
    }

    @Test
    void aTimedOutChildLeavesTheServerServing() {
        var target = ((PythonTarget) PythonTargetTest.anyInstalled()).withOwnForkServer();

        var endless = target.run("while True:\n    pass\n", "endless", Duration.ofSeconds(1));
        var next = target.run("print('next')\n", "next", Duration.ofSeconds(30));

        assertThat(endless.status()).isEqualTo(Status.TIMEOUT);
        assertThat(next.stdout()).isEqualTo("next\n");
        assertThat(target.forkServerFailure()).isEmpty();
    }
}
