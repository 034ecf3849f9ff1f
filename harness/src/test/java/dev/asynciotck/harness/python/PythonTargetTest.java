package dev.asynciotck.harness.python;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;
import dev.asynciotck.harness.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs programs on the real interpreters installed here; a test needing an absent one is skipped, saying why. */
class PythonTargetTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The seed program (a Stack Overflow question): cancelling a task before it starts, then awaiting it. */
    static final String SEED_PROGRAM = """
            import asyncio

            q = asyncio.Queue()

            async def getter():
                try:
                    v = await q.get()
                    print(f"getter got {v}")
                except asyncio.CancelledError:
                    print("getter cancelled")

            async def test():
                task = asyncio.ensure_future(getter())
                task.cancel()
                await task

            def main():
                loop = asyncio.get_event_loop()
                loop.run_until_complete(test())

            if __name__ == '__main__':
                main()
            """;

    /** The named target if its interpreter is installed here; otherwise the test is skipped with the reason. */
    static Target installed(String name) {
        var target = (PythonTarget) PythonTargets.byName(name).orElseThrow();
        String reason = target.unavailableReason().orElse(null);
        if (reason != null) {
            System.out.println("skipping: " + name + " is unavailable: " + reason);
        }
        assumeTrue(reason == null, () -> name + " is unavailable: " + reason);
        return target;
    }

    /** The newest installed CPython. */
    static Target anyInstalled() {
        for (int minor = PythonTargets.NEWEST_KNOWN.minor(); minor >= PythonTargets.OLDEST.minor(); minor--) {
            var target = (PythonTarget) PythonTargets.byName("cpython-3." + minor).orElseThrow();
            if (target.unavailableReason().isEmpty()) {
                return target;
            }
        }
        System.out.println("skipping: no CPython 3.6..3.13 installed");
        assumeTrue(false, "no CPython 3.6..3.13 installed");
        return null;
    }

    private static RunResult run(Target target, String program) {
        return target.run(program, "PythonTargetTest", TIMEOUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpython-3.6", "cpython-3.13"})
    void theSeedProgramRaisesCancelledError(String name) {
        var result = run(installed(name), SEED_PROGRAM);

        assertThat(result.status()).as(result.detail()).isEqualTo(Status.RAISED);
        assertThat(result.exceptionName()).isEqualTo("CancelledError");
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("Traceback (most recent call last):", "program.py", "CancelledError");
        assertThat(result.describeOutcome()).isEqualTo("raised CancelledError");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpython-3.6", "cpython-3.13"})
    void completesNormallyWithExactUtf8Stdout(String name) {
        var result = run(installed(name), """
                import asyncio
                async def main():
                    await asyncio.sleep(0)
                    print("héllo ✓ 日本")
                    print("  spaced  ")
                    print("")
                    print("no newline", end="")
                asyncio.get_event_loop().run_until_complete(main())
                """);

        assertThat(result.status()).as(result.detail()).isEqualTo(Status.COMPLETED);
        assertThat(result.exceptionName()).isNull();
        assertThat(result.stdout()).isEqualTo("héllo ✓ 日本\n  spaced  \n\nno newline");
        assertThat(result.detail()).isEmpty();
    }

    @Test
    void anEscapingValueErrorIsRaisedWithItsTraceback() {
        var result = run(anyInstalled(), """
                print("before")
                def fail():
                    raise ValueError("boom")
                fail()
                print("after")
                """);

        assertThat(result.status()).isEqualTo(Status.RAISED);
        assertThat(result.exceptionName()).isEqualTo("ValueError");
        assertThat(result.stdout()).isEqualTo("before\n");
        assertThat(result.stderr()).startsWith("Traceback (most recent call last):\n  File \"")
                .contains("line 4, in <module>", "in fail", "ValueError: boom")
                .doesNotContain("harness.py");
    }

    @Test
    void aCaughtExceptionIsNotAnOutcome() {
        var result = run(anyInstalled(), """
                try:
                    raise KeyError("x")
                except KeyError as e:
                    print("caught", type(e).__name__)
                """);

        assertThat(result.status()).isEqualTo(Status.COMPLETED);
        assertThat(result.stdout()).isEqualTo("caught KeyError\n");
    }

    @Test
    void aSyntaxErrorIsRaised() {
        var result = run(anyInstalled(), "x = (\n");

        assertThat(result.status()).isEqualTo(Status.RAISED);
        assertThat(result.exceptionName()).isEqualTo("SyntaxError");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sys.exit(0)", "sys.exit(3)", "sys.exit('bye')"})
    void systemExitIsRaised(String exit) {
        var result = run(anyInstalled(), "import sys\nprint('x')\n" + exit + "\n");

        assertThat(result.status()).as(result.detail()).isEqualTo(Status.RAISED);
        assertThat(result.exceptionName()).isEqualTo("SystemExit");
        assertThat(result.stdout()).isEqualTo("x\n");
    }

    @Test
    void standardInputIsAtEndOfFile() {
        var result = run(anyInstalled(), """
                try:
                    input()
                except EOFError:
                    print("eof")
                """);

        assertThat(result.status()).as(result.detail()).isEqualTo(Status.COMPLETED);
        assertThat(result.stdout()).isEqualTo("eof\n");
    }

    @Test
    void anEndlessProgramTimesOutAndItsProcessTreeIsGone() {
        var target = anyInstalled();
        var result = target.run("""
                import subprocess, sys
                child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
                print(child.pid)
                while True:
                    pass
                """, "endless", Duration.ofSeconds(2));

        assertThat(result.status()).isEqualTo(Status.TIMEOUT);
        assertThat(result.detail()).contains("endless", "did not end within 2 s", "killed");
        assertThat(result.elapsed()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
        long childPid = Long.parseLong(result.stdout().strip());
        assertThat(isRunning(childPid)).as("grandchild %d still runs", childPid).isFalse();
    }

    /** True if the process exists and is not a zombie (one that died and waits to be reaped). */
    private static boolean isRunning(long pid) {
        if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
            return false;
        }
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException gone) {
            return false;
        }
    }

    @Test
    void aProgramKilledBySignalCrashed() {
        var result = run(anyInstalled(), "import os\nprint('dying', flush=True)\nos.kill(os.getpid(), 9)\n");

        assertThat(result.status()).isEqualTo(Status.CRASHED);
        assertThat(result.detail()).contains("SIGKILL", "PythonTargetTest");
        assertThat(result.exceptionName()).isNull();
        assertThat(result.stdout()).isEqualTo("dying\n");
    }

    @Test
    void aProgramThatExitsWithoutFinishingCrashed() {
        var result = run(anyInstalled(), "import os\nos._exit(3)\n");

        assertThat(result.status()).isEqualTo(Status.CRASHED);
        assertThat(result.detail()).contains("exited with status 3");
    }

    @Test
    void aMissingInterpreterIsMissing() {
        var target = PythonTarget.forExecutable(Path.of("/nonexistent/bin/python3"), false);
        var result = run(target, "print('hi')\n");

        assertThat(result.status()).isEqualTo(Status.MISSING);
        assertThat(result.detail()).contains("/nonexistent/bin/python3");
        assertThat(target.version()).isEqualTo(PythonTargets.NEWEST_KNOWN);

        var notInstalled = PythonTargets.byName("cpython-3.99").orElseThrow();
        var missing = run(notInstalled, "print('hi')\n");
        assertThat(missing.status()).isEqualTo(Status.MISSING);
        assertThat(missing.detail()).contains("not installed");
        assertThat(notInstalled.version()).hasToString("3.99");
    }

    @Test
    void theUvloopVariantRunsUnderUvloop() {
        var available = PythonTargets.list().stream()
                .filter(entry -> entry.name().endsWith("+uvloop") && entry.available())
                .findFirst();
        if (available.isEmpty()) {
            System.out.println("skipping: no interpreter imports uvloop (apt-get install python3-uvloop)");
        }
        assumeTrue(available.isPresent(), "no interpreter imports uvloop (apt-get install python3-uvloop)");
        var target = PythonTargets.byName(available.get().name()).orElseThrow();

        var result = run(target, """
                import asyncio
                async def main():
                    print(type(asyncio.get_running_loop()).__module__)
                print(type(asyncio.get_event_loop_policy()).__module__.split(".")[0])
                print(type(asyncio.get_event_loop()).__module__)
                asyncio.run(main())
                """);

        // uvloop is installed as the loop factory, not through its policy (which 3.16 removes): asyncio's own
        // policy stays, and every way to get a loop gives uvloop's.
        assertThat(result.status()).as(result.detail()).isEqualTo(Status.COMPLETED);
        assertThat(result.stdout()).isEqualTo("asyncio\nuvloop\nuvloop\n");
        assertThat(run(target, SEED_PROGRAM).exceptionName()).isEqualTo("CancelledError");
    }

    @Test
    void theRunIsIsolatedAndItsDirectoryIsDeleted() {
        var result = run(anyInstalled(), """
                import os, sys
                print(sorted(k for k in os.environ if k != "LC_CTYPE"))
                print(sys.flags.isolated, sys.flags.ignore_environment, sys.flags.no_user_site)
                print(os.environ["HOME"] == os.getcwd() == os.environ["TMPDIR"])
                print("" in sys.path or os.getcwd() in sys.path)
                print(os.getcwd())
                """);

        assertThat(result.status()).as(result.detail()).isEqualTo(Status.COMPLETED);
        List<String> lines = result.stdout().lines().toList();
        assertThat(lines.subList(0, 4)).containsExactly("['HOME', 'LANG', 'LC_ALL', 'PATH', 'TMPDIR']", "1 1 1",
                "True", "False");
        assertThat(Path.of(lines.get(4))).doesNotExist();
    }

    @Test
    void parentPythonVariablesAreNotPassedOn() {
        var environment = CleanEnvironment.forDirectory(Path.of("/tmp/run"),
                java.util.Map.of("PATH", "/usr/bin", "PYTHONPATH", "/evil", "PYTHONHOME", "/evil", "HOME", "/root"));

        assertThat(environment).containsOnlyKeys("PATH", "HOME", "TMPDIR", "LANG", "LC_ALL")
                .containsEntry("PATH", "/usr/bin").containsEntry("HOME", "/tmp/run");
    }

    @Test
    void outputBeyondTheLimitIsCutAndSaidSo() {
        var result = run(anyInstalled(), "import sys\nsys.stdout.write('x' * (3 * 1024 * 1024))\n");

        assertThat(result.status()).isEqualTo(Status.COMPLETED);
        assertThat(result.stdout()).hasSize(PythonTarget.CAPTURE_LIMIT);
        assertThat(result.detail()).contains("stdout cut after 1048576 bytes (2097152 more discarded)");
    }

    @Test
    void programsRunInParallel() throws Exception {
        var target = anyInstalled();
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Callable<RunResult>> runs = IntStream.range(0, 16)
                    .<Callable<RunResult>>mapToObj(i -> () -> run(target, """
                            import asyncio
                            async def main(n):
                                await asyncio.sleep(0.05)
                                print(n)
                            asyncio.get_event_loop().run_until_complete(main(%d))
                            """.formatted(i)))
                    .toList();
            List<Future<RunResult>> results = pool.invokeAll(runs);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get().stdout()).isEqualTo(i + "\n");
            }
        }
    }

    @Test
    void theDirectoryIsDeletedAfterAnExceptionToo() {
        var result = run(anyInstalled(), """
                import os
                os.mkdir("sub")
                open(os.path.join("sub", "left.txt"), "w").write("x")
                print(os.getcwd())
                raise RuntimeError("x")
                """);

        assertThat(result.exceptionName()).isEqualTo("RuntimeError");
        assertThat(Path.of(result.stdout().strip())).doesNotExist();
    }
}
