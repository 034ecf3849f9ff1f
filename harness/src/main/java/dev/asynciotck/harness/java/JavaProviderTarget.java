package dev.asynciotck.harness.java;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.Capabilities;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.PythonHost;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.interpreter.Interpreter;
import dev.asynciotck.interpreter.Program;
import dev.asynciotck.interpreter.UncaughtPythonException;
import dev.asynciotck.harness.BoundedOutput;
import dev.asynciotck.harness.Console;
import dev.asynciotck.harness.PythonSource;
import dev.asynciotck.harness.FaultModel;
import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.Target;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import dev.asynciotck.interpreter.syntax.PythonSourceError;
import dev.asynciotck.interpreter.syntax.PythonSyntaxError;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/**
 * Runs programs on a Java {@link AsyncioProvider} through the Python-subset interpreter.
 *
 * <p>Each run opens a fresh {@link Asyncio} module (a fresh "process") on a thread of its own, so that a
 * provider that hangs costs only that run: after the time limit the thread is interrupted and abandoned,
 * and the run reports {@link RunResult.Status#TIMEOUT}. Platform threads the run leaves alive (its own
 * thread after a timeout included) are listed in {@link RunResult#leakedThreads()}. The virtual clock is used
 * whenever the provider offers one, so timing scenarios run instantly.
 *
 * <p>Unless tracing is off, the module the program sees is {@linkplain SpiTracer decorated}: the last
 * {@value SpiTrace#DEFAULT_CAPACITY} SPI calls and loop events of each run come back in {@link RunResult#trace()},
 * for the failure report. The decoration changes nothing the provider or the program can observe; the system
 * property {@value #TRACE_PROPERTY}{@code =false} turns it off (for a provider one suspects of reacting to it).
 */
public final class JavaProviderTarget implements Target {

    /**
     * The stack of the thread a program runs on. CPython lets a program nest 1,000 frames (its default recursion
     * limit, which the interpreter enforces); each costs the tree-walking interpreter a few kilobytes of Java
     * stack (at most 4 KiB measured, interpreted code and tracing included), so a program reaching the limit
     * needs about 4 MiB. Reserved, not committed: only what a program uses is backed by memory. A provider
     * that runs coroutine bodies on threads of its own (the reference's virtual-thread strands run on the JVM's
     * carrier threads) needs the JVM's default stack raised as well ({@code -Xss16m}), and a provider that
     * suspends bodies on continuations or virtual threads needs G1 regions twice the size of the largest
     * suspended stack ({@code -XX:G1HeapRegionSize=32m}); the {@code tck} launcher and the build pass both.
     */
    static final long PROGRAM_STACK_BYTES = 64L << 20;

    /** The system property that turns tracing off when {@code false}. */
    public static final String TRACE_PROPERTY = "asynciotck.trace";

    private final AsyncioProvider provider;
    /** The version asked for by {@code NAME@3.X}; null for the provider's own (plain {@code NAME}). */
    private final PythonVersion chosenVersion;
    private final boolean traced;

    /** A target for {@code provider}, traced unless the system property {@value #TRACE_PROPERTY} is {@code false}. */
    public JavaProviderTarget(AsyncioProvider provider) {
        this(provider, null, tracedByDefault());
    }

    /** A target for {@code provider}, whose runs are traced if {@code traced}. */
    public JavaProviderTarget(AsyncioProvider provider, boolean traced) {
        this(provider, null, traced);
    }

    /**
     * The target {@code NAME@3.X}: {@code provider} behaving as asyncio {@code version} (passed to every module
     * it opens as {@link RuntimeOptions#asyncioVersion()}), or as its own version when {@code version} is null.
     *
     * @throws IllegalArgumentException when {@code version} is not one of the provider's
     *                                  {@link AsyncioProvider#asyncioVersions()}
     */
    public JavaProviderTarget(AsyncioProvider provider, PythonVersion version, boolean traced) {
        if (version != null && !provider.asyncioVersions().contains(version)) {
            throw new IllegalArgumentException(unfollowedVersion(provider, version));
        }
        this.provider = provider;
        this.chosenVersion = version;
        this.traced = traced;
    }

