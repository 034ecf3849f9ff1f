package dev.asynciotck.reports.cli;

import dev.asynciotck.harness.Console;
import dev.asynciotck.harness.Targets;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tck exec FILE} (the plainest form: no option) without picocli. Picocli's classes are compiled for
 * Java 5, so the JVM neither archives them in an ahead-of-time cache nor verifies them quickly, and building the
 * command model reflects over every sub-command's options: together most of the start-up of a short program.
 * Only the exact form {@code exec FILE} takes this path, where FILE cannot be read as an option or an
 * argument file ({@code -...}, {@code @...}); every other command line goes through picocli, so what
 * picocli would do with it (help, errors, options) is unchanged. Both ways end in {@link ExecCommand#run}.
 */
final class ExecFastPath {

    private ExecFastPath() {
    }

    /** True when picocli would read {@code args} as {@code exec FILE} with every option at its default. */
    static boolean applies(List<String> args) {
        return args.size() == 2 && args.get(0).equals("exec") && !args.get(1).isEmpty()
                && !args.get(1).startsWith("-") && !args.get(1).startsWith("@");
    }

    /** Runs {@code exec FILE} as {@link ExecCommand} does for the process's own command; the exit status. */
    static int run(List<String> args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true);
        try {
            return ExecCommand.run(Path.of(args.get(1)), Targets.REFERENCE,
                    Double.parseDouble(ExecCommand.DEFAULT_TIMEOUT), err, Console.ofProcess());
        } catch (RuntimeException | Error unexpected) {
            // What picocli does with an exception escaping a command: its stack trace, exit status 1.
            unexpected.printStackTrace(err);
            err.flush();
            return 1;
        }
    }
}
