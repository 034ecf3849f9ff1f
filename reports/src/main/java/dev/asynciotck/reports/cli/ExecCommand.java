package dev.asynciotck.reports.cli;

import dev.asynciotck.harness.Console;
import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.asynciotck.reports.gate.IoProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tck exec FILE}: runs one Python program on a target the way {@code python FILE} would — the file's
 * bytes decoded as CPython decodes them (PEP 263), standard input passed through (on a real interpreter; the
 * Java interpreter's subset reads none), standard output streamed unbounded, and when an exception escapes,
 * Python's traceback (its last line on a Java target) on stderr and exit status 1.
 */
@Command(name = "exec", mixinStandardHelpOptions = true,
        description = "Runs one Python program on a target, as python would.")
final class ExecCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the Python program")
    Path file;

    @Option(names = "--target", paramLabel = "NAME", defaultValue = Targets.REFERENCE,
            description = "a Java provider's name or a Python target (cpython-3.12, cpython-3.11+uvloop, "
                    + "cpython-3.13+pure, pypy-3.9, python:PATH, cpython-3.14 on WebAssembly); default: ${DEFAULT-VALUE}")
    String target;

    /** The default of {@code --timeout}, in seconds (also {@link ExecFastPath}'s). */
    static final String DEFAULT_TIMEOUT = "30";

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = DEFAULT_TIMEOUT,
            description = "stop the program after this long (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** True when the command runs as the process's own ({@code Tck.main}): the program gets the real streams. */
    private final boolean processConsole;

    ExecCommand() {
        this(false);
    }

    ExecCommand(boolean processConsole) {
        this.processConsole = processConsole;
    }

    @Override
    public Integer call() {
        return run(file, target, timeoutSeconds, spec.commandLine().getErr(), console());
    }

    /**
     * Runs {@code file} on the target called {@code target}, as {@code tck exec} does; the exit status.
     * {@link ExecFastPath} calls it without picocli, so both ways run the same code.
     */
    static int run(Path file, String target, double timeoutSeconds, PrintWriter err, Console console) {
        if (!(timeoutSeconds > 0) || !Double.isFinite(timeoutSeconds)) {
            err.println("tck exec: --timeout must be a positive number of seconds, not " + timeoutSeconds);
            err.flush();
            return RunCommand.USAGE;
        }
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("tck exec: cannot read " + file + ": " + IoProblem.describe(file, e));
            err.flush();
            return RunCommand.USAGE;
        }
        try {
            Targets.checkName(target, List.of());
        } catch (IllegalArgumentException e) {
            err.println("tck exec: --target " + e.getMessage());
            err.flush();
            return RunCommand.USAGE;
        }
        Target chosen = Targets.byName(target);
        RunResult result = chosen.exec(source, file.toString(), Duration.ofMillis((long) (timeoutSeconds * 1000)),
                console);
        int status = switch (result.status()) {
            case COMPLETED -> 0;
            case RAISED -> 1;
            default -> {
                err.println("tck exec: " + result.detail());
                yield Tck.HARNESS_ERROR;
            }
        };
        err.flush();
        return status;
    }

    /**
     * The process's own streams when this is the process's command; otherwise (tests, an embedding program)
     * picocli's writers, and no input.
     */
    private Console console() {
        if (processConsole) {
            return Console.ofProcess();
        }
        return Console.of(InputStream.nullInputStream(), new WriterOutputStream(spec.commandLine().getOut()),
                new WriterOutputStream(spec.commandLine().getErr()));
    }
}
