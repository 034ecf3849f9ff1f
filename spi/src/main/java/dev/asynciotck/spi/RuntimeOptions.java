package dev.asynciotck.spi;

import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link Asyncio} module is opened.
 *
 * @param virtualClock when true and the provider declares {@link Capabilities#VIRTUAL_CLOCK}, a loop with
 *                     nothing ready advances its clock to the next timer instead of waiting for it
 * @param stderr       where the default exception handler writes, as asyncio's logger writes to stderr
 * @param values       Python value semantics (repr, truth, ordering) of the program being run
 * @param host         the rest of the Python runtime: contexts, thread states, {@code concurrent.futures}
 * @param asyncioVersion the asyncio version the module must behave as, one of the provider's
 *                     {@link AsyncioProvider#asyncioVersions()}; empty for the provider's own
 *                     {@link AsyncioProvider#asyncioVersion()}. A provider given a version it does not follow
 *                     throws {@link IllegalArgumentException} from {@link AsyncioProvider#open}.
 */
public record RuntimeOptions(boolean virtualClock, PrintStream stderr, PythonValues values, PythonHost host,
                             Optional<PythonVersion> asyncioVersion) {

    public RuntimeOptions {
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(asyncioVersion, "asyncioVersion");
    }

    /** Options for the provider's own asyncio version. */
    public RuntimeOptions(boolean virtualClock, PrintStream stderr, PythonValues values, PythonHost host) {
        this(virtualClock, stderr, values, host, Optional.empty());
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
        return new RuntimeOptions(false, System.err, PythonValues.javaDefaults(), PythonHost.javaDefaults(),
                Optional.empty());
    }

    public RuntimeOptions withVirtualClock(boolean on) {
        return new RuntimeOptions(on, stderr, values, host, asyncioVersion);
    }

    public RuntimeOptions withStderr(PrintStream stream) {
        return new RuntimeOptions(virtualClock, stream, values, host, asyncioVersion);
    }

    public RuntimeOptions withValues(PythonValues semantics) {
        return new RuntimeOptions(virtualClock, stderr, semantics, host, asyncioVersion);
    }

    public RuntimeOptions withHost(PythonHost runtime) {
        return new RuntimeOptions(virtualClock, stderr, values, runtime, asyncioVersion);
    }

    /**
     * These options with the module following asyncio {@code version} (one of the provider's
     * {@link AsyncioProvider#asyncioVersions()}); {@code null} for the provider's own version.
     */
    public RuntimeOptions withAsyncioVersion(PythonVersion version) {
        return new RuntimeOptions(virtualClock, stderr, values, host, Optional.ofNullable(version));
    }
}
