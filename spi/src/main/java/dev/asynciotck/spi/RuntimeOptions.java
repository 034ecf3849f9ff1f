package dev.asynciotck.spi;

import java.io.PrintStream;
import java.util.Objects;

/**
 * How an {@link Asyncio} module is opened.
 *
 * @param virtualClock when true and the provider declares {@link Capabilities#VIRTUAL_CLOCK}, a loop with
 *                     nothing ready advances its clock to the next timer instead of waiting for it
 * @param stderr       where the default exception handler writes, as asyncio's logger writes to stderr
 * @param values       Python value semantics (repr, truth, ordering) of the program being run
 * @param host         the rest of the Python runtime: contexts, thread states, {@code concurrent.futures}
 */
public record RuntimeOptions(boolean virtualClock, PrintStream stderr, PythonValues values, PythonHost host) {

    public RuntimeOptions {
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(host, "host");
    }

    /** Options with {@linkplain PythonHost#javaDefaults() the Java host}. */
    public RuntimeOptions(boolean virtualClock, PrintStream stderr, PythonValues values) {
        this(virtualClock, stderr, values, PythonHost.javaDefaults());
    }

    /**
     * Real clock, messages to {@link System#err}, {@linkplain PythonValues#javaDefaults() Java values},
     * {@linkplain PythonHost#javaDefaults() the Java host}.
     */
    public static RuntimeOptions defaults() {
        return new RuntimeOptions(false, System.err, PythonValues.javaDefaults(), PythonHost.javaDefaults());
    }

    public RuntimeOptions withVirtualClock(boolean on) {
        return new RuntimeOptions(on, stderr, values, host);
    }

    public RuntimeOptions withStderr(PrintStream stream) {
        return new RuntimeOptions(virtualClock, stream, values, host);
    }

    public RuntimeOptions withValues(PythonValues semantics) {
        return new RuntimeOptions(virtualClock, stderr, semantics, host);
    }

    public RuntimeOptions withHost(PythonHost runtime) {
        return new RuntimeOptions(virtualClock, stderr, values, runtime);
    }
}
