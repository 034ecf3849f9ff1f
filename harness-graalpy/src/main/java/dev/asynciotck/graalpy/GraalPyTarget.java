package dev.asynciotck.graalpy;

import dev.asynciotck.harness.ChildProcesses;
import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;
import dev.asynciotck.harness.Target;
import dev.asynciotck.spi.Capabilities;
import dev.asynciotck.spi.PythonVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * GraalPy as a {@link Target}: each program runs in a fresh context of one GraalPy engine, in a server JVM
 * ({@link GraalPyServer}) started on the first program and kept for the life of this JVM. The program runs as
 * under the CPython targets: the same {@code harness.py}, as {@code __main__} of a fresh interpreter, in a
 * fresh run directory, judged the same way ({@link GraalPyVerdict}).
 *
 * <p>At most {@link #contexts()} programs run at once (the system property {@code tck.graalpy.contexts}, else the
 * environment variable {@code TCK_GRAALPY_CONTEXTS}, else the number of processors); a program's time limit
 * starts when it gets its turn. The server warms up before the first program (a small asyncio program run
 * {@code tck.graalpy.warmup} rounds, default 1, on each context), so that a cold engine's tens of seconds do not
 * count against the first programs' time limits.
 *
 * <p>If the server cannot start or dies, the runs affected report {@link Status#ERROR} with the reason and the
 * next run starts a new server, at most {@link #MAX_STARTS} times in all. Thread-safe.
 */
public final class GraalPyTarget implements Target {

    static final int MAX_STARTS = 3;
    private static final String HARNESS_RESOURCE = "dev/asynciotck/harness/python/harness.py";

    private final String name;
    private final GraalPyRuntime runtime;
    private final int contexts;
    private final int warmupRounds;
    private final Semaphore turns;
    private final PrintStream notes;
    private GraalPyServer server;
    private int starts;
    private String lastFailure;

    GraalPyTarget(String name, GraalPyRuntime runtime, int contexts, int warmupRounds, PrintStream notes) {
        this.name = Objects.requireNonNull(name, "name");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.contexts = Math.max(1, contexts);
        this.warmupRounds = Math.max(1, warmupRounds);
        this.turns = new Semaphore(this.contexts, true);
        this.notes = notes;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PythonVersion version() {
        return runtime.pythonVersion();
    }

    /** As CPython of the same version: threadsafe callbacks; eager task factories from 3.12 on. */
    @Override
    public Set<String> capabilities() {
        return version().atLeast(3, 12)
                ? Set.of(Capabilities.THREADSAFE_CALLBACKS, Capabilities.EAGER_TASK_FACTORY)
                : Set.of(Capabilities.THREADSAFE_CALLBACKS);
    }

    @Override
    public Optional<String> unavailableReason() {
        return runtime.unavailableReason();
    }

    /** How many programs run at once. */
    public int contexts() {
        return contexts;
    }

    /** The GraalPy this target runs, for listings. */
    String describe() {
        return runtime.describe();
    }

    @Override
    public RunResult run(String program, String origin, Duration timeout) {
        long start = System.nanoTime();
        String place = origin + " on " + name;
        Optional<String> missing = unavailableReason();
        if (missing.isPresent()) {
            return RunResult.failure(Status.MISSING, place + ": " + missing.get(), "", "", since(start));
        }
        byte[] harness = harnessScript();
        if (harness == null) {
            return RunResult.failure(Status.ERROR, place + ": the classpath resource " + HARNESS_RESOURCE
                    + " is missing", "", "", since(start));
        }
        try {
            turns.acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return RunResult.failure(Status.ERROR, place + ": interrupted while waiting to start", "", "",
                    since(start));
        }
        Path directory = null;
        GraalPyServer current = null;
        try {
            current = server(harness);
            if (current == null) {
                return RunResult.failure(Status.ERROR, place + ": " + lastFailure(), "", "", since(start));
            }
            directory = ChildProcesses.createTempDirectory("asyncio-tck-graalpy-");
            Files.write(directory.resolve("harness.py"), harness);
            Files.writeString(directory.resolve("program.py"), program, StandardCharsets.UTF_8);
            GraalPyServer.Reply reply = current.run(directory, timeout);
            Path resultFile = directory.resolve("result");
            List<String> resultLines = Files.isRegularFile(resultFile)
                    ? Files.readAllLines(resultFile, StandardCharsets.UTF_8) : null;
            return GraalPyVerdict.interpret(reply, resultLines, place, timeout);
        } catch (GraalPyServer.Failure failure) {
            retire(current, failure.getMessage());
            return RunResult.failure(Status.ERROR, place + ": " + failure.getMessage(), "", "", since(start));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return RunResult.failure(Status.ERROR, place + ": interrupted", "", "", since(start));
        } catch (IOException | RuntimeException failure) {
            return RunResult.failure(Status.ERROR, place + ": could not run: " + failure, "", "", since(start));
        } finally {
            GraalPyServer.deleteTree(directory);
            turns.release();
        }
    }

    /** The running server, started if there is none and the start limit allows; null if there is none. */
    private synchronized GraalPyServer server(byte[] harness) throws InterruptedException {
        if (server != null || starts >= MAX_STARTS) {
            return server;
        }
        starts++;
        note("starting GraalPy " + runtime.graalVersion() + " for " + name + " (a server JVM; it warms up first)");
        try {
            server = GraalPyServer.start(name, runtime, harness, contexts, warmupRounds);
            var ready = server.readiness();
            note("the GraalPy server for " + name + " is ready after " + ready.startup().toSeconds() + " s (GraalPy "
                    + ready.graalVersion() + ", Python " + ready.pythonVersion() + ", runtime compilation "
                    + (ready.compiles() ? "on" : "OFF") + ", " + contexts + " contexts at once)");
            if (!ready.pythonVersion().startsWith(version() + ".")) {
                String mismatch = "the GraalPy server runs Python " + ready.pythonVersion() + ", not " + version();
                retire(server, mismatch);
                starts = MAX_STARTS;
                return null;
            }
            GraalPyServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "asyncio-tck GraalPy server shutdown"));
        } catch (GraalPyServer.Failure cannotStart) {
            lastFailure = cannotStart.getMessage();
            note(lastFailure);
        }
        return server;
    }

    /** Stops the server, if one runs (the next program would start another); for tests. */
    synchronized void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private synchronized void retire(GraalPyServer broken, String reason) {
        lastFailure = reason;
        if (broken != null && server == broken) {
            server = null;
            note(reason + (starts < MAX_STARTS ? "; the next program starts a new server"
                    : "; no more servers are started (" + MAX_STARTS + " tried)"));
            broken.close();
        }
    }

    private synchronized String lastFailure() {
        return (lastFailure == null ? "the GraalPy server is not running" : lastFailure)
                + (starts >= MAX_STARTS ? " (gave up after " + MAX_STARTS + " starts)" : "");
    }

    private void note(String message) {
        if (notes != null) {
            notes.println("asyncio-tck: " + message);
            notes.flush();
        }
    }

    private static byte[] harnessScript() {
        try (InputStream in = Target.class.getClassLoader().getResourceAsStream(HARNESS_RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** A positive number from a system property or environment variable, else {@code fallback}. */
    static int setting(String property, String variable, int fallback) {
        String value = System.getProperty(property, System.getenv(variable));
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // Reported below.
        }
        System.err.println("asyncio-tck: " + property + "=" + value.strip().toLowerCase(Locale.ROOT)
                + " is not a positive number; using " + fallback);
        return fallback;
    }

    @Override
    public String toString() {
        return name;
    }
}
