package dev.asynciotck.graalpy.server;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * The GraalPy server: a JVM of its own (GraalPy's jars on its module path, the Graal compiler enabled) that runs
 * the programs the TCK sends it, each in a fresh context of one shared engine ({@link ProgramRunner}).
 *
 * <p>Usage: {@code ServerMain --harness PATH [--contexts N] [--warmup ROUNDS] [--capture BYTES]}. The protocol is
 * one line per message, fields separated by tabs:
 * <pre>
 *   request   run ID TIMEOUT_MILLIS DIRECTORY      (DIRECTORY holds harness.py and program.py)
 *   reply     ready STARTUP_MILLIS GRAALPY_VERSION PYTHON_VERSION COMPILES
 *             done ID EXIT TIMED_OUT ELAPSED_MILLIS STDOUT_DROPPED STDERR_DROPPED STDOUT STDERR PROBLEM
 *             error ID MESSAGE
 * </pre>
 * {@code STDOUT}, {@code STDERR} and {@code PROBLEM} are Base64 (UTF-8 for the problem); {@code EXIT} is -1 when
 * there is no exit status; {@code TIMED_OUT} is 0 or 1. Up to {@code N} programs run at once. Before
 * {@code ready}, the server runs a small asyncio program ROUNDS times on each of the N threads, so that the
 * first programs do not pay the engine's cold start inside their time limit. When standard input ends, the
 * server cancels what runs and exits. Nothing but replies is written to standard output.
 */
public final class ServerMain {

    static final String WARMUP_PROGRAM = """
            import asyncio

            async def child(i):
                await asyncio.sleep(0)
                return i

            async def main():
                tasks = [asyncio.ensure_future(child(i)) for i in range(20)]
                await asyncio.gather(*tasks)
                try:
                    await asyncio.wait_for(asyncio.sleep(1), 0.001)
                except asyncio.TimeoutError:
                    pass
                print("warm")

            asyncio.new_event_loop().run_until_complete(main())
            """;

    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        var replies = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Path harness = null;
        int contexts = 2;
        int warmupRounds = 1;
        int capture = 1 << 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--harness" -> harness = Path.of(args[++i]);
                case "--contexts" -> contexts = Integer.parseInt(args[++i]);
                case "--warmup" -> warmupRounds = Integer.parseInt(args[++i]);
                case "--capture" -> capture = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (harness == null || !Files.isRegularFile(harness)) {
            throw new IllegalArgumentException("--harness PATH must name harness.py (got " + harness + ")");
        }
        ExecutorService pool = Executors.newFixedThreadPool(contexts, task -> {
            Thread thread = new Thread(task, "graalpy program");
            thread.setDaemon(true);
            return thread;
        });
        try (var runner = new ProgramRunner(capture)) {
            String[] versions = warmUp(runner, pool, harness, contexts * warmupRounds).split(" ");
            replies.println(String.join("\t", "ready", Long.toString((System.nanoTime() - start) / 1_000_000),
                    versions[1], versions[0], Boolean.toString(runner.compiles())));
            serve(runner, pool, replies);
        } finally {
            pool.shutdownNow();
        }
        System.exit(0);
    }

    /**
     * Runs the warm-up program {@code runs} times, {@code contexts} at once; returns the Python version GraalPy
     * implements and GraalPy's own version, separated by a space.
     */
    private static String warmUp(ProgramRunner runner, ExecutorService pool, Path harness, int runs)
            throws Exception {
        String versions = "? ?";
        List<Future<ProgramRunner.Outcome>> warming = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        for (int i = 0; i < Math.max(1, runs); i++) {
            Path directory = Files.createTempDirectory("asyncio-tck-graalpy-warmup-");
            Files.copy(harness, directory.resolve("harness.py"));
            Files.writeString(directory.resolve("program.py"),
                    "import sys\nprint('%d.%d.%d %d.%d.%d' % (sys.version_info[:3] + sys.implementation.version[:3]))\n"
                            + WARMUP_PROGRAM);
            directories.add(directory);
            warming.add(pool.submit(() -> runner.run(directory, Duration.ofMinutes(10))));
        }
        for (var run : warming) {
            var outcome = run.get();
            String out = new String(outcome.stdout(), StandardCharsets.UTF_8);
            if (outcome.exitStatus() != 0 || !out.endsWith("warm\n")) {
                throw new IllegalStateException("the warm-up program failed (exit " + outcome.exitStatus() + "): "
                        + out + new String(outcome.stderr(), StandardCharsets.UTF_8) + outcome.problem());
            }
            versions = out.lines().findFirst().orElse("? ?");
        }
        for (Path directory : directories) {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(directory);
        }
        return versions;
    }

    private static void serve(ProgramRunner runner, ExecutorService pool, PrintStream replies) throws IOException {
        var requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = requests.readLine()) != null) {
            String[] request = line.split("\t", -1);
            if (request.length != 4 || !request[0].equals("run")) {
                reply(replies, "error", request.length > 1 ? request[1] : "?", "malformed request: " + line);
                continue;
            }
            String id = request[1];
            Duration timeout;
            try {
                timeout = Duration.ofMillis(Long.parseLong(request[2]));
            } catch (NumberFormatException bad) {
                reply(replies, "error", id, "malformed time limit: " + request[2]);
                continue;
            }
            Path directory = Path.of(request[3]);
            pool.submit(() -> {
                try {
                    var outcome = runner.run(directory, timeout);
                    reply(replies, "done", id, Integer.toString(outcome.exitStatus()), outcome.timedOut() ? "1" : "0",
                            Long.toString(outcome.elapsedMillis()), Long.toString(outcome.stdoutDropped()),
                            Long.toString(outcome.stderrDropped()), base64(outcome.stdout()),
                            base64(outcome.stderr()), base64(outcome.problem().getBytes(StandardCharsets.UTF_8)));
                } catch (RuntimeException | Error failure) {
                    reply(replies, "error", id, "the server failed: " + failure);
                }
            });
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void reply(PrintStream replies, String... fields) {
        String line = String.join("\t", fields).replace('\n', ' ');
        synchronized (replies) {
            replies.println(line);
        }
    }
}
