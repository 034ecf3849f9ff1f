package dev.asynciotck.harness.python;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Turns what the child process left (its exit status, output and the harness's result file) into a
 * {@link RunResult}. The result file decides the outcome; the exit status only confirms it, and a process that
 * died by a signal or without a result is never reported as an outcome.
 */
final class HarnessVerdict {

    private HarnessVerdict() {
    }

    /**
     * @param outcome     the finished process
     * @param resultLines the harness's result file, or null if it wrote none
     * @param place       {@code origin on target (executable)}, the start of every detail
     * @param timeout     the time limit the run had
     */
    static RunResult interpret(ChildProcess.Outcome outcome, List<String> resultLines, String place,
                               Duration timeout) {
        String stdout = outcome.stdoutText();
        String stderr = outcome.stderrText();
        String cut = cutNote(outcome);
        Duration elapsed = outcome.elapsed();
        if (outcome.timedOut()) {
            return RunResult.failure(Status.TIMEOUT, place + ": did not end within " + seconds(timeout)
                    + "; the process tree was killed" + cut, stdout, stderr, elapsed);
        }
        String signal = outcome.signalName();
        String kind = resultLines == null || resultLines.isEmpty() ? "" : resultLines.get(0);
        String stderrTail = InterpreterProbe.lastLine(stderr);
        switch (kind) {
            case "completed" -> {
                if (outcome.exitCode() == 0) {
                    return new RunResult(Status.COMPLETED, stdout, stderr, null, cut.isEmpty() ? "" : cut.substring(2),
                            elapsed);
                }
                if (signal != null) {
                    return RunResult.failure(Status.CRASHED, place + ": the program completed, then the interpreter"
                            + " was killed by " + signal + " while shutting down" + cut, stdout, stderr, elapsed);
                }
                return RunResult.failure(Status.ERROR, place + ": the program completed, but the interpreter exited"
                        + " with status " + outcome.exitCode() + " (" + stderrTail + ")" + cut, stdout, stderr, elapsed);
            }
            case "raised" -> {
                String name = resultLines.size() > 1 ? resultLines.get(1).strip() : "";
                if (name.isEmpty()) {
                    return RunResult.failure(Status.ERROR, place + ": the harness recorded an exception without a"
                            + " name" + cut, stdout, stderr, elapsed);
                }
                boolean systemExit = name.equals("SystemExit");
                if (!systemExit && signal != null) {
                    return RunResult.failure(Status.CRASHED, place + ": the program raised " + name + ", then the"
                            + " interpreter was killed by " + signal + cut, stdout, stderr, elapsed);
                }
                if (!systemExit && outcome.exitCode() == 0) {
                    return RunResult.failure(Status.ERROR, place + ": the program raised " + name + ", but the"
                            + " interpreter exited with status 0" + cut, stdout, stderr, elapsed);
                }
                return new RunResult(Status.RAISED, stdout, stderr, name, cut.isEmpty() ? "" : cut.substring(2),
                        elapsed);
            }
            case "running" -> {
                String how = signal != null ? "was killed by " + signal + " before the program ended"
                        : "exited with status " + outcome.exitCode() + " before the program ended"
                        + fatalError(stderr).map(line -> ": " + line)
                        .orElse(", without an exception (os._exit(" + outcome.exitCode() + ") or the like)");
                return RunResult.failure(Status.CRASHED, place + ": the interpreter " + how + cut, stdout, stderr,
                        elapsed);
            }
            case "error" -> {
                String message = resultLines.size() > 1 ? resultLines.get(1) : "unknown harness error";
                return RunResult.failure(Status.ERROR, place + ": " + message + cut, stdout, stderr, elapsed);
            }
            default -> {
                if (signal != null) {
                    return RunResult.failure(Status.CRASHED, place + ": the interpreter was killed by " + signal
                            + " before the program started" + cut, stdout, stderr, elapsed);
                }
                String what = kind.isEmpty() ? "wrote no result" : "wrote an unreadable result '" + kind + "'";
                return RunResult.failure(Status.ERROR, place + ": the harness " + what + " (exit status "
                        + outcome.exitCode() + ": " + stderrTail + ")" + cut, stdout, stderr, elapsed);
            }
        }
    }

    /** The interpreter's "Fatal Python error: ..." line on standard error, if it wrote one. */
    static Optional<String> fatalError(String stderr) {
        return stderr.lines().map(String::strip).filter(line -> line.startsWith("Fatal Python error"))
                .reduce((first, second) -> second);
    }

    /**
     * {@code "; stdout cut at 1 MiB (N more bytes discarded)"} for each cut stream, and why the program ran a second
     * time if it did, or empty.
     */
    private static String cutNote(ChildProcess.Outcome outcome) {
        var note = new StringBuilder();
        if (!outcome.ranAgain().isEmpty()) {
            note.append("; this is the program's second run: its interpreter failed in the first (")
                    .append(outcome.ranAgain()).append(')');
        }
        if (outcome.stdoutDropped() > 0) {
            note.append("; stdout cut after ").append(outcome.stdout().length).append(" bytes (")
                    .append(outcome.stdoutDropped()).append(" more discarded)");
        }
        if (outcome.stderrDropped() > 0) {
            note.append("; stderr cut after ").append(outcome.stderr().length).append(" bytes (")
                    .append(outcome.stderrDropped()).append(" more discarded)");
        }
        return note.toString();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
