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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One long-lived Node process ({@code server.mjs}) that runs programs on Pyodide, CPython compiled to
 * WebAssembly, in worker threads: each worker keeps one interpreter and runs each program from the same
 * checkpoint, as a fresh {@code python harness.py RESULT PROGRAM} would (see {@code interpreter.mjs}). The
 * protocol is the fork server's; the server answers {@code started ID} when a worker takes a program, and the
 * time limit runs from then, so that a worker still loading (after a kill replaced it) costs no program its time.
 *
 * <p>At most as many programs as there are workers are sent at once. A program's output goes to two files in
 * the server's directory (each capped at 64 MiB by the server), read when it ends. The time limit terminates the
 * worker thread, which the server replaces. Thread-safe.
 */
final class WasmServer implements AutoCloseable {

    /** Why the server cannot run a program: it did not start, it died, or it stopped answering. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** The server's files, from the classpath folder {@code wasm/} beside this class, plus {@code harness.py}. */
    static final List<String> SCRIPTS = List.of("server.mjs", "worker.mjs", "interpreter.mjs", "wasm_bootstrap.py");

    /** Loading Pyodide takes seconds, and a multiple of that on a busy machine. */
    private static final Duration START_LIMIT = Duration.ofSeconds(180);
    private static final Duration KILL_GRACE = Duration.ofSeconds(10);

    private final String label;
    private final Path directory;
    private final Process process;
    private final OutputStream requests;
    private final Map<String, Run> running = new ConcurrentHashMap<>();
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private final AtomicLong ids = new AtomicLong();
    private final Semaphore freeWorkers;
    private volatile String deathReason;

    /**
     * A program in the server: started when a worker took it, exit with its status, startedAt when a worker last took
     * it, ranAgain why the server runs it a second time (its first interpreter failed), empty if it does not.
     */
    private record Run(CompletableFuture<Void> started, CompletableFuture<Integer> exit, AtomicLong startedAt,
                       AtomicReference<String> ranAgain) {
    }

    private WasmServer(String label, Path directory, Process process, int workers) {
        this.label = label;
        this.freeWorkers = new Semaphore(workers, true);
        this.directory = directory;
        this.process = process;
        this.requests = process.getOutputStream();
    }

    /**
     * Starts a server for {@code runtime} with {@code workers} worker threads, in a directory of its own, and
     * waits until the first worker has loaded its interpreter (programs wait in the server for the others).
     *
     * @param scripts the contents of {@link #SCRIPTS} and {@code harness.py}, by file name
     * @param fresh   load a new interpreter for every program instead of rewinding to the checkpoint
     * @param webloop keep Pyodide's own event loop, WebLoop, instead of making asyncio's own usable
     */
    static WasmServer start(String label, WasmRuntime runtime, int workers, Map<String, byte[]> scripts,
                            boolean fresh, boolean webloop) throws Failure, InterruptedException {
        Path directory = null;
        try {
            directory = TempFiles.create("asyncio-tck-wasm-");
            for (var script : scripts.entrySet()) {
                Files.write(directory.resolve(script.getKey()), script.getValue());
            }
            List<String> command = new java.util.ArrayList<>(List.of(runtime.node().toString(),
                    directory.resolve("server.mjs").toString(), runtime.pyodide().toString(), Integer.toString(workers)));
            if (fresh) {
                command.add("fresh");
            }
            if (webloop) {
                command.add("webloop");
            }
            var builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(directory.resolve("server.err").toFile());
            builder.environment().clear();
            builder.environment().putAll(CleanEnvironment.forDirectory(directory));
            var started = new WasmServer(label, directory, ChildProcesses.start(builder), workers);
            started.listen();
            try {
                started.ready.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException notReady) {
                String reason = started.deathReason != null ? started.deathReason
                        : "not ready within " + START_LIMIT.toSeconds() + " s";
                started.close();
                throw new Failure("the WebAssembly server for " + label + " did not start: " + reason);
            }
            return started;
        } catch (IOException e) {
            TempFiles.deleteQuietly(directory);
            throw new Failure("the WebAssembly server for " + label + " did not start: " + e);
        }
    }

