package dev.asynciotck.graalpy.server;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs Python programs on GraalPy, each in a fresh {@link Context} of one shared {@link Engine}.
 *
 * <p>A fresh context is a fresh interpreter: its own {@code __main__}, {@code sys.modules}, asyncio state (the
 * task-name counter, the event loop policy and loops), threads and {@code atexit} handlers. The engine is what
 * the contexts share: parsed code (and JIT-compiled code when {@link #COMPILE} is on), so a program does not pay
 * GraalPy's cold start (tens of seconds) but only the context's start and asyncio's import, which get faster as
 * the host JVM warms up GraalPy's interpreter.
 *
 * <p>Each program runs as {@code python -I -u harness.py RESULT PROGRAM} would in its run directory: the
 * harness (the same {@code harness.py} the CPython targets use) runs the program as {@code __main__} and
 * writes how it ended into the result file; {@code graalpy_main.py} turns an escaping {@code SystemExit} into
 * the exit status python would have. The context sees only the run directory's environment ({@code PATH}, a
 * UTF-8 locale, {@code HOME} and {@code TMPDIR} = the run directory), its standard input is at end of file,
 * its output is unbuffered and captured per stream up to a limit. The context's close is the interpreter's
 * shutdown: it waits for the program's non-daemon threads and runs its {@code atexit} handlers.
 *
 * <p>The time limit covers the context's start, the program and the shutdown; when it passes, the context is
 * closed with cancellation ({@link Context#close(boolean)}), which stops a program looping in Python code as
 * well as one blocked in {@code select} or {@code time.sleep}. Thread-safe: programs may run at once, each on
 * its own thread.
 */
final class ProgramRunner implements AutoCloseable {

    /** What one program did. {@code exitStatus} is -1 when there is none (time limit, harness failure). */
    record Outcome(int exitStatus, boolean timedOut, long elapsedMillis, byte[] stdout, long stdoutDropped,
                   byte[] stderr, long stderrDropped, String problem) {
        Outcome {
            Objects.requireNonNull(stdout, "stdout");
            Objects.requireNonNull(stderr, "stderr");
            problem = Objects.requireNonNullElse(problem, "");
        }
    }

    private static final String MAIN_RESOURCE = "graalpy_main.py";
    /** Whether the engine compiles hot Python code (the system property {@code tck.graalpy.compile}, default off). */
    static final boolean COMPILE = Boolean.getBoolean("tck.graalpy.compile");

    private final Engine engine;
    private final Source main;
    private final int captureLimit;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "graalpy time limits");
        thread.setDaemon(true);
        return thread;
    });

    ProgramRunner(int captureLimit) {
        this.captureLimit = captureLimit;
        // The engine's own messages go to standard error: standard output carries the server's replies.
        // Runtime compilation is off unless -Dtck.graalpy.compile=true: the spec's programs are short and each runs
        // once in a fresh context, so compiling them cost far more CPU than it saved. Whole spec on graalpy-3.12,
        // 2026-12-06, side by side at load 10-24 (benchmarks/README.md, "GraalPy's server without compilation"):
        // server JVM 452 CPU-s with compilation (programs 191, C2 113, Truffle compiler 109, GC 16), 279 without
        // (programs 192, C2 67, GC 5): the programs' own threads took the same time; same verdicts, same median
        // program time (1.6 s). The whole `tck run` 471 -> 292 CPU-s.
        this.engine = Engine.newBuilder("python")
                .allowExperimentalOptions(true)
                .option("engine.Compilation", Boolean.toString(COMPILE))
                .option("engine.WarnInterpreterOnly", "false")
                .out(System.err)
                .err(System.err)
                .build();
        this.main = Source.newBuilder("python", resource(MAIN_RESOURCE), MAIN_RESOURCE).buildLiteral();
    }

    /** True if the engine compiles hot code to machine code (false: GraalPy's interpreter only, much slower). */
    boolean compiles() {
        return COMPILE && !engine.getImplementationName().equals("Interpreted");
    }

    /**
     * Runs {@code harness.py RESULT PROGRAM} of {@code directory} in a fresh context.
     *
     * @param directory the run directory: working directory, {@code HOME} and {@code TMPDIR}; it holds
     *                  {@code harness.py} and {@code program.py}, and the harness writes {@code result} there
     */
    Outcome run(Path directory, Duration timeout) {
        long start = System.nanoTime();
        var stdout = new CappedOutput(captureLimit);
        var stderr = new CappedOutput(captureLimit);
        var timedOut = new AtomicBoolean();
        int exitStatus = -1;
        String problem = "";
        String dir = directory.toAbsolutePath().toString();
        Context context = null;
        var limit = watchdog.schedule(() -> {
            timedOut.set(true);
            return null;
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            context = Context.newBuilder("python")
                    .engine(engine)
                    .in(InputStream.nullInputStream())
                    .out(stdout)
                    .err(stderr)
                    .allowIO(IOAccess.ALL)
                    .allowCreateThread(true)
                    .allowEnvironmentAccess(EnvironmentAccess.NONE)
                    .environment(Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "LC_ALL", "C.UTF-8",
                            "HOME", dir, "TMPDIR", dir))
                    .currentWorkingDirectory(directory.toAbsolutePath())
                    .option("python.IsolateFlag", "true")
                    .option("python.UnbufferedIO", "true")
                    .option("python.StandardStreamEncoding", "utf-8")
                    // GraalPy caches the bytecode of the standard library in .pyc files; without them every
                    // context parses asyncio's ~80 modules again.
                    .option("python.DontWriteBytecodeFlag", "false")
                    .arguments("python", new String[] {"harness.py"})
                    .build();
            Context running = context;
            limit.cancel(false);
            limit = watchdog.schedule(() -> {
                timedOut.set(true);
                running.close(true);
                return null;
            }, Math.max(0, timeout.toNanos() - (System.nanoTime() - start)), TimeUnit.NANOSECONDS);
            context.eval(main);
            Value exitStatusOf = context.getBindings("python").getMember("exit_status");
            exitStatus = exitStatusOf.execute(dir + "/harness.py", dir + "/result", dir + "/program.py").asInt();
            context.close();
        } catch (PolyglotException failure) {
            if (failure.isCancelled() || timedOut.get()) {
                exitStatus = -1;
            } else if (failure.isExit()) {
                // os._exit(n): the interpreter ends at once, as the process would.
                exitStatus = failure.getExitStatus();
            } else {
                problem = (failure.isInternalError() ? "GraalPy internal error: " : "the harness failed: ")
                        + failure.getMessage();
            }
        } catch (RuntimeException failure) {
            problem = "the context could not run: " + failure;
        } finally {
            limit.cancel(false);
            if (context != null) {
                closeQuietly(context);
            }
        }
        boolean late = timedOut.get();
        return new Outcome(late ? -1 : exitStatus, late, (System.nanoTime() - start) / 1_000_000,
                stdout.bytes(), stdout.dropped(), stderr.bytes(), stderr.dropped(), problem);
    }

    private static void closeQuietly(Context context) {
        try {
            context.close(true);
        } catch (PolyglotException | IllegalStateException alreadyClosed) {
            // Closed (or being closed) already; the outcome is decided.
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        engine.close(true);
    }

    static String resource(String name) {
        try (InputStream in = ProgramRunner.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the classpath resource " + name + " beside "
                        + ProgramRunner.class.getName() + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