    /** As {@link #JavaProviderTarget(AsyncioProvider, PythonVersion, boolean)}, traced by default. */
    public static JavaProviderTarget atVersion(AsyncioProvider provider, PythonVersion version) {
        return new JavaProviderTarget(provider, version, tracedByDefault());
    }

    /** The usage message for a version {@code provider} does not follow, naming the ones it does. */
    public static String unfollowedVersion(AsyncioProvider provider, PythonVersion version) {
        var versions = provider.asyncioVersions();
        String accepted = versions.size() == 1 ? "only asyncio " + versions.first() + " (it cannot follow another)"
                : "asyncio " + versions.first() + " to " + versions.last()
                + (versions.size() == versions.last().minor() - versions.first().minor() + 1 ? ""
                : " (" + versions.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")");
        return "target " + provider.name() + "@" + version + ": provider " + provider.name() + " follows " + accepted;
    }

    private static boolean tracedByDefault() {
        return !"false".equalsIgnoreCase(System.getProperty(TRACE_PROPERTY, "true").strip());
    }

    @Override
    public String name() {
        return chosenVersion == null ? provider.name() : provider.name() + "@" + chosenVersion;
    }

    @Override
    public PythonVersion version() {
        return chosenVersion == null ? provider.asyncioVersion() : chosenVersion;
    }

    @Override
    public Set<String> capabilities() {
        return chosenVersion == null ? provider.capabilities() : provider.capabilities(chosenVersion);
    }

    @Override
    public Optional<FaultModel> faultModel() {
        return provider instanceof FaultModel model ? Optional.of(model) : Optional.empty();
    }

    @Override
    public RunResult run(String source, String origin, Duration timeout) {
        BoundedOutput stdout = new BoundedOutput(BoundedOutput.DEFAULT_LIMIT);
        BoundedOutput stderr = new BoundedOutput(BoundedOutput.DEFAULT_LIMIT);
        RunResult result = runOn(source, origin, timeout, stdout.printStream(), stderr.printStream());
        String cut = Stream.of(stdout.cutNote("stdout"), stderr.cutNote("stderr")).filter(note -> !note.isEmpty())
                .collect(Collectors.joining("; "));
        return result.withOutput(stdout.text(), stderr.text()).withNote(cut);
    }

