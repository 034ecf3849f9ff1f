package dev.asynciotck.harness.python;

import dev.asynciotck.harness.ChildProcesses;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The fork server of one Python target: started on first use and kept for the life of the JVM. When it cannot
 * start or dies, the slot says so once on standard error, stays empty for good, and {@link #run} returns
 * null so that the target runs each program in a fresh interpreter instead — except while the harness is
 * shutting down ({@link ChildProcesses#shuttingDown()}), when the server's death is expected and says nothing.
 *
 * <p>Disabled (every run in a fresh interpreter) when the system property {@code tck.python.forkserver} or the
 * environment variable {@code TCK_PYTHON_FORKSERVER} is {@code false} or {@code 0}.
 */
final class ForkServerSlot {

    private static final String SERVER_RESOURCE = "forkserver.py";

    private final String targetName;
    private final PrintStream warnings;
    private ForkServer server;
    private String failure;

    ForkServerSlot(String targetName, PrintStream warnings) {
        this.targetName = targetName;
        this.warnings = warnings;
    }

    /** True unless the property or the environment variable turns fork servers off. */
    static boolean enabledByDefault() {
        String setting = System.getProperty("tck.python.forkserver", System.getenv("TCK_PYTHON_FORKSERVER"));
        return setting == null || !List.of("false", "0", "no", "off").contains(setting.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Runs the harness on {@code program} in a child of the server, or returns null if there is no working server
     * (the caller then runs the program in a fresh interpreter; nothing of this attempt is left to observe but
     * files in {@code runDirectory}).
     */
    ChildProcess.Outcome run(List<String> interpreterCommand, PythonVariant variant, byte[] harness, Path runDirectory,
                             Path resultFile, Path program, Duration timeout, int captureLimit)
            throws InterruptedException {
        ForkServer current = server(interpreterCommand, variant, harness);
        if (current == null) {
            return null;
        }
        try {
            return current.run(runDirectory, resultFile, program, timeout, captureLimit);
        } catch (ForkServer.Failure died) {
            fail(current, died.getMessage());
            return null;
        }
    }

    /** Why the slot has no server, or null if it has one or has not tried yet. */
    synchronized String failure() {
        return failure;
    }

    private synchronized ForkServer server(List<String> interpreterCommand, PythonVariant variant, byte[] harness)
            throws InterruptedException {
        if (server != null || failure != null) {
            return server;
        }
        byte[] script = ServerScript.BYTES;
        if (script == null) {
            fail(null, "the classpath resource " + SERVER_RESOURCE + " is missing");
            return null;
        }
        try {
            // The server is registered with ChildProcesses: it and its forked children die with the JVM.
            server = ForkServer.start(targetName + " (" + interpreterCommand.getFirst() + ")", interpreterCommand,
                    variant, script, harness);
        } catch (ForkServer.Failure cannotStart) {
            fail(null, cannotStart.getMessage());
        }
        return server;
    }

    private synchronized void fail(ForkServer broken, String reason) {
        if (failure != null) {
            return;
        }
        failure = reason;
        server = null;
        if (ChildProcesses.shuttingDown()) {
            // The shutdown killed the server: nothing to report, and no fallback may start.
            return;
        }
        warnings.println("asyncio-tck: " + reason + "; programs on " + targetName
                + " run in a fresh interpreter each from now on");
        warnings.flush();
        if (broken != null) {
            broken.close();
        }
    }

    /** The server script, read from the classpath once; null if it cannot be read. */
    private static final class ServerScript {
        static final byte[] BYTES = load();

        private static byte[] load() {
            try (InputStream in = ForkServerSlot.class.getResourceAsStream(SERVER_RESOURCE)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
