package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.spi.RuntimeOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Opens the reference module through {@link ServiceLoader} for each test (virtual clock unless a test
 * says otherwise), collects what the program prints in {@link #log} and what asyncio's logger writes in
 * {@link #stderr()}, and checks after each test that closing the module leaves no thread alive.
 *
 * <p>Each test mirrors a small Python program; the expected output is what CPython 3.13.0 prints for it
 * (the program is quoted in the test's comment), except that values inside messages and reprs show as
 * {@link dev.asynciotck.spi.PythonValues#javaDefaults()} shows them ({@code String.valueOf}): Python's repr
 * is the interpreter's, supplied when a program runs, and the specification checks that text.
 */
abstract class ModuleTestBase {

    protected Asyncio aio;
    protected final List<String> log = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static AsyncioProvider provider() {
        return ServiceLoader.load(AsyncioProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("reference"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no AsyncioProvider named 'reference'"));
    }

    protected boolean virtualClock() {
        return true;
    }

    @BeforeEach
    void openModule() {
        aio = provider().open(RuntimeOptions.defaults()
                .withVirtualClock(virtualClock())
                .withStderr(new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    @AfterEach
    void closeModuleLeavesNoThread() {
        if (aio != null) {
            aio.close();
            assertThat(((ReferenceAsyncio) aio).liveThreads()).as("threads alive after close").isZero();
        }
    }

    /** What asyncio's logger (the default exception handler) wrote so far. */
    protected String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    protected Coroutine coro(String name, CoroutineBody body) {
        return aio.coroutine(name, body);
    }

    /** {@code asyncio.run(main())}. */
    protected Object run(CoroutineBody main) {
        return aio.run(coro("main", main));
    }

    /** {@code print(line)} of the Python program. */
    protected void print(String line) {
        log.add(line);
    }
}
