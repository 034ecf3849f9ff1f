package dev.asynciotck.reference.lib;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Capabilities;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * Opens the reference provider's asyncio module for each test, with a virtual clock when supported. Each
 * test mirrors a Python 3.13 program; the expected logs are what CPython 3.13 prints, with values inside
 * reprs shown as {@link PythonValues#javaDefaults()} shows them (Python's repr is the interpreter's).
 */
abstract class LibraryTestBase {

    protected Asyncio aio;
    protected final List<String> log = new ArrayList<>();

    /** The provider named {@code reference}; the test is skipped (not failed) while there is none. */
    static AsyncioProvider provider() {
        var found = ServiceLoader.load(AsyncioProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("reference"))
                .findFirst();
        Assumptions.assumeTrue(found.isPresent(), "no AsyncioProvider named 'reference' on the class path");
        return found.get();
    }

    /** Python value semantics used by the module; tests may override. */
    protected PythonValues values() {
        return PythonValues.javaDefaults();
    }

    @BeforeEach
    void openModule() {
        AsyncioProvider provider = provider();
        boolean virtual = provider.capabilities().contains(Capabilities.VIRTUAL_CLOCK);
        aio = provider.open(RuntimeOptions.defaults().withVirtualClock(virtual).withValues(values()));
    }

    @AfterEach
    void closeModule() {
        if (aio != null) {
            aio.close();
        }
    }

    /** {@code asyncio.run(main())}. */
    protected Object run(CoroutineBody main) {
        return aio.run(aio.coroutine("main", main));
    }

    protected Coroutine coro(String name, CoroutineBody body) {
        return aio.coroutine(name, body);
    }

    protected void sleep(Awaiter awaiter, double delay) {
        awaiter.await(aio.sleep(delay, null));
    }

    /** {@code asyncio.create_task(coro)}. */
    protected Task spawn(String name, CoroutineBody body) {
        return (Task) aio.createTask(aio.coroutine(name, body), null);
    }

    /**
     * <pre>
     * async def val(name, d, v, fail=False):
     *     try: await asyncio.sleep(d)
     *     except asyncio.CancelledError: log.append(f"{name} cancelled"); raise
     *     log.append(f"{name} done")
     *     if fail: raise ValueError(v)
     *     return v
     * </pre>
     */
    protected Coroutine val(String name, double delay, Object value, boolean fail) {
        return aio.coroutine("val", awaiter -> {
            try {
                sleep(awaiter, delay);
            } catch (CancelledError e) {
                log.add(name + " cancelled");
                throw e;
            }
            log.add(name + " done");
            if (fail) {
                throw new ValueError(value);
            }
            return value;
        });
    }

    protected Coroutine val(String name, double delay, Object value) {
        return val(name, delay, value, false);
    }

    /** Python's name for an exception or a value in a result list. */
    protected static Object shown(Object x) {
        return x instanceof dev.asynciotck.spi.exceptions.PythonException e ? e.pythonName() : x;
    }
}
