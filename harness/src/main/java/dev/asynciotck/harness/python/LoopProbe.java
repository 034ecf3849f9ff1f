package dev.asynciotck.harness.python;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks an interpreter, once per executable and factory, whether a {@code +loop=MODULE:CALLABLE} works there: the
 * module imports and has that callable. Run isolated, as programs run, so it sees what they see (a virtual
 * environment's packages, not the user's site-packages).
 */
final class LoopProbe {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    private static final String PROBE_SCRIPT = String.join("\n",
            "import importlib, sys",
            "module_name, attribute = sys.argv[1], sys.argv[2]",
            "try:",
            "    found = importlib.import_module(module_name)",
            "except BaseException as e:",
            "    print('module %r does not import: %s: %s' % (module_name, type(e).__name__, str(e).replace('\\n', ' ')))",
            "    sys.exit(0)",
            "for part in attribute.split('.'):",
            "    if not hasattr(found, part):",
            "        print('%r has no attribute %r' % (getattr(found, '__name__', found), part))",
            "        sys.exit(0)",
            "    found = getattr(found, part)",
            "print('ok' if callable(found) else '%s is not callable' % attribute)",
            "");

    private static final Map<String, Optional<String>> CACHE = new ConcurrentHashMap<>();

    private LoopProbe() {
    }

    /**
     * Why {@code factory} does not work on {@code interpreter} ({@code +loop=M:C: module 'M' does not import on
     * /usr/bin/python3.12 (cpython 3.12.1): ModuleNotFoundError: ...}), or empty if it does.
     */
    static Optional<String> problem(InterpreterProbe.Info interpreter, LoopFactory factory) {
        String key = interpreter.executable() + "\u0000" + factory.spec();
        Optional<String> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<String> fresh = probeNow(interpreter, factory);
        if (fresh == null) {
            return Optional.of(factory.suffix() + " was not checked on " + interpreter.describe() + ": interrupted");
        }
        Optional<String> raced = CACHE.putIfAbsent(key, fresh);
        return raced != null ? raced : fresh;
    }

    /** Null when interrupted (not cached). */
    private static Optional<String> probeNow(InterpreterProbe.Info interpreter, LoopFactory factory) {
        Path workDir = null;
        String place = factory.suffix() + " on " + interpreter.describe() + ": ";
        try {
            workDir = TempFiles.create("asyncio-tck-loop-probe-");
            var outcome = ChildProcess.run(List.of(interpreter.executable().toString(), "-I", "-c", PROBE_SCRIPT,
                            factory.module(), factory.callable()), workDir, CleanEnvironment.forDirectory(workDir),
                    PROBE_TIMEOUT, 64 * 1024);
            if (outcome.timedOut()) {
                return Optional.of(place + "importing " + factory.module() + " took longer than "
                        + PROBE_TIMEOUT.toSeconds() + " s");
            }
            String answer = InterpreterProbe.lastLine(outcome.stdoutText());
            if (outcome.exitCode() != 0) {
                return Optional.of(place + "the check failed (exit " + outcome.exitCode() + ": "
                        + InterpreterProbe.lastLine(outcome.stderrText()) + ")");
            }
            return answer.equals("ok") ? Optional.empty() : Optional.of(place + answer);
        } catch (IOException | RuntimeException e) {
            return Optional.of(place + "the check could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            TempFiles.deleteQuietly(workDir);
        }
    }
}
