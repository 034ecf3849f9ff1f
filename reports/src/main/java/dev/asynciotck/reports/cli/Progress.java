package dev.asynciotck.reports.cli;

import dev.asynciotck.reports.run.ProgressListener;
import dev.asynciotck.reports.run.ScenarioResult;

import java.io.Console;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a run's progress, for several targets running at once: on a terminal one live line (scenarios done of
 * total over the running targets, problems so far), rewritten in place; otherwise plain lines, a few per target,
 * so CI logs stay readable.
 */
final class Progress implements ProgressListener {

    private static final int PLAIN_EVERY = 50;

    private final PrintWriter out;
    private final boolean terminal;
    private final Map<String, Counts> running = new LinkedHashMap<>();
    private boolean stopped;

    /** One target's scenarios: how many will run, how many did, how many did not pass. */
    private static final class Counts {
        long total;
        long done;
        long problems;
    }

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

    /** Shows nothing more (the run was interrupted: what follows would be the interruption's own doing). */
    synchronized void stop() {
        stopped = true;
    }

    @Override
    public synchronized void started(String name, long scenarios) {
        if (stopped) {
            return;
        }
        Counts counts = new Counts();
        counts.total = scenarios;
        running.put(name, counts);
        if (terminal) {
            draw();
        } else {
            out.println(name + ": started");
            out.flush();
        }
    }

    @Override
    public synchronized void leftOut(String name, long scenarios) {
        if (stopped) {
            return;
        }
        counts(name).total -= scenarios;
        if (terminal) {
            draw();
        }
    }

    @Override
    public synchronized void finished(String name, ScenarioResult result) {
        if (stopped) {
            return;
        }
        Counts counts = counts(name);
        counts.done++;
        if (result.verdict().isProblem()) {
            counts.problems++;
        }
        if (terminal) {
            draw();
        } else if (counts.done % PLAIN_EVERY == 0 && counts.done < counts.total) {
            out.println(name + ": " + counts.done + "/" + counts.total + " done, " + counts.problems
                    + " not passing so far");
            out.flush();
        }
    }

    /** Prints a target's final summary (above the live line on a terminal) and stops counting it. */
    synchronized void targetDone(String name, String summaryLine) {
        if (stopped) {
            return;
        }
        running.remove(name);
        if (terminal) {
            out.print("\r\033[2K");
        }
        out.println(summaryLine);
        if (terminal && !running.isEmpty()) {
            draw();
        }
        out.flush();
    }

    private Counts counts(String name) {
        return running.computeIfAbsent(name, unknown -> new Counts());
    }

    private void draw() {
        long total = running.values().stream().mapToLong(c -> c.total).sum();
        long done = running.values().stream().mapToLong(c -> c.done).sum();
        long problems = running.values().stream().mapToLong(c -> c.problems).sum();
        String who = running.size() == 1 ? running.keySet().iterator().next() : running.size() + " targets";
        out.print(String.format("\r\033[2K%-22s %4d/%-4d done, %d not passing so far", who, done, total, problems));
        out.flush();
    }
}
