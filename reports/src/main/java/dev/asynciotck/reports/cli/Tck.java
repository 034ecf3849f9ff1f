package dev.asynciotck.reports.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tck} command. Exit codes: 0 success, 1 a program raised / conformance failures, 2 usage
 * error, 3 harness error (a target that cannot run, the harness itself failing).
 */
@Command(name = "tck", mixinStandardHelpOptions = true, version = "asyncio-tck 0.1.0",
        description = "asyncio-tck: a conformance test suite for asyncio's task semantics.",
        subcommands = {ExecCommand.class, ListTargetsCommand.class, DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the program raised an exception (exec)",
                "2:usage error", "3:harness error: unsupported construct, target failed, timeout"})
public final class Tck implements Runnable {

    public static final int HARNESS_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, for tests and for main. */
    public static CommandLine commandLine() {
        return new CommandLine(new Tck());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required");
    }
}
