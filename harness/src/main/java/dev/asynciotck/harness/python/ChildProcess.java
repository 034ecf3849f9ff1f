package dev.asynciotck.harness.python;

import dev.asynciotck.harness.ChildProcesses;
import dev.asynciotck.harness.Console;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command as a child process without a shell: a clean environment, standard input at end of file,
 * standard output and error drained concurrently into bounded buffers, and a time limit that kills the whole
 * process tree. The process is registered with {@link ChildProcesses}, so it dies with the JVM.
 */
final class ChildProcess {

    /** How long to wait for the output pipes to reach end of file once the process has ended. */
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(3);

    private static final File NULL_DEVICE = new File("/dev/null");

    private ChildProcess() {
    }

    /**
     * What a finished (or stopped) child process left behind.
     *
     * @param timedOut      the time limit passed and the process tree was killed
     * @param exitCode      the exit status; on Unix a process killed by signal N reports 128 + N
     * @param stdout        standard output, at most the capture limit
     * @param stdoutDropped bytes of standard output beyond the limit, discarded
     * @param stderr        standard error, at most the capture limit
     * @param stderrDropped bytes of standard error beyond the limit, discarded
     * @param elapsed       from start to the end of the process
     * @param ranAgain      why the program ran a second time (a runner that re-runs a program whose interpreter
     *                      itself failed, see {@code server.mjs}), or empty
     */
    record Outcome(boolean timedOut, int exitCode, byte[] stdout, long stdoutDropped, byte[] stderr,
                   long stderrDropped, Duration elapsed, String ranAgain) {

        Outcome(boolean timedOut, int exitCode, byte[] stdout, long stdoutDropped, byte[] stderr,
                long stderrDropped, Duration elapsed) {
            this(timedOut, exitCode, stdout, stdoutDropped, stderr, stderrDropped, elapsed, "");
        }

        String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        String stderrText() {
            return new String(stderr, StandardCharsets.UTF_8);
        }

        /** Names the signal that killed the process, if its exit status says one did (128 + N). */
        String signalName() {
            return exitCode > 128 && exitCode < 128 + 65 ? Signals.name(exitCode - 128) : null;
        }
    }

    /**
     * Runs {@code command} in {@code workDir} with exactly {@code environment}, until it ends or
     * {@code timeout} passes.
     *
     * @throws IOException          the process could not be started (or the harness is shutting down)
     * @throws InterruptedException the calling thread was interrupted; the process tree has been killed
     */
    static Outcome run(List<String> command, Path workDir, Map<String, String> environment, Duration timeout,
                       int captureLimit) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        if (NULL_DEVICE.exists()) {
            builder.redirectInput(ProcessBuilder.Redirect.from(NULL_DEVICE));
        }
        long start = System.nanoTime();
        Process process = ChildProcesses.start(builder);
        if (!NULL_DEVICE.exists()) {
            process.getOutputStream().close();
        }
        var stdout = BoundedCapture.start(process.getInputStream(), captureLimit, "stdout of " + process.pid());
        var stderr = BoundedCapture.start(process.getErrorStream(), captureLimit, "stderr of " + process.pid());
        boolean timedOut;
        try {
            timedOut = !process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            killTree(process.toHandle());
            throw interrupted;
        }
        if (timedOut) {
            killTree(process.toHandle());
            process.waitFor(DRAIN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
        var elapsed = Duration.ofNanos(System.nanoTime() - start);
        long drainDeadline = System.nanoTime() + DRAIN_GRACE.toNanos();
        stdout.awaitEnd(drainDeadline);
        stderr.awaitEnd(drainDeadline);
        int exitCode = process.isAlive() ? -1 : process.exitValue();
        return new Outcome(timedOut, exitCode, stdout.bytes(), stdout.dropped(), stderr.bytes(), stderr.dropped(),
                elapsed);
    }

    /**
     * Runs {@code command} attached to {@code console}: standard input, output and error inherited when they are
     * the JVM's own, else copied between the process and the console's streams as they come; nothing is
     * captured or cut. The outcome's output is empty.
     *
     * @throws IOException          the process could not be started (or the harness is shutting down)
     * @throws InterruptedException the calling thread was interrupted; the process tree has been killed
     */
    static Outcome attach(List<String> command, Path workDir, Map<String, String> environment, Duration timeout,
                          Console console) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        if (console.processStreams()) {
            System.out.flush();
            System.err.flush();
            builder.redirectInput(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
        }
        long start = System.nanoTime();
        Process process = ChildProcesses.start(builder);
        List<Thread> copies = new ArrayList<>();
        if (!console.processStreams()) {
            copies.add(copy(process.getInputStream(), console.out(), false, "stdout of " + process.pid()));
            copies.add(copy(process.getErrorStream(), console.err(), false, "stderr of " + process.pid()));
            copy(console.in(), process.getOutputStream(), true, "stdin of " + process.pid());
        }
        boolean timedOut;
        try {
            timedOut = !process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            killTree(process.toHandle());
            throw interrupted;
        }
        if (timedOut) {
            killTree(process.toHandle());
            process.waitFor(DRAIN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
        var elapsed = Duration.ofNanos(System.nanoTime() - start);
        long drainDeadline = System.nanoTime() + DRAIN_GRACE.toNanos();
        for (Thread copy : copies) {
            copy.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(drainDeadline - System.nanoTime())));
        }
        int exitCode = process.isAlive() ? -1 : process.exitValue();
        return new Outcome(timedOut, exitCode, new byte[0], 0, new byte[0], 0, elapsed);
    }

    /** Copies {@code from} into {@code to} on a daemon thread until either ends; then closes {@code to} if told. */
    private static Thread copy(InputStream from, OutputStream to, boolean closeAtEnd, String name) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[65536];
            try {
                int count;
                while ((count = from.read(buffer)) >= 0) {
                    to.write(buffer, 0, count);
                    to.flush();
                }
            } catch (IOException ended) {
                // The process ended, or the console closed: nothing more to copy.
            } finally {
                if (closeAtEnd) {
                    try {
                        to.close();
                    } catch (IOException ignored) {
                        // Already closed.
                    }
                }
            }
        }, "asyncio-tck " + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Kills a process and every process descended from it (see {@link ChildProcesses#killTree}). */
    /**
     * Ends a long-lived server child: closes its input (each of our servers ends when its input does), gives it
     * {@code grace} to exit, kills its process tree otherwise, and removes its working directory.
     */
    static void endServer(OutputStream requests, Process process, Duration grace, Path directory) {
        try {
            requests.close();
        } catch (IOException ignored) {
            // Already closed.
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process.toHandle());
            }
        } catch (InterruptedException interrupted) {
            killTree(process.toHandle());
            Thread.currentThread().interrupt();
        }
        TempFiles.deleteQuietly(directory);
    }

