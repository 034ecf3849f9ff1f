package dev.asynciotck.reports.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tck} command; without a sub-command it is {@code tck run} with default options. Exit codes: 0
 * success, 1 conformance failures (run) / the program raised (exec), 2 usage error, 3 harness error (a target
 * that cannot run, the harness itself failing).
 */
@Command(name = "tck", mixinStandardHelpOptions = true, version = "asyncio-tck 0.1.0",
        description = {"asyncio-tck: a conformance test suite for asyncio's task semantics.",
                "Without a command: 'tck run' (every scenario on the bundled reference, reports in reports/out)."},
        subcommands = {RunCommand.class, MergeCommand.class, ExecCommand.class, FuzzCommand.class, ListTargetsCommand.class, DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success: every target conforms (run), the program completed (exec)",
                "1:conformance failures or baseline problems (run); the program raised an exception (exec)",
                "2:usage error",
                "3:harness error: a target that cannot run, the harness failing; unsupported construct or timeout (exec)"})
public final class Tck implements java.util.concurrent.Callable<Integer> {

    public static final int HARNESS_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        var arguments = java.util.List.of(args);
        System.exit(ExecFastPath.applies(arguments) ? ExecFastPath.run(arguments) : commandLine(true).execute(args));
    }

    /** The command line for tests and embedding: output through picocli's writers, no standard input. */
    public static CommandLine commandLine() {
        return commandLine(false);
    }

    /**
     * @param processConsole the command is the process's own: {@code tck exec} hands the program the process's
     *                       standard streams (inherited by a Python interpreter) instead of picocli's writers
     */
    private static CommandLine commandLine(boolean processConsole) {
        // Built in another class: verifying this one (the main class) then loads none of picocli's classes,
        // which {@code tck exec FILE} does not use (ExecFastPath).
        return TckCommandLine.create(new Tck(), processConsole).setParameterExceptionHandler(Tck::usageError);
    }

    /** A malformed command line: one line naming the problem and where the options are described; exit 2. */
    private static int usageError(CommandLine.ParameterException problem, String[] args) {
        CommandLine culprit = problem.getCommandLine();
        String command = culprit.getCommandSpec().qualifiedName();
        var err = culprit.getErr();
        err.println(command + ": " + problem.getMessage() + " (see '" + command + " --help')");
        err.flush();
        return 2;
    }

    /** No sub-command: {@code tck run} with its defaults. */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("run").execute();
    }
}
