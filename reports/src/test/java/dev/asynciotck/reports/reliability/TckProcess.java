package dev.asynciotck.reports.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code tck} command in a child JVM: the main class {@code Tck} on this test's class path, with the
 * launcher's flags, its own {@code java.io.tmpdir} (so that temporary files it leaves are its own) and
 * standard output and error in files.
 *
 * @param workDir the child's working directory; {@code tmp} (its temporary folder) and {@code out.txt} /
 *                {@code err.txt} live there
 */
record TckProcess(Path workDir, Process process, Path stdout, Path stderr) {

    /** How long any child may take before the test gives up on it. */
    static final Duration LIMIT = Duration.ofMinutes(3);

    /** Starts {@code tck ARGS} in {@code workDir} (created if needed). */
    static TckProcess start(Path workDir, List<String> args) {
        return start(workDir, args, List.of());
    }

    /** As {@link #start(Path, List)}, with extra JVM options (system properties) for the child. */
    static TckProcess start(Path workDir, List<String> args, List<String> jvmOptions) {
        return start(workDir, args, jvmOptions, null);
    }

    /** As {@link #start(Path, List, List)}, with {@code stdin} (a file; null for none) as standard input. */
    static TckProcess start(Path workDir, List<String> args, List<String> jvmOptions, Path stdin) {
        try {
            Files.createDirectories(workDir.resolve("tmp"));
            List<String> command = new ArrayList<>(List.of(javaExecutable(),
                    "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Xss16m",
                    "-XX:G1HeapRegionSize=32m",
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Djava.io.tmpdir=" + tmp(workDir)));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.asynciotck.reports.cli.Tck"));
            command.addAll(args);
            Path out = workDir.resolve("out.txt");
            Path err = workDir.resolve("err.txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(stdin == null ? new java.io.File("/dev/null")
                            : stdin.toFile()));
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("TCK_PYTHON_FORKSERVER");
            return new TckProcess(workDir, builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code tck ARGS} in {@code workDir} to its end. */
    static Result run(Path workDir, String... args) {
        return start(workDir, List.of(args)).await();
    }

    /** The child's temporary folder. */
    static Path tmp(Path workDir) {
        return workDir.resolve("tmp");
    }

    /** Waits for the child to end (killing it after {@link #LIMIT}) and returns what it did. */
    Result await() {
        try {
            if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("tck did not end within " + LIMIT + ": " + read(stderr));
            }
            return new Result(process.exitValue(), read(stdout), read(stderr), workDir);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Sends a signal (e.g. {@code INT}, {@code TERM}) to the child JVM. */
    void signal(String name) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits (up to {@link #LIMIT}) until a line of standard output or error (where progress goes) starts with
     * {@code prefix}, or the child ends.
     */
    void awaitOutputLine(String prefix) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline
                && (read(stdout) + read(stderr)).lines().noneMatch(line -> line.startsWith(prefix))) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** True if the child ignores signal {@code number} (it inherited the disposition; see /proc/PID/status). */
    boolean ignores(int number) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << (number - 1))) != 0;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // No procfs, or the child ended: assume the default disposition.
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }

    /**
     * What the child did.
     *
     * @param exitCode its exit status
     * @param out      its standard output
     * @param err      its standard error
     * @param workDir  where it ran
     */
    record Result(int exitCode, String out, String err, Path workDir) {

        /** The lines of standard error that are not the JVM's own notes. */
        List<String> errorLines() {
            return err.lines().filter(line -> !line.isBlank() && !line.startsWith("Picked up ")).toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }
}
