package dev.asynciotck.harness.python;

import dev.asynciotck.spi.PythonVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks an interpreter what it is, once per executable: implementation, version and whether {@code uvloop}
 * imports, all read from the interpreter itself (never from its file name). Runs it isolated, as programs run.
 */
final class InterpreterProbe {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

    private static final String PROBE_SCRIPT = String.join("\n",
            "import sys",
            "print(sys.implementation.name)",
            "print('%d.%d.%d%s' % (sys.version_info[0], sys.version_info[1], sys.version_info[2],",
            "    '' if sys.version_info[3] == 'final' else sys.version_info[3]))",
            "try:",
            "    import uvloop",
            "    print('uvloop ' + str(getattr(uvloop, '__version__', '?')))",
            "except BaseException as e:",
            "    print('no-uvloop %s: %s' % (type(e).__name__, str(e).replace('\\n', ' ')))",
            "");

    private static final Map<Path, Result> CACHE = new ConcurrentHashMap<>();

    private InterpreterProbe() {
    }

    /** What a probe found: an interpreter, or why the executable is not one. */
    sealed interface Result permits Info, Failure {
    }

    /**
     * A working Python interpreter.
     *
     * @param executable     the interpreter's path
     * @param implementation {@code sys.implementation.name}, e.g. {@code cpython}
     * @param fullVersion    e.g. {@code 3.12.1}
     * @param version        the feature version, e.g. 3.12
     * @param uvloopProblem  null when {@code import uvloop} works, otherwise why it does not
     */
    record Info(Path executable, String implementation, String fullVersion, PythonVersion version,
                String uvloopProblem) implements Result {

        boolean hasUvloop() {
            return uvloopProblem == null;
        }

        /** E.g. {@code /usr/bin/python3.11 (cpython 3.11.2)}. */
        String describe() {
            return executable + " (" + implementation + " " + fullVersion + ")";
        }
    }

    /** An executable that could not be probed. */
    record Failure(Path executable, String reason) implements Result {
    }

    /** Probes {@code executable}, or returns the cached answer. */
    static Result probe(Path executable) {
        Path key = executable.toAbsolutePath().normalize();
        Result cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Result fresh = probeNow(key);
        if (fresh == null) {
            return new Failure(key, key + " was not probed: interrupted");
        }
        Result raced = CACHE.putIfAbsent(key, fresh);
        return raced != null ? raced : fresh;
    }

    /** Probes now; null when interrupted (not cached, so a later call probes again). */
    private static Result probeNow(Path executable) {
        if (Files.isDirectory(executable)) {
            return new Failure(executable, executable + " is a directory, not a Python interpreter");
        }
        if (!Files.isRegularFile(executable)) {
            return new Failure(executable, executable + (Files.exists(executable) ? " is not a regular file"
                    : " does not exist"));
        }
        if (!Files.isExecutable(executable)) {
            return new Failure(executable, executable + " is not executable");
        }
        Path workDir = null;
        try {
            workDir = TempFiles.create("asyncio-tck-probe-");
            var outcome = ChildProcess.run(List.of(executable.toString(), "-I", "-c", PROBE_SCRIPT), workDir,
                    CleanEnvironment.forDirectory(workDir), PROBE_TIMEOUT, 64 * 1024);
            if (outcome.timedOut()) {
                return new Failure(executable, executable + " did not answer within " + PROBE_TIMEOUT.toSeconds()
                        + " s");
            }
            List<String> lines = outcome.stdoutText().lines().toList();
            if (outcome.exitCode() != 0 || lines.size() < 3) {
                return new Failure(executable, executable + " is not a Python 3 interpreter (exit "
                        + outcome.exitCode() + ": " + lastLine(outcome.stderrText()) + ")");
            }
            String fullVersion = lines.get(1).strip();
            String uvloopLine = lines.get(2).strip();
            String uvloopProblem = uvloopLine.startsWith("uvloop ") ? null
                    : uvloopLine.replaceFirst("^no-uvloop ", "");
            return new Info(executable, lines.get(0).strip(), fullVersion, PythonVersion.parse(fullVersion),
                    uvloopProblem);
        } catch (IOException | RuntimeException e) {
            return new Failure(executable, executable + " could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            TempFiles.deleteQuietly(workDir);
        }
    }

    /** The last non-blank line of {@code text}, or {@code no output}. */
    static String lastLine(String text) {
        return text.lines().filter(line -> !line.isBlank()).reduce((first, second) -> second)
                .map(String::strip).orElse("no output");
    }
}
