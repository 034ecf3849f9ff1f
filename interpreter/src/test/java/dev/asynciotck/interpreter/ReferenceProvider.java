package dev.asynciotck.interpreter;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.PythonHost;
import dev.asynciotck.spi.RuntimeOptions;
import java.io.PrintStream;
import java.util.Optional;
import java.util.ServiceLoader;

/** The reference provider found through ServiceLoader, as the suite finds providers. */
final class ReferenceProvider {

    private ReferenceProvider() {
    }

    static Optional<AsyncioProvider> find() {
        return ServiceLoader.load(AsyncioProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("reference"))
                .findFirst();
    }

    static Asyncio open(PrintStream stderr) {
        return open(stderr, Interpreter.newHost());
    }

    /** The reference opened with {@code host}, which the program's interpreter must then use too. */
    static Asyncio open(PrintStream stderr, PythonHost host) {
        AsyncioProvider provider = find().orElseThrow(() -> new AssertionError("no provider named 'reference'"));
        return provider.open(new RuntimeOptions(true, stderr, Interpreter.values(), host));
    }
}
