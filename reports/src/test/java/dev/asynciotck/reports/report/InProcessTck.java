package dev.asynciotck.reports.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import dev.asynciotck.reports.cli.Tck;

/** The {@code tck} command run in process by the browser tests, which then open the pages it wrote. */
final class InProcessTck {

    private InProcessTck() {
    }

    /** Runs {@code tck ARGS}; what it printed (standard output and error together), the exit code as the first line. */
    static String run(List<String> args) {
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        int code = Tck.commandLine().setOut(writer).setErr(writer).execute(args.toArray(String[]::new));
        writer.flush();
        return "exit " + code + "\n" + out;
    }
}
