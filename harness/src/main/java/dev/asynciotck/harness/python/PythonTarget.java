package dev.asynciotck.harness.python;

import dev.asynciotck.spi.Capabilities;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.harness.ChildProcesses;
import dev.asynciotck.harness.Console;
import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;
import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.python.PythonInterpreters.Found;
import dev.asynciotck.harness.python.PythonInterpreters.Resolution;
import dev.asynciotck.harness.python.PythonInterpreters.Unavailable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A real Python interpreter as a {@link Target}: each program runs as a script in a child process of its own,
 * through a small harness ({@code harness.py}) that runs it as {@code __main__} and records which exception, if
 * any, escaped it.
 *
 * <p>Each run is isolated: a fresh temporary directory (the working directory, {@code HOME} and {@code TMPDIR},
 * deleted afterwards), {@code -I} (no user site-packages, no {@code PYTHON*} variables, script folder not on
 * {@code sys.path}), an environment holding only {@code PATH} and a UTF-8 locale, standard input at end of file.
 * Output is captured up to 1 MiB per stream; the time limit kills the whole process tree. Streams are
 * unbuffered ({@code -u}, so a killed program's output so far is kept) and UTF-8 ({@code -X utf8} from 3.7, the
 * locale before); {@code -X faulthandler} puts a Python stack on standard error if the interpreter crashes.
 *
 * <p>To save the interpreter's start-up and asyncio's import on every program, a program normally runs in a
 * child forked by the target's {@link ForkServer}, which makes the child what the command above would be (same
 * flags, environment, directory, {@code sys.argv}, harness code and interpreter shutdown). If the server cannot
 * start or dies, that is said once on standard error and each program runs in a fresh interpreter, as it does
 * when {@code tck.python.forkserver=false}. However many targets run, at most {@link InterpreterSlots#bound()}
 * programs run at once in this JVM.
 *
 * <p>The interpreter is found and asked for its version on first use, once. A target whose interpreter is
 * missing reports every run as {@link Status#MISSING}. Instances are immutable apart from that cached lookup and
 * may run programs from several threads at once.
 */
public final class PythonTarget implements Target {

    /** The most bytes of standard output, and of standard error, a run keeps. */
    static final int CAPTURE_LIMIT = 1 << 20;

    private static final String HARNESS_RESOURCE = "harness.py";
    private static final String PROGRAM_FILE = "program.py";
    private static final String RESULT_FILE = "result";

    private final String name;
    private final PythonVariant variant;
    private final PythonVersion versionIfMissing;
    private final Supplier<Resolution> resolver;
    private final ForkServerSlot forkServer;
    private volatile Resolution resolution;

    PythonTarget(String name, PythonVariant variant, PythonVersion versionIfMissing, Supplier<Resolution> resolver) {
        this(name, variant, versionIfMissing, resolver, ForkServerSlot.enabledByDefault());
    }

    private PythonTarget(String name, PythonVariant variant, PythonVersion versionIfMissing,
                         Supplier<Resolution> resolver, boolean useForkServer) {
        this.name = Objects.requireNonNull(name, "name");
        this.variant = Objects.requireNonNull(variant, "variant");
        this.versionIfMissing = Objects.requireNonNull(versionIfMissing, "versionIfMissing");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.forkServer = useForkServer ? new ForkServerSlot(name, System.err) : null;
    }

    /**
     * This target on the same interpreter, running every program in a fresh interpreter process (never a fork
     * server's child): the slow path, kept to prove the two equivalent and as the fallback.
     */
    PythonTarget inFreshProcesses() {
        return new PythonTarget(name, variant, versionIfMissing, this::resolution, false);
    }

    /** This target on the same interpreter, running programs in children of a fork server of its own. */
    PythonTarget withOwnForkServer() {
        return new PythonTarget(name, variant, versionIfMissing, this::resolution, true);
    }

    /** Why this target's fork server failed, if it did; empty while it works, has not started, or is off. */
    Optional<String> forkServerFailure() {
        return forkServer == null ? Optional.empty() : Optional.ofNullable(forkServer.failure());
    }

    /**
     * A target for one interpreter given by path, named {@code python:PATH} (plus {@code +uvloop}). Any Python
     * 3.6 or later implementation will do; its version is asked of it. While the interpreter is missing, its
     * {@link #version()} is the newest known version, so that every scenario reports it as missing.
     *
     * @param uvloop install uvloop's event loop policy before each program runs
     */
    public static PythonTarget forExecutable(Path executable, boolean uvloop) {
        return forExecutable(executable, uvloop ? PythonVariant.UVLOOP : PythonVariant.PLAIN);
    }

    /** A target for one interpreter given by path, named {@code python:PATH} plus the variant's suffix. */
    public static PythonTarget forExecutable(Path executable, PythonVariant variant) {
        Objects.requireNonNull(executable, "executable");
        return forExecutable(PythonTargets.EXECUTABLE_PREFIX + executable + variant.suffix(), executable, variant);
    }

    /** As {@link #forExecutable(Path, PythonVariant)}, under the name the target was asked for. */
    static PythonTarget forExecutable(String name, Path executable, PythonVariant variant) {
        return new PythonTarget(name, variant, PythonTargets.NEWEST_KNOWN, () -> resolveExecutable(executable, variant));
    }

    private static Resolution resolveExecutable(Path executable, PythonVariant variant) {
        boolean uvloop = variant == PythonVariant.UVLOOP;
        return switch (InterpreterProbe.probe(executable)) {
            case InterpreterProbe.Failure failure -> new Unavailable(failure.reason());
            case InterpreterProbe.Info info when info.version().compareTo(PythonTargets.OLDEST) < 0 ->
                    new Unavailable(info.describe() + " is older than " + PythonTargets.OLDEST
                            + ", the oldest version the TCK runs on");
            case InterpreterProbe.Info info when uvloop && !info.hasUvloop() ->
                    new Unavailable("uvloop does not import on " + info.describe() + ": " + info.uvloopProblem());
            case InterpreterProbe.Info info -> new Found(info);
        };
    }

    @Override
    public String name() {
        return name;
    }

    /** The interpreter's own feature version; if it is missing, the version its name implies. */
    @Override
    public PythonVersion version() {
        return resolution() instanceof Found found ? found.interpreter().version() : versionIfMissing;
    }

    /** Threads and threadsafe callbacks always; eager task factories from 3.12 on; never a virtual clock. */
    @Override
    public Set<String> capabilities() {
        return version().atLeast(3, 12)
                ? Set.of(Capabilities.THREADSAFE_CALLBACKS, Capabilities.THREADS, Capabilities.EAGER_TASK_FACTORY)
                : Set.of(Capabilities.THREADSAFE_CALLBACKS, Capabilities.THREADS);
    }

    /** True if programs run under uvloop's event loop policy. */
    public boolean usesUvloop() {
        return variant == PythonVariant.UVLOOP;
    }

    /** How this target runs asyncio: as installed, under uvloop, or without the C accelerator. */
    public PythonVariant variant() {
        return variant;
    }

    /** The interpreter programs run on, if there is one. */
    public Optional<Path> executable() {
        return resolution() instanceof Found found ? Optional.of(found.interpreter().executable()) : Optional.empty();
    }

    /** Why the target cannot run programs, or empty if it can. */
    public Optional<String> unavailableReason() {
        return resolution() instanceof Unavailable unavailable ? Optional.of(unavailable.reason()) : Optional.empty();
    }

    /** The interpreter and its version ({@code /usr/bin/python3.11 (cpython 3.11.2)}), or why there is none. */
    String describeInterpreter() {
        return switch (resolution()) {
            case Found found -> found.interpreter().describe();
            case Unavailable unavailable -> unavailable.reason();
        };
    }

    @Override
    public RunResult run(String program, String origin, Duration timeout) {
        long start = System.nanoTime();
        if (!(resolution() instanceof Found found)) {
            return RunResult.failure(Status.MISSING, origin + " on " + name + ": " + unavailableReason().orElse("?"),
                    "", "", Duration.ofNanos(System.nanoTime() - start));
        }
        InterpreterProbe.Info interpreter = found.interpreter();
        String place = origin + " on " + name + " (" + interpreter.executable() + ")";
        if (HarnessScript.BYTES == null) {
            return RunResult.failure(Status.ERROR, place + ": the classpath resource " + HARNESS_RESOURCE
                    + " beside " + PythonTarget.class.getName() + " is missing", "", "",
                    Duration.ofNanos(System.nanoTime() - start));
        }
        try {
            InterpreterSlots.acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return RunResult.failure(Status.ERROR, place + ": interrupted while waiting to start", "", "",
                    Duration.ofNanos(System.nanoTime() - start));
        }
        Path directory = null;
        try {
            directory = prepare(program);
            ChildProcess.Outcome outcome = forkServer == null ? null : forkServer.run(interpreterCommand(interpreter),
                    variant, HarnessScript.BYTES, directory, directory.resolve(RESULT_FILE),
                    directory.resolve(PROGRAM_FILE), timeout, CAPTURE_LIMIT);
            if (outcome == null && ChildProcesses.shuttingDown()) {
                return RunResult.failure(Status.ERROR, place + ": the harness is shutting down", "", "",
                        Duration.ofNanos(System.nanoTime() - start));
            }
            if (outcome == null) {
                TempFiles.deleteQuietly(directory);
                directory = prepare(program);
                outcome = ChildProcess.run(command(interpreter, directory), directory,
                        CleanEnvironment.forDirectory(directory), timeout, CAPTURE_LIMIT);
            }
            Path resultFile = directory.resolve(RESULT_FILE);
            List<String> resultLines = Files.isRegularFile(resultFile)
                    ? Files.readAllLines(resultFile, StandardCharsets.UTF_8) : null;
            return HarnessVerdict.interpret(outcome, resultLines, place, timeout);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return RunResult.failure(Status.ERROR, place + ": interrupted; the process tree was killed", "", "",
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException | RuntimeException failure) {
            Status status = Files.isExecutable(interpreter.executable()) ? Status.ERROR : Status.MISSING;
            return RunResult.failure(status, place + ": could not run: " + failure, "", "",
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            TempFiles.deleteQuietly(directory);
            InterpreterSlots.release();
        }
    }

    /**
     * Runs the program file as {@code python FILE} would, in a fresh interpreter (never a fork server's child,
     * whose streams are files): its bytes as they are (CPython honours their coding declaration), standard input,
     * output and error those of the console — inherited when they are this JVM's own, else copied as they come —
     * and nothing cut. The time limit kills the process tree.
     */
    @Override
    public RunResult exec(byte[] source, String origin, Duration timeout, Console console) {
        long start = System.nanoTime();
        if (!(resolution() instanceof Found found)) {
            return RunResult.failure(Status.MISSING, origin + " on " + name + ": " + unavailableReason().orElse("?"),
                    "", "", Duration.ofNanos(System.nanoTime() - start));
        }
        InterpreterProbe.Info interpreter = found.interpreter();
        String place = origin + " on " + name + " (" + interpreter.executable() + ")";
        if (HarnessScript.BYTES == null) {
            return RunResult.failure(Status.ERROR, place + ": the classpath resource " + HARNESS_RESOURCE
                    + " beside " + PythonTarget.class.getName() + " is missing", "", "",
                    Duration.ofNanos(System.nanoTime() - start));
        }
        Path directory = null;
        try {
            directory = prepare(source);
            ChildProcess.Outcome outcome = ChildProcess.attach(command(interpreter, directory), directory,
                    CleanEnvironment.forDirectory(directory), timeout, console);
            Path resultFile = directory.resolve(RESULT_FILE);
            List<String> resultLines = Files.isRegularFile(resultFile)
                    ? Files.readAllLines(resultFile, StandardCharsets.UTF_8) : null;
            return HarnessVerdict.interpret(outcome, resultLines, place, timeout);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return RunResult.failure(Status.ERROR, place + ": interrupted; the process tree was killed", "", "",
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException | RuntimeException failure) {
            return RunResult.failure(Status.ERROR, place + ": could not run: " + failure, "", "",
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            TempFiles.deleteQuietly(directory);
        }
    }

    /** A fresh run directory holding the harness and the program, as the program will find it. */
    private static Path prepare(String program) throws IOException {
        return prepare(program.getBytes(StandardCharsets.UTF_8));
    }

    private static Path prepare(byte[] program) throws IOException {
        Path directory = TempFiles.create("asyncio-tck-python-");
        Files.write(directory.resolve(HARNESS_RESOURCE), HarnessScript.BYTES);
        Files.write(directory.resolve(PROGRAM_FILE), program);
        return directory;
    }

    /** The interpreter and the flags every run uses, the fork server's included. */
    private static List<String> interpreterCommand(InterpreterProbe.Info interpreter) {
        List<String> command = new ArrayList<>(List.of(interpreter.executable().toString(), "-I", "-u",
                "-X", "faulthandler"));
        if (interpreter.version().atLeast(3, 7)) {
            command.addAll(List.of("-X", "utf8"));
        }
        return command;
    }

    private List<String> command(InterpreterProbe.Info interpreter, Path directory) {
        List<String> command = interpreterCommand(interpreter);
        command.addAll(List.of(directory.resolve(HARNESS_RESOURCE).toString(), directory.resolve(RESULT_FILE).toString(),
                directory.resolve(PROGRAM_FILE).toString()));
        variant.harnessArgument().ifPresent(command::add);
        return command;
    }

    private Resolution resolution() {
        Resolution known = resolution;
        if (known == null) {
            synchronized (this) {
                known = resolution;
                if (known == null) {
                    known = resolver.get();
                    if (!Thread.currentThread().isInterrupted()) {
                        resolution = known;
                    }
                }
            }
        }
        return known;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The harness script, read from the classpath once; null if it cannot be read. */
    private static final class HarnessScript {
        static final byte[] BYTES = load();

        private static byte[] load() {
            try (InputStream in = PythonTarget.class.getResourceAsStream(HARNESS_RESOURCE)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
