package dev.asynciotck.reports.merge;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The {@code tck} command in process: its exit code and what it printed. */
record TckCommand(int exitCode, String out, String err) {

    static TckCommand run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = dev.asynciotck.reports.cli.Tck.commandLine().setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(args);
        return new TckCommand(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}
