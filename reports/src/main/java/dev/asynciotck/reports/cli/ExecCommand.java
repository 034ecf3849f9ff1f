package dev.asynciotck.reports.cli;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code tck exec FILE}: runs one Python program on a target the way {@code python FILE} would — its
 * standard output on stdout, and when an exception escapes, Python's last traceback line on stderr and
 * exit status 1.
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

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "stop the program after this long (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("tck exec: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        Target chosen = Targets.byName(target);
        RunResult result = chosen.run(source, file.toString(), Duration.ofMillis((long) (timeoutSeconds * 1000)));
        out.print(result.stdout());
        out.flush();
        err.print(result.stderr());
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
}
