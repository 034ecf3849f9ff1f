package dev.asynciotck.harness.python;

import dev.asynciotck.harness.ChildProcesses;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One long-lived interpreter ({@code forkserver.py}) that has imported asyncio (and uvloop) and forks a fresh
 * child per program; each child runs the harness exactly as {@code python harness.py} would in a new process,
 * including the interpreter's normal shutdown. This saves the interpreter's start-up and asyncio's import
 * on every program.
 *
 * <p>A child's standard output and error go to two files in the server's directory, read when it ends (up to the
 * capture limit; the server caps each file at 64 MiB, beyond which the child dies by SIGXFSZ). The time limit
 * kills the child's process group. The server is thread-safe: several programs may run at once.
 *
 * <p>When the server cannot start, or dies, every affected call throws {@link Failure} with the reason, and
 * the caller runs the program in a fresh interpreter instead.
 */
final class ForkServer implements AutoCloseable {

    /** Why the server cannot run a program: it did not start, it died, or it stopped answering. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private static final Duration START_LIMIT = Duration.ofSeconds(30);
    private static final Duration KILL_GRACE = Duration.ofSeconds(5);

    private final String label;
    private final Path directory;
    private final Process process;
    private final OutputStream requests;
    private final Map<String, CompletableFuture<Integer>> running = new ConcurrentHashMap<>();
    private final CompletableFuture<Long> ready = new CompletableFuture<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile String deathReason;

    private ForkServer(String label, Path directory, Process process) {
        this.label = label;
        this.directory = directory;
        this.process = process;
        this.requests = process.getOutputStream();
    }

    /**
     * Starts a server on {@code command} (the interpreter and its flags), in a directory of its own, and waits
     * until it accepts requests.
     *
     * @param label how messages name the server, e.g. {@code cpython-3.12 (/usr/bin/python3.12)}
     */
    static ForkServer start(String label, List<String> interpreterCommand, PythonVariant variant, byte[] serverScript,
                            byte[] harnessScript) throws Failure, InterruptedException {
        Path directory = null;
        try {
            directory = TempFiles.create("asyncio-tck-forkserver-");
            Path server = Files.write(directory.resolve("forkserver.py"), serverScript);
            Path harness = Files.write(directory.resolve("harness.py"), harnessScript);
            List<String> command = new ArrayList<>(interpreterCommand);
            command.addAll(List.of(server.toString(), harness.toString()));
            variant.harnessArgument().ifPresent(command::add);
            var builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(directory.resolve("server.err").toFile());
            builder.environment().clear();
            builder.environment().putAll(CleanEnvironment.forDirectory(directory));
            var started = new ForkServer(label, directory, ChildProcesses.start(builder));
            started.listen();
            try {
                started.ready.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException notReady) {
                String reason = started.deathReason != null ? started.deathReason
                        : "not ready within " + START_LIMIT.toSeconds() + " s";
                started.close();
                throw new Failure("the fork server for " + label + " did not start: " + reason);
            }
            return started;
        } catch (IOException e) {
            TempFiles.deleteQuietly(directory);
            throw new Failure("the fork server for " + label + " did not start: " + e);
        }
    }

