package dev.asynciotck.harness.python;

import dev.asynciotck.harness.ChildProcesses;
import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;
import dev.asynciotck.harness.Target;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * For {@code tck fuzz} only: one interpreter ({@code batch.py}) that runs generated programs one after another, each
 * from a fresh {@code __main__}, fresh asyncio state and fresh output buffers, and collects after each (see the
 * script's docstring for what is reset). It saves a process per program, which is what a generated program
 * mostly costs. {@code tck run} never uses it: a scenario is always a fresh {@code python FILE} (or a fork server's
 * child that is the same), whatever it does.
 *
 * <p>Not for programs in general: only for programs that are deterministic by construction and print no
 * addresses or task names, and whose differences the caller confirms the isolated way ({@link Target#run}).
 * When a program does not end within its time limit, or the runner dies or answers nonsense, {@link #run} returns
 * empty (the caller runs that program the isolated way), the runner is killed and the next call starts a new one.
 *
 * <p>One instance serves one thread at a time; use one per worker thread and close it at the end.
 */
public final class PythonBatch implements AutoCloseable {

    private static final String SCRIPT_RESOURCE = "batch.py";
    private static final String HARNESS_RESOURCE = "harness.py";

    private final PythonTarget target;
    private final ScheduledExecutorService watchdog;
    private Runner runner;
    private long ids;
    private String lastFailure;

    private PythonBatch(PythonTarget target) {
        this.target = target;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "asyncio-tck batch watchdog " + target.name());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A batch runner for {@code target} if it is a Python interpreter that can run here, else empty. */
    public static Optional<PythonBatch> forTarget(Target target) {
        if (target instanceof PythonTarget python && python.executable().isPresent()
                && python.unavailableReason().isEmpty()) {
            return Optional.of(new PythonBatch(python));
        }
        return Optional.empty();
    }

    /** Why the last program could not run in the batch (it then ran the isolated way), or null. */
    public String lastFailure() {
        return lastFailure;
    }

    /**
     * Runs one program; empty when it could not (time limit, the runner died or could not start): the caller
     * then runs it the isolated way. Programs are UTF-8 Python source.
     */
    public Optional<RunResult> run(String program, Duration timeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        try {
            if (runner == null) {
                runner = Runner.start(target);
            }
            return Optional.of(runner.run(++ids, program.getBytes(StandardCharsets.UTF_8), timeout, watchdog));
        } catch (IOException | RuntimeException failure) {
            lastFailure = failure.getMessage();
            if (runner != null) {
                runner.close();
                runner = null;
            }
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (runner != null) {
            runner.close();
            runner = null;
        }
        watchdog.shutdownNow();
    }

    /** One runner process and its pipes. */
    private record Runner(Process process, Path directory, OutputStream requests, InputStream replies) {

        static Runner start(PythonTarget target) throws IOException {
            byte[] script = resource(SCRIPT_RESOURCE);
            byte[] harness = resource(HARNESS_RESOURCE);
            Path directory = TempFiles.create("asyncio-tck-batch-");
            try {
                Path scriptFile = Files.write(directory.resolve(SCRIPT_RESOURCE), script);
                Path harnessFile = Files.write(directory.resolve(HARNESS_RESOURCE), harness);
                List<String> command = new ArrayList<>(List.of(target.executable().orElseThrow().toString(),
                        "-I", "-u", "-X", "faulthandler"));
                if (target.version().atLeast(3, 7)) {
                    command.addAll(List.of("-X", "utf8"));
                }
                command.addAll(List.of(scriptFile.toString(), harnessFile.toString()));
                target.variant().harnessArgument().ifPresent(command::add);
                var builder = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectError(directory.resolve("runner.err").toFile());
                builder.environment().clear();
                builder.environment().putAll(CleanEnvironment.forDirectory(directory));
                Process process = ChildProcesses.start(builder);
                return new Runner(process, directory, process.getOutputStream(),
                        new BufferedInputStream(process.getInputStream(), 1 << 16));
            } catch (IOException | RuntimeException failure) {
                TempFiles.deleteQuietly(directory);
                throw failure;
            }
        }

        RunResult run(long id, byte[] source, Duration timeout, ScheduledExecutorService watchdog)
                throws IOException {
            long start = System.nanoTime();
            var late = new AtomicBoolean();
            ScheduledFuture<?> limit = watchdog.schedule(() -> {
                late.set(true);
                ChildProcess.killTree(process.toHandle());
            }, timeout.toNanos(), TimeUnit.NANOSECONDS);
            try {
                requests.write(("run " + id + " " + source.length + "\n").getBytes(StandardCharsets.UTF_8));
                requests.write(source);
                requests.flush();
                String[] header = readLine().split(" ");
                if (header.length != 7 || !header[0].equals("done") || !header[1].equals(Long.toString(id))) {
                    throw new IOException("the batch runner answered '" + String.join(" ", header) + "'");
                }
                String stdout = new String(readExactly(Integer.parseInt(header[5])), StandardCharsets.UTF_8);
                String stderr = new String(readExactly(Integer.parseInt(header[6])), StandardCharsets.UTF_8);
                Duration elapsed = Duration.ofNanos(Long.parseLong(header[4]));
                return switch (header[2]) {
                    case "completed" -> new RunResult(Status.COMPLETED, stdout, stderr, null, "", elapsed);
                    case "raised" -> new RunResult(Status.RAISED, stdout, stderr, header[3], "", elapsed);
                    default -> throw new IOException("the batch runner answered '" + String.join(" ", header) + "'");
                };
            } catch (IOException | NumberFormatException broken) {
                throw new IOException(late.get() ? "no answer within " + timeout.toMillis() + " ms ("
                        + (System.nanoTime() - start) / 1_000_000 + " ms)" : describe(broken), broken);
            } finally {
                limit.cancel(false);
            }
        }

        private String describe(Exception broken) {
            String errors = "";
            try {
                errors = InterpreterProbe.lastLine(Files.readString(directory.resolve("runner.err")));
            } catch (IOException | RuntimeException unreadable) {
                // Nothing to add.
            }
            return "the batch runner failed: " + broken.getMessage() + (errors.isBlank() ? "" : " (" + errors + ")");
        }

        private byte[] readExactly(int length) throws IOException {
            byte[] bytes = replies.readNBytes(length);
            if (bytes.length < length) {
                throw new EOFException("the batch runner ended in the middle of an answer");
            }
            return bytes;
        }

        private String readLine() throws IOException {
            var line = new ByteArrayOutputStream(64);
            int b;
            while ((b = replies.read()) != '\n') {
                if (b < 0) {
                    throw new EOFException("the batch runner ended");
                }
                line.write(b);
            }
            return line.toString(StandardCharsets.UTF_8);
        }

        void close() {
            ChildProcess.endServer(requests, process, Duration.ofSeconds(2), directory);
        }

        private static byte[] resource(String name) throws IOException {
            try (InputStream in = PythonBatch.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("the classpath resource " + name + " is missing");
                }
                return in.readAllBytes();
            }
        }
    }
}