    static void killTree(ProcessHandle root) {
        ChildProcesses.killTree(root);
    }

    /** True if the process exists and is not a zombie. */
    static boolean isRunning(ProcessHandle handle) {
        return ChildProcesses.isRunning(handle);
    }

    /** Drains one stream on its own thread, keeping at most {@code limit} bytes and counting the rest. */
    private static final class BoundedCapture implements Runnable {
        private final InputStream input;
        private final int limit;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long dropped;
        private final Thread thread;

        private BoundedCapture(InputStream input, int limit, String name) {
            this.input = input;
            this.limit = limit;
            this.thread = new Thread(this, "asyncio-tck " + name);
            this.thread.setDaemon(true);
        }

        static BoundedCapture start(InputStream input, int limit, String name) {
            var capture = new BoundedCapture(input, limit, name);
            capture.thread.start();
            return capture;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (input) {
                int count;
                while ((count = input.read(buffer)) >= 0) {
                    synchronized (this) {
                        int keep = Math.max(0, Math.min(count, limit - kept.size()));
                        kept.write(buffer, 0, keep);
                        dropped += count - keep;
                    }
                }
            } catch (IOException closed) {
                // The pipe was closed under us; keep what was read.
            }
        }

        /** Waits for end of file until {@code deadlineNanos}; a grandchild may still hold the pipe open. */
        void awaitEnd(long deadlineNanos) throws InterruptedException {
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining > 0) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
            }
        }

        synchronized byte[] bytes() {
            return kept.toByteArray();
        }

        synchronized long dropped() {
            return dropped;
        }
    }

    /** Names of the usual Linux signals, for messages. */
    static final class Signals {
        private static final Map<Integer, String> NAMES = Map.ofEntries(
                Map.entry(1, "SIGHUP"), Map.entry(2, "SIGINT"), Map.entry(3, "SIGQUIT"), Map.entry(4, "SIGILL"),
                Map.entry(6, "SIGABRT"), Map.entry(7, "SIGBUS"), Map.entry(8, "SIGFPE"), Map.entry(9, "SIGKILL"),
                Map.entry(10, "SIGUSR1"), Map.entry(11, "SIGSEGV"), Map.entry(12, "SIGUSR2"),
                Map.entry(13, "SIGPIPE"), Map.entry(14, "SIGALRM"), Map.entry(15, "SIGTERM"));

        private Signals() {
        }

        static String name(int number) {
            return NAMES.getOrDefault(number, "signal " + number);
        }
    }
}