    /**
     * Runs the harness on {@code program} in a forked child whose working directory, {@code HOME} and
     * {@code TMPDIR} are {@code runDirectory}, until it ends or {@code timeout} passes.
     *
     * @throws Failure              the server is dead or died meanwhile; the program's result is unknown
     * @throws InterruptedException the calling thread was interrupted; the child has been killed
     */
    ChildProcess.Outcome run(Path runDirectory, Path resultFile, Path program, Duration timeout, int captureLimit)
            throws Failure, InterruptedException {
        String id = Long.toString(ids.incrementAndGet());
        Path stdout = directory.resolve(id + ".stdout");
        Path stderr = directory.resolve(id + ".stderr");
        var exit = new CompletableFuture<Integer>();
        running.put(id, exit);
        long start = System.nanoTime();
        boolean timedOut = false;
        int code;
        try {
            if (deathReason != null) {
                throw new Failure(deathReason);
            }
            send(String.join("\t", "run", id, runDirectory.toString(), resultFile.toString(), program.toString(),
                    stdout.toString(), stderr.toString()));
            try {
                code = await(exit, timeout);
            } catch (TimeoutException late) {
                timedOut = true;
                send("kill\t" + id);
                try {
                    code = await(exit, KILL_GRACE);
                } catch (TimeoutException stuck) {
                    throw new Failure("the fork server for " + label + " did not end a child within "
                            + KILL_GRACE.toSeconds() + " s of killing it");
                }
            } catch (InterruptedException interrupted) {
                send("kill\t" + id);
                throw interrupted;
            }
            var elapsed = Duration.ofNanos(System.nanoTime() - start);
            var out = Capture.read(stdout, captureLimit);
            var err = Capture.read(stderr, captureLimit);
            int exitCode = code >= 0 ? code : 128 - code;
            return new ChildProcess.Outcome(timedOut, exitCode, out.bytes(), out.dropped(), err.bytes(),
                    err.dropped(), elapsed);
        } finally {
            running.remove(id);
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Removed with the server's directory at the latest.
        }
    }

    /** Why the server stopped, or null while it runs. */
    String deathReason() {
        return deathReason;
    }

    /** Stops the server (its children with it: it kills them when its input ends) and removes its directory. */
    @Override
    public void close() {
        ChildProcess.endServer(requests, process, Duration.ofSeconds(2), directory);
    }

    private static int await(CompletableFuture<Integer> exit, Duration limit)
            throws Failure, InterruptedException, TimeoutException {
        try {
            return exit.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException died) {
            throw new Failure(died.getCause().getMessage());
        }
    }

    private synchronized void send(String request) throws Failure {
        try {
            requests.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            requests.flush();
        } catch (IOException e) {
            throw new Failure(deathReason != null ? deathReason
                    : "the fork server for " + label + " stopped reading requests: " + e);
        }
    }

    private void listen() {
        var reader = new Thread(this::readReplies, "asyncio-tck fork server " + label);
        reader.setDaemon(true);
        reader.start();
    }

    private void readReplies() {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] reply = line.split(" ", 3);
                switch (reply[0]) {
                    case "ready" -> ready.complete(Long.parseLong(reply[1]));
                    case "exit" -> complete(reply[1], Integer.parseInt(reply[2]), null);
                    case "error" -> complete(reply[1], 0, "the fork server for " + label + ": "
                            + (reply.length > 2 ? reply[2] : "unknown error"));
                    default -> {
                        // "started ID PID", and anything else, is for diagnosis only.
                    }
                }
            }
        } catch (IOException | RuntimeException broken) {
            // Treated as the server's death below.
        }
        died();
    }

    private void complete(String id, int code, String error) {
        var exit = running.get(id);
        if (exit != null) {
            if (error == null) {
                exit.complete(code);
            } else {
                exit.completeExceptionally(new Failure(error));
            }
        }
    }

    private void died() {
        String status;
        try {
            status = process.waitFor(2, TimeUnit.SECONDS) ? "exited with status " + process.exitValue()
                    : "closed its output";
        } catch (InterruptedException interrupted) {
            status = "closed its output";
        }
        String errors = "";
        try {
            errors = InterpreterProbe.lastLine(Files.readString(directory.resolve("server.err")));
        } catch (IOException | RuntimeException unreadable) {
            // No error output to show.
        }
        deathReason = "the fork server for " + label + " " + status + (errors.isBlank() ? "" : " (" + errors + ")");
        var failure = new Failure(deathReason);
        ready.completeExceptionally(failure);
        running.values().forEach(exit -> exit.completeExceptionally(failure));
    }

    /** The first bytes of an output file, and how many more there were. */
    private record Capture(byte[] bytes, long dropped) {
        static Capture read(Path file, int limit) {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] kept = in.readNBytes(limit);
                long size = Files.size(file);
                return new Capture(kept, Math.max(0, size - kept.length));
            } catch (IOException missing) {
                return new Capture(new byte[0], 0);
            }
        }
    }
}
