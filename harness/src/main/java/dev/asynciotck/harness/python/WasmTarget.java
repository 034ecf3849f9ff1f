package dev.asynciotck.harness.python;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;
import dev.asynciotck.harness.Target;
import dev.asynciotck.spi.Capabilities;
import dev.asynciotck.spi.PythonVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * CPython compiled to WebAssembly (Pyodide) under Node as a {@link Target}: {@code cpython-3.14},
 * {@code cpython-3.15}, and {@code cpython-3.13-wasm} (the proof that the runner is a faithful oracle: it must
 * agree with native {@code cpython-3.13}). Each program runs as in a fresh {@code python FILE} — fresh
 * {@code __main__} and asyncio state, stdout and stderr apart, exit status as python's, the interpreter's normal
 * finalization — through the same {@code harness.py} as the native targets, on asyncio's own selector event loop
 * (over a selector without file descriptors; see {@code wasm_bootstrap.py}), in a {@link WasmServer} started on
 * first use and kept for the life of the JVM.
 *
 * <p>Pyodide has no threads ({@code threading.Thread.start()} raises {@code RuntimeError: can't start new
 * thread}), so these targets lack {@link Capabilities#THREADSAFE_CALLBACKS}: scenarios that call
 * {@code call_soon_threadsafe} from another thread are not applicable here, never failed.
 *
 * <p>{@code pyodide-3.14+webloop} runs the same build on Pyodide's own event loop, WebLoop (what PyScript and
 * JupyterLite users get): nothing of Pyodide's start-up is undone, a program runs so that WebLoop's
 * {@code run_until_complete} can suspend the WebAssembly stack (JSPI) while Node's event loop runs the callbacks, and
 * it ends when its top level has returned and no WebLoop callback is left (a Node script's end).
 *
 * <p>Workers per server: {@code tck.wasm.workers} / {@code TCK_WASM_WORKERS} (default 2). Programs also count
 * against {@link InterpreterSlots}, with every other Python target's.
 */
public final class WasmTarget implements Target {

    private static final String PROGRAM_FILE = "program.py";
    private static final String RESULT_FILE = "result";
    private static final int DEFAULT_WORKERS = 2;
    /** A server that died is started again this many times, then the target gives up. */
    private static final int RESTARTS = 2;

    private final WasmBuild build;
    private final Supplier<WasmRuntime.Lookup> locator;
    private final boolean fresh;
    private volatile WasmRuntime.Lookup lookup;
    private WasmServer server;
    private String serverFailure;
    private int starts;

    WasmTarget(WasmBuild build, Supplier<WasmRuntime.Lookup> locator, boolean fresh) {
        this.build = Objects.requireNonNull(build, "build");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.fresh = fresh;
    }

    /** This target on the same runtime, loading a new interpreter for every program: the slow path, for proofs. */
    WasmTarget withFreshInterpreters() {
        return new WasmTarget(build, this::lookup, true);
    }

    @Override
    public String name() {
        return build.targetName();
    }

    @Override
    public PythonVersion version() {
        return build.version();
    }

    /** Eager task factories (from 3.12); no threadsafe callbacks, as there are no threads to call from. */
    @Override
    public Set<String> capabilities() {
        return version().atLeast(3, 12) ? Set.of(Capabilities.EAGER_TASK_FACTORY) : Set.of();
    }

    @Override
    public Optional<String> unavailableReason() {
        return lookup() instanceof WasmRuntime.NotInstalled missing ? Optional.of(missing.reason()) : Optional.empty();
    }

    /** {@code CPython 3.14.2, WebAssembly (Pyodide 314.0.8, Node 24.22.3)}, or why it is not available. */
    public String describe() {
        return switch (lookup()) {
            case WasmRuntime.Installed installed -> installed.runtime().describe()
                    + (build.webloop() ? ", on Pyodide's own event loop (WebLoop)" : "");
            case WasmRuntime.NotInstalled missing -> missing.reason();
        };
    }

    @Override
    public RunResult run(String program, String origin, Duration timeout) {
        long begin = System.nanoTime();
        if (!(lookup() instanceof WasmRuntime.Installed installed)) {
            return RunResult.failure(Status.MISSING, origin + " on " + name() + ": " + unavailableReason().orElse("?"),
                    "", "", Duration.ofNanos(System.nanoTime() - begin));
        }
        String place = origin + " on " + name() + " (" + installed.runtime().describe() + ")";
        try {
            InterpreterSlots.acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return RunResult.failure(Status.ERROR, place + ": interrupted while waiting to start", "", "",
                    Duration.ofNanos(System.nanoTime() - begin));
        }
        Path directory = null;
        WasmServer current = null;
        try {
            current = server(installed.runtime());
            directory = TempFiles.create("asyncio-tck-wasm-run-");
            Path programFile = Files.writeString(directory.resolve(PROGRAM_FILE), program, StandardCharsets.UTF_8);
            Path resultFile = directory.resolve(RESULT_FILE);
            ChildProcess.Outcome outcome = current.run(resultFile, programFile, timeout, PythonTarget.CAPTURE_LIMIT);
            List<String> resultLines = Files.isRegularFile(resultFile) && Files.size(resultFile) > 0
                    ? Files.readAllLines(resultFile, StandardCharsets.UTF_8) : null;
            RunResult result = HarnessVerdict.interpret(outcome, resultLines, place, timeout);
            return result.status() == Status.TIMEOUT  // no process tree here: the worker thread was ended
                    ? RunResult.failure(Status.TIMEOUT, result.detail().replace("the process tree was killed",
                            "its worker thread was terminated"), result.stdout(), result.stderr(), result.elapsed())
                    : result;
        } catch (WasmServer.Failure failure) {
            serverDied(current, failure.getMessage());
            return RunResult.failure(Status.ERROR, place + ": " + failure.getMessage(), "", "",
                    Duration.ofNanos(System.nanoTime() - begin));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return RunResult.failure(Status.ERROR, place + ": interrupted; the program was stopped", "", "",
                    Duration.ofNanos(System.nanoTime() - begin));
        } catch (IOException | RuntimeException failure) {
            return RunResult.failure(Status.ERROR, place + ": could not run: " + failure, "", "",
                    Duration.ofNanos(System.nanoTime() - begin));
        } finally {
            TempFiles.deleteQuietly(directory);
            InterpreterSlots.release();
        }
    }

    private synchronized WasmServer server(WasmRuntime runtime) throws WasmServer.Failure, InterruptedException {
        if (server != null) {
            return server;
        }
        if (serverFailure != null) {
            throw new WasmServer.Failure(serverFailure);
        }
        Map<String, byte[]> scripts = Scripts.load();
        if (scripts == null) {
            serverFailure = "the classpath resources " + WasmServer.SCRIPTS + " (in wasm/ beside "
                    + WasmTarget.class.getName() + ") and harness.py are not all there";
            throw new WasmServer.Failure(serverFailure);
        }
        starts++;
        try {
            server = WasmServer.start(name(), runtime, workers(), scripts, fresh, build.webloop());
        } catch (WasmServer.Failure cannotStart) {
            serverFailure = cannotStart.getMessage();
            throw cannotStart;
        }
        WasmServer started = server;
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "asyncio-tck WebAssembly server shutdown"));
        return server;
    }

    /** Forgets a server that died, so that the next program starts another, up to {@link #RESTARTS} times. */
    private synchronized void serverDied(WasmServer broken, String reason) {
        if (broken == null || broken != server || broken.deathReason() == null) {
            return;
        }
        server = null;
        broken.close();
        if (starts > RESTARTS) {
            serverFailure = reason + " (" + starts + " times; no more restarts)";
        }
    }

    private WasmRuntime.Lookup lookup() {
        WasmRuntime.Lookup known = lookup;
        if (known == null) {
            synchronized (this) {
                if (lookup == null) {
                    lookup = locator.get();
                }
                known = lookup;
            }
        }
        return known;
    }

    /** The workers per server in force: the setting if it is a positive number, else 2. */
    static int workers() {
        String setting = System.getProperty("tck.wasm.workers", System.getenv("TCK_WASM_WORKERS"));
        if (setting != null) {
            try {
                int value = Integer.parseInt(setting.strip());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // Fall back to the default, as for a value below 1.
            }
            System.err.println("asyncio-tck: tck.wasm.workers=" + setting.strip().toLowerCase(Locale.ROOT)
                    + " is not a positive number; using " + DEFAULT_WORKERS);
        }
        return DEFAULT_WORKERS;
    }

    @Override
    public String toString() {
        return name();
    }

    /** The server's scripts and the harness, read from the classpath once; null if one is missing. */
    private static final class Scripts {
        private static final Map<String, byte[]> CONTENTS = read();

        static Map<String, byte[]> load() {
            return CONTENTS;
        }

        private static Map<String, byte[]> read() {
            Map<String, byte[]> contents = new LinkedHashMap<>();
            for (String name : WasmServer.SCRIPTS) {
                byte[] bytes = resource("wasm/" + name);
                if (bytes == null) {
                    return null;
                }
                contents.put(name, bytes);
            }
            byte[] harness = resource("harness.py");
            if (harness == null) {
                return null;
            }
            contents.put("harness.py", harness);
            return Map.copyOf(contents);
        }

        private static byte[] resource(String name) {
            try (InputStream in = WasmTarget.class.getResourceAsStream(name)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
