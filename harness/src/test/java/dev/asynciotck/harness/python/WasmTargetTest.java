package dev.asynciotck.harness.python;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;
import dev.asynciotck.harness.Target;
import dev.asynciotck.spi.Capabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The WebAssembly targets run each program as a fresh {@code python FILE} would. Needs the npm packages of
 * {@code harness/wasm} ({@code npm ci}, as CI's {@code .ci/run} does); each test is skipped, saying why, when they
 * are not installed. The servers are the shared ones of {@link WasmTargets}, started once for the whole class.
 */
class WasmTargetTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The target, or the test is skipped with the reason it is not available. */
    static WasmTarget installed(String name) {
        var target = (WasmTarget) WasmTargets.byName(name).orElseThrow();
        String reason = target.unavailableReason().orElse(null);
        if (reason != null) {
            System.out.println("skipping: " + name + " is unavailable: " + reason);
        }
        assumeTrue(reason == null, () -> name + " is unavailable: " + reason);
        return target;
    }

    private static RunResult run(Target target, String program) {
        return target.run(program, "WasmTargetTest", TIMEOUT);
    }

    /** Leaves behind everything a reused interpreter could carry over to the next program. */
    private static final String DIRTY = """
            import asyncio, fractions, sys, warnings
            warnings.simplefilter("ignore")
            asyncio.left_behind = True
            sys.left_behind = True
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            async def main():
                for _ in range(5):
                    asyncio.ensure_future(asyncio.sleep(0))
                await asyncio.sleep(0)
            loop.run_until_complete(main())
            asyncio.events._set_running_loop(loop)
            global_name = "left behind"
            print("dirty")
            """;

    /** Prints the state a fresh interpreter has; the same program ran on native CPython 3.13.0 printed it. */
    private static final String CHECK = """
            import asyncio, sys, warnings
            print("fractions:", "fractions" in sys.modules)
            print("left behind:", hasattr(asyncio, "left_behind"), hasattr(sys, "left_behind"))
            print("policy:", asyncio.events._event_loop_policy)
            print("running loop:", asyncio.events._get_running_loop())
            print("warning filters:", len(warnings.filters))
            print("globals:", sorted(k for k in globals() if not k.startswith("__")))
            async def main():
                print("first task:", asyncio.current_task().get_name())
                print("loop:", type(asyncio.get_running_loop()).__name__)
            try:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    loop = asyncio.get_event_loop()
                print("get_event_loop:", type(loop).__name__, [str(w.message) for w in caught])
                loop.run_until_complete(main())
            except RuntimeError as e:
                print("get_event_loop raised:", e)
                asyncio.run(main())
            """;

    private static final String FRESH_STATE = """
            fractions: False
            left behind: False False
            policy: None
            running loop: None
            warning filters: 5
            globals: ['asyncio', 'sys', 'warnings']
            """;

    @ParameterizedTest
    @ValueSource(strings = {"cpython-3.13-wasm", "cpython-3.14", "cpython-3.15"})
    void eachProgramFindsTheStateOfAFreshInterpreter(String name) {
        var target = installed(name);
        String getEventLoop = name.equals("cpython-3.13-wasm")
                ? "get_event_loop: _UnixSelectorEventLoop ['There is no current event loop']\n"
                : "get_event_loop raised: There is no current event loop in thread 'MainThread'.\n";
        String expected = FRESH_STATE + getEventLoop + "first task: Task-1\nloop: _UnixSelectorEventLoop\n";

        assertThat(run(target, CHECK).stdout()).isEqualTo(expected);
        assertThat(run(target, DIRTY).stdout()).isEqualTo("dirty\n");
        var again = run(target, CHECK);

        assertThat(again.status()).as(again.detail()).isEqualTo(Status.COMPLETED);
        assertThat(again.stdout()).isEqualTo(expected);
    }

    @Test
    void whatIsLeftAtExitIsReportedAfterTheLastLineAsAtInterpreterShutdown() {
        var result = run(installed("cpython-3.14"), """
                import asyncio
                def report(loop, context):
                    print("handler:", context["message"])
                async def wait():
                    try:
                        await asyncio.sleep(10)
                    finally:
                        print("finally of the abandoned task")
                async def main():
                    global task
                    task = asyncio.ensure_future(wait())
                    await asyncio.sleep(0)
                loop = asyncio.new_event_loop()
                loop.set_exception_handler(report)
                loop.run_until_complete(main())
                print("end of program")
                """);

        assertThat(result.stdout()).isEqualTo("""
                end of program
                handler: Task was destroyed but it is pending!
                finally of the abandoned task
                """);
    }

    @Test
    void anEscapingExceptionIsRaisedWithItsTracebackOnStandardError() {
        var result = run(installed("cpython-3.14"), """
                import asyncio
                async def main():
                    await asyncio.sleep(0.05)
                    print("slept")
                    raise ValueError("boom")
                asyncio.run(main())
                """);

        assertThat(result.status()).isEqualTo(Status.RAISED);
        assertThat(result.exceptionName()).isEqualTo("ValueError");
        assertThat(result.stdout()).isEqualTo("slept\n");
        assertThat(result.stderr()).startsWith("Traceback (most recent call last):\n").endsWith("ValueError: boom\n")
                .doesNotContain("slept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sys.exit(0)", "sys.exit(3)", "sys.exit('bye')"})
    void systemExitIsRaisedAsOnNativeCPython(String exit) {
        var result = run(installed("cpython-3.14"), "import sys\nprint('x')\n" + exit + "\n");

        assertThat(result.status()).as(result.detail()).isEqualTo(Status.RAISED);
        assertThat(result.exceptionName()).isEqualTo("SystemExit");
        assertThat(result.stdout()).isEqualTo("x\n");
        assertThat(result.stderr()).isEqualTo(exit.equals("sys.exit('bye')") ? "bye\n" : "");
    }

    @Test
    void aProgramThatExitsWithoutFinishingCrashedAndTheNextStillRuns() {
        var target = installed("cpython-3.13-wasm");
        var result = run(target, "import os\nprint('before', flush=True)\nos._exit(3)\n");

        assertThat(result.status()).isEqualTo(Status.CRASHED);
        assertThat(result.detail()).contains("exited with status 3");
        assertThat(result.stdout()).isEqualTo("before\n");
        assertThat(run(target, "print('next')\n").stdout()).isEqualTo("next\n");
    }

    /**
     * WebAssembly's trap "table index is out of bounds" in a call from JavaScript kills the worker thread (as a call
     * left over from an earlier program did under load): the program runs once more on an interpreter that is ready,
     * and its result is that run's. The program raises the trap itself, the first time only (a file on the host
     * remembers), as WebAssembly's trap or as Pyodide's fatal error; one that trapped both times would be an error.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "new WebAssembly.RuntimeError(\"table index is out of bounds\")",
            "new Error(\"intentionally triggered fatal error!\")"})
    void aProgramWhoseInterpreterTrapsRunsOnceMore(String trap, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var target = installed("pyodide-3.14+webloop");
        String marker = dir.resolve("trapped-once").toString();
        // The second run waits for a new interpreter to load (a dead worker's is gone): more than TIMEOUT under load.
        var result = target.run("""
                import asyncio, js
                js.eval('''
                const fs = process.getBuiltinModule("fs");
                if (!fs.existsSync("%s")) {
                  fs.writeFileSync("%s", "");
                  setTimeout(() => { throw %s; }, 0);
                }
                ''')
                async def main():
                    await asyncio.sleep(0.5)
                    print("ran to the end")
                asyncio.run(main())
                """.formatted(marker, marker, trap), "WasmTargetTest", Duration.ofSeconds(120));

        assertThat(java.nio.file.Files.exists(java.nio.file.Path.of(marker))).as("the first run trapped").isTrue();
        assertThat(result.status()).as(result.detail()).isEqualTo(Status.COMPLETED);
        assertThat(result.stdout()).isEqualTo("ran to the end\n");
        assertThat(result.detail()).as("the result says it is a second run, and why")
                .contains("second run", trap.contains("table") ? "table index is out of bounds" : "fatal error");
    }

    @Test
    void aTimeoutEndsAHungProgramAndTheNextProgramStillRuns() {
        var target = installed("cpython-3.14");
        var spinning = target.run("print('spinning', flush=True)\nwhile True:\n    pass\n", "spinning",
                Duration.ofSeconds(2));
        var waiting = target.run("""
                import asyncio
                async def main():
                    await asyncio.get_running_loop().create_future()
                asyncio.run(main())
                """, "waiting", Duration.ofSeconds(2));
        var next = run(target, """
                import asyncio
                async def main():
                    print(asyncio.current_task().get_name())
                asyncio.run(main())
                """);

        for (var hung : List.of(spinning, waiting)) {
            assertThat(hung.status()).as(hung.detail()).isEqualTo(Status.TIMEOUT);
            assertThat(hung.detail()).contains("did not end within 2 s", "its worker thread was terminated");
            assertThat(hung.elapsed()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
        }
        assertThat(spinning.stdout()).isEqualTo("spinning\n");
        assertThat(next.status()).as(next.detail()).isEqualTo(Status.COMPLETED);
        assertThat(next.stdout()).isEqualTo("Task-1\n");
    }

    @Test
    void timersSleepInRealTime() {
        var result = run(installed("cpython-3.14"), """
                import asyncio, time
                async def main():
                    start = time.monotonic()
                    await asyncio.sleep(0.3)
                    print(0.3 <= time.monotonic() - start < 2)
                asyncio.run(main())
                """);

        assertThat(result.stdout()).isEqualTo("True\n");
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void thereAreNoThreadsSoThreadsafeCallbacksAreNotACapability() {
        var target = installed("cpython-3.14");
        var result = run(target, "import threading\nthreading.Thread(target=print).start()\n");

        assertThat(result.status()).isEqualTo(Status.RAISED);
        assertThat(result.exceptionName()).isEqualTo("RuntimeError");
        assertThat(result.stderr()).contains("can't start new thread");
        assertThat(target.capabilities()).containsExactly(Capabilities.EAGER_TASK_FACTORY);
    }

    @Test
    void standardInputIsAtEndOfFile() {
        var result = run(installed("cpython-3.14"), """
                try:
                    input()
                except EOFError:
                    print("eof")
                """);

        assertThat(result.stdout()).isEqualTo("eof\n");
    }

    @Test
    void programsRunOnSeveralWorkersAtOnce() throws Exception {
        var target = installed("cpython-3.13-wasm");
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RunResult>> runs = java.util.stream.IntStream.range(0, 8).mapToObj(i -> pool.submit(() ->
                    run(target, "import asyncio\nasyncio.run(asyncio.sleep(0.2))\nprint(" + i + ")\n"))).toList();
            for (int i = 0; i < runs.size(); i++) {
                assertThat(runs.get(i).get().stdout()).isEqualTo(i + "\n");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTargetSaysWhatItRunsOn() {
        assertThat(installed("cpython-3.14").describe())
                .matches("CPython 3\\.14\\.\\d+, WebAssembly \\(Pyodide 314\\.\\d+\\.\\d+, Node \\d+\\.\\d+\\.\\d+\\)");
        assertThat(installed("cpython-3.13-wasm").version()).hasToString("3.13");
    }
}
