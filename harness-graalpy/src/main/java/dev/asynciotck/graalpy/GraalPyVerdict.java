package dev.asynciotck.graalpy;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Turns the server's reply and the harness's result file into a {@link RunResult}, as the CPython targets judge
 * a child process: the result file decides the outcome, the exit status confirms it, and a run without a
 * result is never reported as an outcome.
 */
final class GraalPyVerdict {

    private GraalPyVerdict() {
    }

    /**
     * @param reply       what the server reported
     * @param resultLines the harness's result file, or null if it wrote none
     * @param place       {@code origin on target}, the start of every detail
     * @param timeout     the time limit the run had
     */
    static RunResult interpret(GraalPyServer.Reply reply, List<String> resultLines, String place, Duration timeout) {
        String stdout = new String(reply.stdout(), StandardCharsets.UTF_8);
        String stderr = new String(reply.stderr(), StandardCharsets.UTF_8);
        String cut = cutNote(reply);
        Duration elapsed = reply.elapsed();
        if (reply.timedOut()) {
            return RunResult.failure(Status.TIMEOUT, place + ": did not end within " + seconds(timeout)
                    + "; its context was cancelled" + cut, stdout, stderr, elapsed);
        }
        if (!reply.problem().isEmpty()) {
            return RunResult.failure(Status.ERROR, place + ": " + reply.problem() + cut, stdout, stderr, elapsed);
        }
        int exit = reply.exitStatus();
        String kind = resultLines == null || resultLines.isEmpty() ? "" : resultLines.getFirst();
        return switch (kind) {
            case "completed" -> exit == 0
                    ? new RunResult(Status.COMPLETED, stdout, stderr, null, trim(cut), elapsed)
                    : RunResult.failure(Status.ERROR, place + ": the program completed, but the interpreter exited"
                    + " with status " + exit + " (" + lastLine(stderr) + ")" + cut, stdout, stderr, elapsed);
            case "raised" -> raised(resultLines, exit, place, cut, stdout, stderr, elapsed);
            case "running" -> RunResult.failure(Status.CRASHED, place + ": the interpreter exited with status " + exit
                    + " before the program ended (os._exit or a fatal error: " + lastLine(stderr) + ")" + cut,
                    stdout, stderr, elapsed);
            case "error" -> RunResult.failure(Status.ERROR, place + ": "
                    + (resultLines.size() > 1 ? resultLines.get(1) : "unknown harness error") + cut,
                    stdout, stderr, elapsed);
            default -> RunResult.failure(Status.ERROR, place + ": the harness "
                    + (kind.isEmpty() ? "wrote no result" : "wrote an unreadable result '" + kind + "'")
                    + " (exit status " + exit + ": " + lastLine(stderr) + ")" + cut, stdout, stderr, elapsed);
        };
    }

    private static RunResult raised(List<String> resultLines, int exit, String place, String cut, String stdout,
                                    String stderr, Duration elapsed) {
        String name = resultLines.size() > 1 ? resultLines.get(1).strip() : "";
        if (name.isEmpty()) {
            return RunResult.failure(Status.ERROR, place + ": the harness recorded an exception without a name"
                    + cut, stdout, stderr, elapsed);
        }
        if (!name.equals("SystemExit") && exit == 0) {
            return RunResult.failure(Status.ERROR, place + ": the program raised " + name + ", but the interpreter"
                    + " exited with status 0" + cut, stdout, stderr, elapsed);
        }
        return new RunResult(Status.RAISED, stdout, stderr, name, trim(cut), elapsed);
    }

    private static String cutNote(GraalPyServer.Reply reply) {
        var note = new StringBuilder();
        if (reply.stdoutDropped() > 0) {
            note.append("; stdout cut after ").append(reply.stdout().length).append(" bytes (")
                    .append(reply.stdoutDropped()).append(" more discarded)");
        }
        if (reply.stderrDropped() > 0) {
            note.append("; stderr cut after ").append(reply.stderr().length).append(" bytes (")
                    .append(reply.stderrDropped()).append(" more discarded)");
        }
        return note.toString();
    }

    private static String trim(String cut) {
        return cut.isEmpty() ? "" : cut.substring(2);
    }

    static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "no error output" : lines.getLast().strip();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
