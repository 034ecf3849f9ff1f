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
 */
public record RuntimeOptions(boolean virtualClock, PrintStream stderr, PythonValues values) {

    public RuntimeOptions {
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(values, "values");
    }

    /** Real clock, messages to {@link System#err}, {@linkplain PythonValues#javaDefaults() Java values}. */
    public static RuntimeOptions defaults() {
        return new RuntimeOptions(false, System.err, PythonValues.javaDefaults());
    }

    public RuntimeOptions withVirtualClock(boolean on) {
        return new RuntimeOptions(on, stderr, values);
    }

    public RuntimeOptions withStderr(PrintStream stream) {
        return new RuntimeOptions(virtualClock, stream, values);
    }

    public RuntimeOptions withValues(PythonValues semantics) {
        return new RuntimeOptions(virtualClock, stderr, semantics);
    }
}