    /**
     * Runs the harness on {@code program}, writing its result to {@code resultFile}, until it ends or
     * {@code timeout} passes after a worker took it.
     *
     * @throws Failure              the server is dead or died meanwhile; the program's result is unknown
     * @throws InterruptedException the calling thread was interrupted; the program has been killed
     */
    ChildProcess.Outcome run(Path resultFile, Path program, Duration timeout, int captureLimit)
            throws Failure, InterruptedException {
        freeWorkers.acquire();
        String id = Long.toString(ids.incrementAndGet());
        Path stdout = directory.resolve(id + ".stdout");
        Path stderr = directory.resolve(id + ".stderr");
        var run = new Run(new CompletableFuture<>(), new CompletableFuture<>(), new AtomicLong(),
                new AtomicReference<>(""));
        running.put(id, run);
        try {
            if (deathReason != null) {
                throw new Failure(deathReason);
            }
            send(String.join("\t", "run", id, directory.toString(), resultFile.toString(), program.toString(),
                    stdout.toString(), stderr.toString()));
            long start;
            boolean timedOut = false;
            int code;
            try {
                await(run.started(), START_LIMIT, "did not start a program within " + START_LIMIT.toSeconds() + " s");
                start = System.nanoTime();
                run.startedAt().compareAndSet(0, start);
                while (true) {
                    // The time limit counts from the program's last start: the server runs a program again, once,
                    // when its interpreter trapped (server.mjs), and says "started" again.
                    long left = timeout.toNanos() - (System.nanoTime() - run.startedAt().get());
                    try {
                        code = await(run.exit(), Duration.ofNanos(Math.max(left, 0)), null);
                        break;
                    } catch (TimeoutException late) {
                        if (System.nanoTime() - run.startedAt().get() < timeout.toNanos()) {
                            continue;
                        }
                        timedOut = true;
                        send("kill\t" + id);
                        code = await(run.exit(), KILL_GRACE, "did not end a program within "
                                + KILL_GRACE.toSeconds() + " s of killing it");
                        break;
                    }
                }
                start = run.startedAt().get();
            } catch (InterruptedException interrupted) {
                send("kill\t" + id);
                throw interrupted;
            } catch (TimeoutException impossible) {
                throw new Failure("the WebAssembly server for " + label + " " + impossible.getMessage());
            }
            var elapsed = Duration.ofNanos(System.nanoTime() - start);
            var out = Capture.read(stdout, captureLimit);
            var err = Capture.read(stderr, captureLimit);
            int exitCode = code >= 0 ? code : 128 - code;
            return new ChildProcess.Outcome(timedOut, exitCode, out.bytes(), out.dropped(), err.bytes(),
                    err.dropped(), elapsed, run.ranAgain().get());
        } finally {
            running.remove(id);
            freeWorkers.release();
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    /** Why the server stopped, or null while it runs. */
    String deathReason() {
        return deathReason;
    }

    /** Stops the server (it ends with its workers when its input ends) and removes its directory. */
    @Override
    public void close() {
        ChildProcess.endServer(requests, process, Duration.ofSeconds(5), directory);
    }

    /** Waits for {@code future}; a timeout with a message is a {@link Failure}, without one it is thrown as is. */
    private <T> T await(CompletableFuture<T> future, Duration limit, String lateMessage)
            throws Failure, InterruptedException, TimeoutException {
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException died) {
            throw new Failure(died.getCause().getMessage());
        } catch (TimeoutException late) {
            if (lateMessage == null) {
                throw late;
            }
            throw new Failure("the WebAssembly server for " + label + " " + lateMessage);
        }
    }

    private synchronized void send(String request) throws Failure {
        try {
            requests.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            requests.flush();
        } catch (IOException e) {
            throw new Failure(deathReason != null ? deathReason
                    : "the WebAssembly server for " + label + " stopped reading requests: " + e);
        }
    }

    private void listen() {
        var reader = new Thread(this::readReplies, "asyncio-tck WebAssembly server " + label);
        reader.setDaemon(true);
        reader.start();
    }

    private void readReplies() {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] reply = line.split(" ", 3);
                Run run = reply.length > 1 ? running.get(reply[1]) : null;
                switch (reply[0]) {
                    case "ready" -> ready.complete(line);
                    case "started" -> {
                        if (run != null) {
                            run.startedAt().set(System.nanoTime());
                            run.started().complete(null);
                        }
                    }
                    case "again" -> {
                        if (run != null) {
                            run.ranAgain().set(reply.length > 2 ? reply[2] : "no reason given");
                        }
                    }
                    case "exit" -> {
                        if (run != null) {
                            run.started().complete(null);
                            run.exit().complete(Integer.parseInt(reply[2].strip()));
                        }
                    }
                    case "error" -> {
                        if (run != null) {
                            var failure = new Failure("the WebAssembly server for " + label + ": "
                                    + (reply.length > 2 ? reply[2] : "unknown error"));
                            run.started().completeExceptionally(failure);
                            run.exit().completeExceptionally(failure);
                        }
                    }
                    default -> {
                        // Anything else is for diagnosis only.
                    }
                }
            }
        } catch (IOException | RuntimeException broken) {
            // Treated as the server's death below.
        }
        died();
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
        deathReason = "the WebAssembly server for " + label + " " + status + (errors.isBlank() ? "" : " (" + errors + ")");
        var failure = new Failure(deathReason);
        ready.completeExceptionally(failure);
        running.values().forEach(run -> {
            run.started().completeExceptionally(failure);
            run.exit().completeExceptionally(failure);
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Removed with the server's directory at the latest.
        }
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
