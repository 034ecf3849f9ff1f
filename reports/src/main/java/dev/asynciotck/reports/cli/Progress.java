package dev.asynciotck.reports.cli;

import dev.asynciotck.reports.run.ProgressListener;
import dev.asynciotck.reports.run.ScenarioResult;

import java.io.Console;
import java.io.PrintWriter;

/**
 * Shows a run's progress: on a terminal one live line per target (scenarios done of total, problems so far),
 * rewritten in place; otherwise plain lines, a few per target, so CI logs stay readable.
 */
final class Progress implements ProgressListener {

    private static final int PLAIN_EVERY = 50;

    private final PrintWriter out;
    private final boolean terminal;
    private String target = "";
    private long total;
    private long done;
    private long problems;

    Progress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** True when standard output is an interactive terminal (System.console(), and on JDK 22+ isTerminal()). */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public synchronized void started(String name, long scenarios) {
        target = name;
        total = scenarios;
        done = 0;
        problems = 0;
        if (terminal) {
            draw();
        } else {
            out.println(name + ": started");
            out.flush();
        }
    }

    @Override
    public synchronized void leftOut(String name, long scenarios) {
        total -= scenarios;
        if (terminal) {
            draw();
        }
    }

    @Override
    public synchronized void finished(String name, ScenarioResult result) {
        done++;
        if (result.verdict().isProblem()) {
            problems++;
        }
        if (terminal) {
            draw();
        } else if (done % PLAIN_EVERY == 0 && done < total) {
            out.println(name + ": " + done + "/" + total + " done, " + problems + " not passing so far");
            out.flush();
        }
    }

    /** Ends the target's live line with its final summary. */
    synchronized void targetDone(String summaryLine) {
        if (terminal) {
            out.print("\r\033[2K");
        }
        out.println(summaryLine);
        out.flush();
    }

    private void draw() {
        out.print(String.format("\r\033[2K%-22s %4d/%-4d done, %d not passing so far", target, done, total, problems));
        out.flush();
    }
}
