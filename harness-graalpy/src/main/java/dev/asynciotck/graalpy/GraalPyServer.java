package dev.asynciotck.graalpy;

import dev.asynciotck.harness.ChildProcesses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The TCK's side of one GraalPy server JVM ({@code dev.asynciotck.graalpy.server.ServerMain}): starts it, sends
 * it programs and reads its replies (the protocol is described there). Thread-safe; the caller bounds how many
 * programs it sends at once to the server's number of contexts.
 *
 * <p>When the server cannot start, dies or stops answering, the affected calls throw {@link Failure}.
 */
final class GraalPyServer implements AutoCloseable {

    /** Why the server cannot run a program. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** What the server said about one program (see {@code ServerMain} for the fields). */
    record Reply(int exitStatus, boolean timedOut, Duration elapsed, byte[] stdout, long stdoutDropped,
                 byte[] stderr, long stderrDropped, String problem) {
    }

    /** What the server said when it was ready. */
    record Ready(Duration startup, String graalVersion, String pythonVersion, boolean compiles) {
    }

    /** Long, for the warm-up of a cold engine on a loaded machine. */
    static final Duration START_LIMIT = Duration.ofMinutes(10);
    /** Beyond a program's time limit, how long the server may take to cancel its context and answer. */
    static final Duration ANSWER_GRACE = Duration.ofSeconds(60);

    private final String label;
    private final Path directory;
    private final Process process;
    private final OutputStream requests;
    private final Map<String, CompletableFuture<Reply>> waiting = new ConcurrentHashMap<>();
    private final CompletableFuture<Ready> ready = new CompletableFuture<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile String deathReason;

    private GraalPyServer(String label, Path directory, Process process) {
        this.label = label;
        this.directory = directory;
        this.process = process;
        this.requests = process.getOutputStream();
    }

    /**
     * Starts a server and waits until it has warmed up and accepts programs.
     *
     * @param harness the harness script ({@code harness.py}) the programs run under
     */
    static GraalPyServer start(String label, GraalPyRuntime runtime, byte[] harness, int contexts,
                               int warmupRounds) throws Failure, InterruptedException {
        Path directory = null;
        try {
            directory = ChildProcesses.createTempDirectory("asyncio-tck-graalpy-server-");
            Path harnessFile = Files.write(directory.resolve("harness.py"), harness);
            var builder = new ProcessBuilder(runtime.serverCommand(harnessFile, contexts, warmupRounds))
                    .directory(directory.toFile())
                    .redirectError(directory.resolve("server.err").toFile());
            var server = new GraalPyServer(label, directory, ChildProcesses.start(builder));
            server.listen();
            try {
                server.ready.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException notReady) {
                String reason = server.deathReason != null ? server.deathReason
                        : "not ready within " + START_LIMIT.toMinutes() + " min";
                server.close();
                throw new Failure("the GraalPy server for " + label + " did not start: " + reason);
            }
            return server;
        } catch (IOException | RuntimeException e) {
            deleteTree(directory);
            throw new Failure("the GraalPy server for " + label + " did not start: " + e);
        }
    }

    /** What the server reported when it became ready. */
    Ready readiness() {
        return ready.getNow(null);
    }

    /**
     * Runs {@code harness.py result program.py} of {@code runDirectory} in a fresh context, within
     * {@code timeout}.
     *
     * @throws Failure the server is dead, died meanwhile or did not answer in time
     */
    Reply run(Path runDirectory, Duration timeout) throws Failure, InterruptedException {
        String id = Long.toString(ids.incrementAndGet());
        var reply = new CompletableFuture<Reply>();
        waiting.put(id, reply);
        try {
            if (deathReason != null) {
                throw new Failure(deathReason);
            }
            send(String.join("\t", "run", id, Long.toString(timeout.toMillis()), runDirectory.toString()));
            try {
                return reply.get(timeout.plus(ANSWER_GRACE).toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException died) {
                throw new Failure(died.getCause().getMessage());
            } catch (TimeoutException silent) {
                throw new Failure("the GraalPy server for " + label + " did not answer within "
                        + ANSWER_GRACE.toSeconds() + " s after the program's time limit");
            }
        } finally {
            waiting.remove(id);
        }
    }

    /** Why the server stopped, or null while it runs. */
    String deathReason() {
        return deathReason;
    }

    /** Stops the server (it cancels its programs when its input ends) and removes its directory. */
    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException ignored) {
            // Already closed.
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteTree(directory);
    }

    private synchronized void send(String request) throws Failure {
        try {
            requests.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            requests.flush();
        } catch (IOException e) {
            throw new Failure(deathReason != null ? deathReason
                    : "the GraalPy server for " + label + " stopped reading requests: " + e);
        }
    }

    private void listen() {
        var reader = new Thread(this::readReplies, "asyncio-tck GraalPy server " + label);
        reader.setDaemon(true);
        reader.start();
    }

    private void readReplies() {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] reply = line.split("\t", -1);
                switch (reply[0]) {
                    case "ready" -> ready.complete(new Ready(Duration.ofMillis(Long.parseLong(reply[1])), reply[2],
                            reply[3], Boolean.parseBoolean(reply[4])));
                    case "done" -> complete(reply[1], parse(reply), null);
                    case "error" -> complete(reply[1], null, "the GraalPy server for " + label + ": "
                            + (reply.length > 2 ? reply[2] : "unknown error"));
                    default -> {
                        // Nothing else is sent; a stray line is ignored.
                    }
                }
            }
        } catch (IOException | RuntimeException broken) {
            // Treated as the server's death below.
        }
        died();
    }

    private static Reply parse(String[] fields) {
        var decoder = Base64.getDecoder();
        return new Reply(Integer.parseInt(fields[2]), fields[3].equals("1"), Duration.ofMillis(Long.parseLong(fields[4])),
                decoder.decode(fields[7]), Long.parseLong(fields[5]), decoder.decode(fields[8]),
                Long.parseLong(fields[6]), new String(decoder.decode(fields[9]), StandardCharsets.UTF_8));
    }

    private void complete(String id, Reply reply, String error) {
        var pending = waiting.get(id);
        if (pending != null) {
            if (error == null) {
                pending.complete(reply);
            } else {
                pending.completeExceptionally(new Failure(error));
            }
        }
    }

    private void died() {
        String status;
        try {
            status = process.waitFor(5, TimeUnit.SECONDS) ? "exited with status " + process.exitValue()
                    : "closed its output";
        } catch (InterruptedException interrupted) {
            status = "closed its output";
        }
        deathReason = "the GraalPy server for " + label + " " + status + lastErrorLine();
        var failure = new Failure(deathReason);
        ready.completeExceptionally(failure);
        waiting.values().forEach(pending -> pending.completeExceptionally(failure));
    }

    private String lastErrorLine() {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("server.err"), StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("WARNING:") && !line.startsWith("at ")) {
                    return " (" + line + ")";
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // No error output to show.
        }
        return "";
    }

    /** Removes a directory made through {@link ChildProcesses} and everything under it; never throws. */
    static void deleteTree(Path root) {
        ChildProcesses.delete(root);
    }
}
