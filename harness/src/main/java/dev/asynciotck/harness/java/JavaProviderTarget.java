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
import dev.asynciotck.harness.FaultModel;
import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.Target;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
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

    /** The system property that turns tracing off when {@code false}. */
    public static final String TRACE_PROPERTY = "asynciotck.trace";

    private final AsyncioProvider provider;
    private final boolean traced;

    /** A target for {@code provider}, traced unless the system property {@value #TRACE_PROPERTY} is {@code false}. */
    public JavaProviderTarget(AsyncioProvider provider) {
        this(provider, !"false".equalsIgnoreCase(System.getProperty(TRACE_PROPERTY, "true").strip()));
    }

    /** A target for {@code provider}, whose runs are traced if {@code traced}. */
    public JavaProviderTarget(AsyncioProvider provider, boolean traced) {
        this.provider = provider;
        this.traced = traced;
    }

    @Override
    public String name() {
        return provider.name();
    }

    @Override
    public PythonVersion version() {
        return provider.asyncioVersion();
    }

    @Override
    public Set<String> capabilities() {
        return provider.capabilities();
    }

    @Override
    public Optional<FaultModel> faultModel() {
        return provider instanceof FaultModel model ? Optional.of(model) : Optional.empty();
    }

    @Override
    public RunResult run(String source, String origin, Duration timeout) {
        long start = System.nanoTime();
        BoundedOutput stdout = new BoundedOutput(BoundedOutput.DEFAULT_LIMIT);
        BoundedOutput stderr = new BoundedOutput(BoundedOutput.DEFAULT_LIMIT);
        SpiTrace trace = traced ? new SpiTrace(SpiTrace.DEFAULT_CAPACITY) : null;
        FutureTask<RunResult> run = new FutureTask<>(() -> runHere(source, origin, stdout, stderr, trace, start));
        // The run's own thread group: platform threads the provider starts during the run join it, so the
        // ones still alive afterwards can be reported against this run even while others run in parallel.
        ThreadGroup group = new ThreadGroup("asyncio-tck " + name() + " " + origin);
        Thread thread = Thread.ofPlatform().group(group).daemon().name("asyncio-tck " + name() + " " + origin)
                .unstarted(run);
        thread.setContextClassLoader(provider.getClass().getClassLoader());
        thread.start();
        RunResult result;
        try {
            result = run.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            thread.interrupt();
            result = RunResult.failure(RunResult.Status.TIMEOUT,
                    "no outcome after " + timeout.toMillis() / 1000.0 + " s on " + name() + " (" + origin + ")",
                    stdout.text(), stderr.text(), elapsedSince(start));
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            return RunResult.failure(RunResult.Status.ERROR, "interrupted while waiting for the program",
                    stdout.text(), stderr.text(), elapsedSince(start)).withTrace(linesOf(trace));
        } catch (ExecutionException e) {
            result = RunResult.failure(RunResult.Status.ERROR, "harness failure: " + e.getCause(),
                    stdout.text(), stderr.text(), elapsedSince(start));
        }
        return result.withLeakedThreads(LeftoverThreads.of(group, thread)).withTrace(linesOf(trace));
    }

    private static List<String> linesOf(SpiTrace trace) {
        return trace == null ? List.of() : trace.lines();
    }

    private RunResult runHere(String source, String origin, BoundedOutput stdout, BoundedOutput stderr,
                              SpiTrace trace, long start) {
        Program program;
        try {
            program = Program.parse(source, origin);
        } catch (PythonSourceError e) {
            return sourceProblem(e, stdout, stderr, start);
        }
        PrintStream err = stderr.printStream();
        PythonHost host = Interpreter.newHost();
        RuntimeOptions options = new RuntimeOptions(
                capabilities().contains(Capabilities.VIRTUAL_CLOCK), err, Interpreter.values(), host);
        Asyncio opened;
        try {
            opened = provider.open(options);
        } catch (RuntimeException | Error e) {
            return RunResult.failure(RunResult.Status.ERROR, "provider " + name() + " failed to open a module: "
                    + describe(e), stdout.text(), stderr.text(), elapsedSince(start));
        }
        Asyncio asyncio = trace == null ? opened : SpiTracer.decorate(opened, trace);
        RunResult.Status status;
        String raised = null;
        try (asyncio) {
            new Interpreter(asyncio, stdout.printStream(), err, host).run(program);
            status = RunResult.Status.COMPLETED;
        } catch (UncaughtPythonException e) {
            err.println(e.lastTracebackLine());
            status = RunResult.Status.RAISED;
            raised = e.pythonClassName();
        } catch (PythonSourceError e) {
            return sourceProblem(e, stdout, stderr, start);
        } catch (RuntimeException | Error e) {
            return RunResult.failure(RunResult.Status.ERROR, "provider " + name() + " threw " + describe(e),
                    stdout.text(), stderr.text(), elapsedSince(start));
        }
        // Taken after the module closed: what it reports while closing (exceptions never retrieved, tasks
        // destroyed while pending) is part of the output, as CPython prints it at interpreter exit.
        return outcome(status, raised, stdout, stderr, start);
    }

    private static RunResult outcome(RunResult.Status status, String exceptionName, BoundedOutput stdout,
                                     BoundedOutput stderr, long start) {
        String detail = stdout.overflowed() ? "stdout cut at " + BoundedOutput.DEFAULT_LIMIT + " bytes" : null;
        return new RunResult(status, stdout.text(), stderr.text(), exceptionName, detail, elapsedSince(start));
    }

    private static RunResult sourceProblem(PythonSourceError e, BoundedOutput stdout, BoundedOutput stderr,
                                           long start) {
        RunResult.Status status = e instanceof UnsupportedConstructError ? RunResult.Status.UNSUPPORTED
                : RunResult.Status.ERROR;
        String detail = e instanceof PythonSyntaxError ? "the program is not valid Python: " + e.getMessage()
                : e.getMessage();
        return RunResult.failure(status, detail, stdout.text(), stderr.text(), elapsedSince(start));
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
