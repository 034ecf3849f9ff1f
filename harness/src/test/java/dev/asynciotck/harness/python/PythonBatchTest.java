package dev.asynciotck.harness.python;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzzer's batch runner: each program gives what a fresh interpreter gives it (status, exception, standard
 * output), and nothing a program leaves behind — globals, a current event loop, the policy, an open loop, redirected
 * streams — reaches the next one. A program over its time limit is given back to the caller (empty), and the
 * runner after it is a new one.
 */
class PythonBatchTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    /** Programs that each leave something behind, in the order they run; each prints what a fresh run prints. */
    private static final String[] LEAVERS = {
        // A global, a current loop that is not closed, a policy of its own making, a handled exception.
        """
        import asyncio
        leftover = 1
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            raise KeyError("k")
        except KeyError:
            pass
        print("left")
        """,
        // Sees none of it: no global, no current loop set, the policy the default one's first instance.
        """
        import asyncio, sys
        print("leftover" in globals(), asyncio.events._event_loop_policy is None, sys.exc_info()[0])
        print(asyncio.events._get_running_loop())
        """,
        // Replaces the streams and ends by raising.
        """
        import sys, io
        print("before")
        sys.stdout = io.StringIO()
        print("lost")
        raise ValueError("v")
        """,
        // Prints to the real standard output again.
        """
        print("after")
        """,
        // asyncio.run with a task that is never retrieved: the loop is closed, the policy loop unset.
        """
        import asyncio
        async def boom():
            raise ValueError("never retrieved")
        async def main():
            asyncio.ensure_future(boom())
            await asyncio.sleep(0)
            print("ran")
        asyncio.run(main()) if hasattr(asyncio, "run") else asyncio.get_event_loop().run_until_complete(main())
        """,
    };

    @ParameterizedTest
    @ValueSource(strings = {"cpython-3.6", "cpython-3.13"})
    void programsGiveWhatAFreshInterpreterGivesAndLeaveNothingBehind(String name) throws Exception {
        var target = (PythonTarget) PythonTargetTest.installed(name);
        PythonTarget fresh = target.inFreshProcesses();
        try (PythonBatch batch = PythonBatch.forTarget(target).orElseThrow()) {
            for (int round = 0; round < 2; round++) {
                for (String program : LEAVERS) {
                    RunResult batched = batch.run(program, LIMIT).orElseThrow(() -> new AssertionError(batch.lastFailure()));
                    RunResult isolated = fresh.run(program, "batch test", LIMIT);
                    assertThat(isolated.status().isOutcome()).as(isolated.describeOutcome()).isTrue();
                    assertThat(batched.status()).as(program).isEqualTo(isolated.status());
                    assertThat(batched.exceptionName()).as(program).isEqualTo(isolated.exceptionName());
                    assertThat(batched.stdout()).as(program).isEqualTo(isolated.stdout());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpython-3.13"})
    void aProgramOverItsTimeLimitIsGivenBackAndTheNextRunsInANewRunner(String name) throws Exception {
        var target = (PythonTarget) PythonTargetTest.installed(name);
        try (PythonBatch batch = PythonBatch.forTarget(target).orElseThrow()) {
            Optional<RunResult> late = batch.run("import time\nprint('x')\ntime.sleep(60)\n", Duration.ofSeconds(2));
            assertThat(late).isEmpty();
            assertThat(batch.lastFailure()).contains("no answer within 2000 ms");
            RunResult next = batch.run("print('next')\n", LIMIT).orElseThrow();
            assertThat(next.status()).isEqualTo(Status.COMPLETED);
            assertThat(next.stdout()).isEqualTo("next\n");
        }
    }
}