    /**
     * Runs the program as {@code python FILE} would: decoded as CPython decodes source files, its output
     * written to the console as it prints, unbounded. (The Python subset reads no input.)
     */
    @Override
    public RunResult exec(byte[] source, String origin, Duration timeout, Console console) {
        String text;
        try {
            text = PythonSource.decode(source, origin);
        } catch (PythonSource.EncodingException e) {
            return RunResult.failure(RunResult.Status.ERROR, "the program is not valid Python: " + e.getMessage(),
                    "", "", Duration.ZERO);
        }
        PrintStream out = new PrintStream(console.out(), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(console.err(), true, StandardCharsets.UTF_8);
        try {
            return runOn(text, origin, timeout, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs the program on a thread of its own, writing to {@code stdout} and {@code stderr}; the result has no output. */
    private RunResult runOn(String source, String origin, Duration timeout, PrintStream stdout, PrintStream stderr) {
        long start = System.nanoTime();
        SpiTrace trace = traced ? new SpiTrace(SpiTrace.DEFAULT_CAPACITY) : null;
        FutureTask<RunResult> run = new FutureTask<>(() -> runHere(source, origin, stdout, stderr, trace, start));
        // The run's own thread group: platform threads the provider starts during the run join it, so the
        // ones still alive afterwards can be reported against this run even while others run in parallel.
        ThreadGroup group = new ThreadGroup("asyncio-tck " + name() + " " + origin);
        Thread thread = Thread.ofPlatform().group(group).daemon().name("asyncio-tck " + name() + " " + origin)
                .stackSize(PROGRAM_STACK_BYTES).unstarted(run);
        thread.setContextClassLoader(provider.getClass().getClassLoader());
        thread.start();
        RunResult result;
        try {
            result = run.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            thread.interrupt();
            result = RunResult.failure(RunResult.Status.TIMEOUT,
                    "no outcome after " + timeout.toMillis() / 1000.0 + " s on " + name() + " (" + origin + ")",
                    "", "", elapsedSince(start));
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            return RunResult.failure(RunResult.Status.ERROR, "interrupted while waiting for the program",
                    "", "", elapsedSince(start)).withTrace(linesOf(trace));
        } catch (ExecutionException e) {
            result = RunResult.failure(RunResult.Status.ERROR, "harness failure: " + e.getCause(),
                    "", "", elapsedSince(start));
        }
        return result.withLeakedThreads(LeftoverThreads.of(group, thread)).withTrace(linesOf(trace));
    }

    private static List<String> linesOf(SpiTrace trace) {
        return trace == null ? List.of() : trace.lines();
    }

    private RunResult runHere(String source, String origin, PrintStream stdout, PrintStream err, SpiTrace trace,
                              long start) {
        Program program;
        try {
            program = Program.parse(source, origin);
        } catch (PythonSourceError e) {
            return sourceProblem(e, origin, start);
        }
        PythonHost host = Interpreter.newHost();
        SpiTracer tracer = trace == null ? null : new SpiTracer(trace);
        RuntimeOptions options = new RuntimeOptions(capabilities().contains(Capabilities.VIRTUAL_CLOCK), err,
                tracer == null ? Interpreter.values() : tracer.values(Interpreter.values()), host,
                Optional.ofNullable(chosenVersion));
        Asyncio opened;
        try {
            opened = provider.open(options);
        } catch (RuntimeException | Error e) {
            return RunResult.failure(RunResult.Status.ERROR, "provider " + name() + " failed to open a module: "
                    + describe(e), "", "", elapsedSince(start));
        }
        Asyncio asyncio = tracer == null ? opened : tracer.decorate(opened);
        RunResult.Status status;
        String raised = null;
        try (asyncio) {
            new Interpreter(asyncio, stdout, err, host).run(program);
            status = RunResult.Status.COMPLETED;
        } catch (UncaughtPythonException e) {
            err.println(e.lastTracebackLine());
            status = RunResult.Status.RAISED;
            raised = e.pythonClassName();
        } catch (PythonSourceError e) {
            return sourceProblem(e, origin, start);
        } catch (RuntimeException | Error e) {
            return RunResult.failure(RunResult.Status.ERROR, "provider " + name() + " threw " + describe(e),
                    "", "", elapsedSince(start));
        }
        // Taken after the module closed: what it reports while closing (exceptions never retrieved, tasks
        // destroyed while pending) is part of the output, as CPython prints it at interpreter exit.
        return new RunResult(status, "", "", raised, null, elapsedSince(start));
    }

    /** A program the interpreter cannot run; the detail names the program ({@code origin}) and the line. */
    private static RunResult sourceProblem(PythonSourceError e, String origin, long start) {
        RunResult.Status status = e instanceof UnsupportedConstructError ? RunResult.Status.UNSUPPORTED
                : RunResult.Status.ERROR;
        String detail = origin + ": " + (e instanceof PythonSyntaxError ? "the program is not valid Python: "
                + e.getMessage() : e.getMessage());
        return RunResult.failure(status, detail, "", "", elapsedSince(start));
    }

    /** The exception and the first frame it was thrown from, enough to find a provider's bug. */
    private static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return e + (trace.length > 0 ? " at " + trace[0] : "");
    }

    private static Duration elapsedSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
