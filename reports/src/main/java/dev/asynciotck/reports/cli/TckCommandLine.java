package dev.asynciotck.reports.cli;

import picocli.CommandLine;

/** Builds {@link Tck}'s picocli command line (a class of its own so that {@link Tck} refers to picocli lazily). */
final class TckCommandLine {

    private TckCommandLine() {
    }

    /**
     * @param processConsole the command is the process's own: {@code tck exec} hands the program the process's
     *                       standard streams (inherited by a Python interpreter) instead of picocli's writers
     */
    static CommandLine create(Tck command, boolean processConsole) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine(command, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ExecCommand.class ? type.cast(new ExecCommand(processConsole)) : defaults.create(type);
            }
        });
    }
}
