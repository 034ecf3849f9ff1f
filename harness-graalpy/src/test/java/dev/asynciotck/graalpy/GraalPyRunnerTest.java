package dev.asynciotck.graalpy;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraalPy runner end to end, on the pinned GraalPy: one server, programs run as scripts in fresh contexts.
 * Slow (the server warms up first, a minute or more on a busy machine), so every case shares one target.
 */
class GraalPyRunnerTest {

    /** Ample: a program takes a second or two on a warm engine, much more on a loaded machine. */
    private static final Duration LIMIT = Duration.ofSeconds(120);

    private static GraalPyTarget target;

    @BeforeAll
    static void startTarget() {
        target = new GraalPyTarget("graalpy-3.12", GraalPyRuntime.pinned(), 2, 1, System.err);
        assertThat(target.unavailableReason()).isEmpty();
    }

    @AfterAll
    static void stopTarget() {
        target.stopServer();
    }

    private static RunResult run(String program) {
        return target.run(program, "test.py", LIMIT);
    }

    /** Runs the programs from as many threads at once (the target lets two of them run at a time). */
    private static List<RunResult> atOnce(List<String> programs, Duration limit) {
        ExecutorService threads = Executors.newFixedThreadPool(programs.size());
        try {
            List<CompletableFuture<RunResult>> runs = programs.stream()
                    .map(program -> CompletableFuture.supplyAsync(() -> target.run(program, "test.py", limit), threads))
                    .toList();
            return runs.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void everyProgramStartsFromAFreshInterpreter() {
        String program = """
                import builtins, sys
                print("asyncio imported before the program:", "asyncio" in sys.modules)
                print("left by an earlier program:", getattr(builtins, "tck_left_over", None))
                builtins.tck_left_over = "yes"
                import asyncio
                policy = asyncio.get_event_loop_policy()
                print("policy marked by an earlier program:", hasattr(policy, "tck_marker"))
                policy.tck_marker = "set"

                async def main():
                    print(asyncio.current_task().get_name())
                    child = asyncio.ensure_future(asyncio.sleep(0))
                    print(child.get_name())
                    await child

                asyncio.run(main())
                """;
        for (RunResult result : atOnce(List.of(program, program, program), LIMIT)) {
            assertThat(result.status()).as(result.describeOutcome() + "\n" + result.stderr())
                    .isEqualTo(Status.COMPLETED);
            assertThat(result.stdout()).isEqualTo("""
                    asyncio imported before the program: False
                    left by an earlier program: None
                    policy marked by an earlier program: False
                    Task-1
                    Task-2
                    """);
        }
    }

    @Test
    void standardOutputAndErrorAreCapturedApart() {
        RunResult result = run("""
                import sys
                print("to stdout")
                print("to stderr", file=sys.stderr)
                print("more stdout")
                """);
        assertThat(result.status()).isEqualTo(Status.COMPLETED);
        assertThat(result.stdout()).isEqualTo("to stdout\nmore stdout\n");
        assertThat(result.stderr()).isEqualTo("to stderr\n");
    }

    @Test
    void anUncaughtExceptionIsRaisedWithItsTracebackOnStandardError() {
        RunResult result = run("""
                import asyncio

                async def main():
                    raise LookupError("nothing there")

                print("before")
                asyncio.run(main())
                """);
        assertThat(result.status()).isEqualTo(Status.RAISED);
        assertThat(result.exceptionName()).isEqualTo("LookupError");
        assertThat(result.stdout()).isEqualTo("before\n");
        assertThat(result.stderr()).startsWith("Traceback (most recent call last):\n")
                .contains("program.py", "LookupError: nothing there");
    }

    @Test
    void systemExitIsHonouredAsPythonDoes() {
        RunResult withStatus = run("import sys\nprint('leaving')\nsys.exit(3)\n");
        assertThat(withStatus.status()).isEqualTo(Status.RAISED);
        assertThat(withStatus.exceptionName()).isEqualTo("SystemExit");
        assertThat(withStatus.stdout()).isEqualTo("leaving\n");
        assertThat(withStatus.stderr()).isEmpty();

        RunResult withMessage = run("import sys\nsys.exit('a message for stderr')\n");
        assertThat(withMessage.exceptionName()).isEqualTo("SystemExit");
        assertThat(withMessage.stderr()).isEqualTo("a message for stderr\n");

        RunResult fromATask = run("""
                import asyncio

                async def main():
                    raise SystemExit(4)

                asyncio.run(main())
                """);
        assertThat(fromATask.status()).isEqualTo(Status.RAISED);
        assertThat(fromATask.exceptionName()).isEqualTo("SystemExit");
    }

    @Test
    void osExitEndsTheInterpreterAtOnceAndIsACrash() {
        RunResult result = run("import os\nprint('last words', flush=True)\nos._exit(5)\nprint('never')\n");
        assertThat(result.status()).isEqualTo(Status.CRASHED);
        assertThat(result.detail()).contains("status 5");
        assertThat(result.stdout()).isEqualTo("last words\n");
    }

    @Test
    void shutdownWaitsForThreadsAndRunsAtexitHandlers() {
        RunResult result = run("""
                import atexit, threading, time

                atexit.register(print, "atexit handler")

                def late():
                    time.sleep(0.2)
                    print("thread done")

                threading.Thread(target=late).start()
                print("main done")
                """);
        assertThat(result.status()).isEqualTo(Status.COMPLETED);
        assertThat(result.stdout()).isEqualTo("main done\nthread done\natexit handler\n");
    }

    @Test
    void theTimeLimitEndsABusyLoopAnEventLoopInSelectAndSleepingThreads() {
        // Each prints first, so that the output written before the limit is seen to survive the cancellation.
        Duration limit = Duration.ofSeconds(20);
        List<String> stuck = List.of(
                "print('spinning', flush=True)\nwhile True:\n    pass\n",
                "print('waiting', flush=True)\nimport asyncio\nasyncio.run(asyncio.sleep(3600))\n",
                "print('sleeping', flush=True)\nimport time\ntime.sleep(3600)\n",
                "print('main ends', flush=True)\nimport threading, time\n"
                        + "threading.Thread(target=time.sleep, args=(3600,)).start()\n");
        List<RunResult> results = atOnce(stuck, limit);
        for (int i = 0; i < stuck.size(); i++) {
            RunResult result = results.get(i);
            assertThat(result.status()).as(stuck.get(i) + result.describeOutcome()).isEqualTo(Status.TIMEOUT);
            assertThat(result.detail()).contains("did not end within 20 s", "cancelled");
            assertThat(result.stdout()).as(stuck.get(i)).isEqualTo(stuck.get(i).lines().findFirst().orElseThrow()
                    .replaceAll("print\\('(.*)', flush=True\\)", "$1") + "\n");
            assertThat(result.elapsed()).as(stuck.get(i)).isLessThan(limit.plusSeconds(10));
        }
        RunResult after = run("print('the engine still works')\n");
        assertThat(after.status()).isEqualTo(Status.COMPLETED);
        assertThat(after.stdout()).isEqualTo("the engine still works\n");
    }
}
