package dev.asynciotck.harness.python;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;
import dev.asynciotck.harness.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code +pure} variant really runs asyncio's pure-Python classes, in a fork server's child and in a fresh
 * interpreter alike, and a PyPy found on PATH runs programs. Each test is skipped, saying why, where its
 * interpreter is missing.
 */
class PureAndPyPyTargetTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Prints which Future and Task asyncio uses, and a message whose text differs between the two. */
    private static final String WHICH_ASYNCIO = """
            import asyncio

            async def main():
                future = asyncio.get_event_loop().create_future()
                try:
                    future.result()
                except asyncio.InvalidStateError as e:
                    print(e)

            print(asyncio.Future is asyncio.futures._PyFuture, asyncio.Task is asyncio.tasks._PyTask)
            asyncio.new_event_loop().run_until_complete(main())
            """;

    @ParameterizedTest
    @ValueSource(strings = {"cpython-3.6", "cpython-3.13"})
    void theAcceleratorIsBlockedThroughTheForkServerAndInAFreshInterpreter(String plainName) {
        Target plain = PythonTargetTest.installed(plainName);
        var pure = (PythonTarget) PythonTargetTest.installed(plainName + "+pure");

        RunResult accelerated = plain.run(WHICH_ASYNCIO, "plain", TIMEOUT);
        RunResult forked = pure.withOwnForkServer().run(WHICH_ASYNCIO, "forked", TIMEOUT);
        RunResult fresh = pure.inFreshProcesses().run(WHICH_ASYNCIO, "fresh", TIMEOUT);

        assertThat(accelerated.stdout()).isEqualTo("False False\nResult is not set.\n");
        for (RunResult run : new RunResult[] {forked, fresh}) {
            assertThat(run.status()).as(run.detail()).isEqualTo(Status.COMPLETED);
            assertThat(run.stdout()).isEqualTo("True True\nResult is not ready.\n");
        }
        assertThat(pure.capabilities()).isEqualTo(plain.capabilities());
    }

    @Test
    void pypyRunsProgramsAsPython39() {
        var pypy = (PythonTarget) PythonTargetTest.installed("pypy-3.9");

        RunResult run = pypy.run(WHICH_ASYNCIO, "pypy", TIMEOUT);

        assertThat(run.status()).as(run.detail()).isEqualTo(Status.COMPLETED);
        assertThat(run.stdout()).isEqualTo("True True\nResult is not ready.\n");
        assertThat(pypy.describeInterpreter()).contains("pypy 3.9");
    }
}
