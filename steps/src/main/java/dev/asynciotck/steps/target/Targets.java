package dev.asynciotck.steps.target;

import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.steps.target.python.PythonTargets;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Finds targets by name: real Python interpreters ({@code cpython-3.12}, {@code cpython-3.11+uvloop},
 * {@code python:/path}) and the Java providers on the class path, by their {@link AsyncioProvider#name()}.
 */
public final class Targets {

    /** The bundled provider, the default target. */
    public static final String REFERENCE = "reference";

    /** Targets are immutable and costly to find (a Python interpreter is asked its version): find each once. */
    private static final ConcurrentMap<String, Target> FOUND = new ConcurrentHashMap<>();

    private Targets() {
    }

    /**
     * The target called {@code name}; a {@link MissingTarget} (whose runs report MISSING with the reason)
     * when nothing of that name is available.
     */
    public static Target byName(String name) {
        return FOUND.computeIfAbsent(name, Targets::find);
    }

    private static Target find(String name) {
        var python = PythonTargets.byName(name);
        if (python.isPresent()) {
            return python.get();
        }
        List<String> known = new ArrayList<>();
        try {
            for (AsyncioProvider provider : ServiceLoader.load(AsyncioProvider.class)) {
                if (provider.name().equals(name)) {
                    return new JavaProviderTarget(provider);
                }
                known.add(provider.name());
            }
        } catch (ServiceConfigurationError e) {
            return new MissingTarget(name, new PythonVersion(0, 0), "a provider on the class path failed to load: "
                    + e.getMessage());
        }
        return new MissingTarget(name, new PythonVersion(0, 0), "no Java provider of that name on the class path "
                + "(found: " + (known.isEmpty() ? "none" : String.join(", ", known))
                + ") and not a Python target name (cpython-3.X, cpython-3.X+uvloop, python:PATH)");
    }

    /** The names of the Java providers on the class path. */
    public static List<String> javaProviderNames() {
        return ServiceLoader.load(AsyncioProvider.class).stream()
                .map(ServiceLoader.Provider::get).map(AsyncioProvider::name)
                .collect(Collectors.toList());
    }
}
