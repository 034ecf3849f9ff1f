package dev.asynciotck.harness;

import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.harness.java.JavaProviderTarget;
import dev.asynciotck.harness.python.PythonTargets;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Finds targets by name: Java providers by their {@link AsyncioProvider#name()}, and {@code NAME@3.X}, the
 * provider made to behave as asyncio 3.X (one of its {@link AsyncioProvider#asyncioVersions()}); real Python interpreters ({@code cpython-3.12}, {@code cpython-3.11+uvloop},
 * {@code python:/path}), CPython compiled to WebAssembly ({@code cpython-3.14}, {@code cpython-3.15},
 * {@code cpython-3.13-wasm}; see {@link dev.asynciotck.harness.python.WasmTargetFamily}) and Java providers by their {@link AsyncioProvider#name()}, found with
 * {@link ServiceLoader} on the class path, plus the jars of an optional extra class path (an implementation
 * under test that is not on the TCK's own class path).
 */
public final class Targets {

    /** The bundled provider, the default target. */
    public static final String REFERENCE = "reference";

    /** Targets are immutable and costly to find (a Python interpreter is asked its version): find each once. */
    private static final ConcurrentMap<String, Target> FOUND = new ConcurrentHashMap<>();

    /** One class loader per extra class path, so a provider's classes load once per process. */
    private static final ConcurrentMap<List<Path>, ClassLoader> LOADERS = new ConcurrentHashMap<>();

    private Targets() {
    }

    /**
     * The target called {@code name}; a {@link MissingTarget} (whose runs report MISSING with the reason)
     * when nothing of that name is available.
     */
    public static Target byName(String name) {
        return byName(name, List.of());
    }

    /**
     * The target called {@code name}, looking for Java providers also in the jars or class folders of
     * {@code classpath} (loaded by a class loader whose parent is the TCK's).
     */
    public static Target byName(String name, List<Path> classpath) {
        List<Path> extra = normalise(classpath);
        return FOUND.computeIfAbsent(name + "\u0000" + extra, key -> find(name, extra));
    }

    /** {@code NAME@3.X}: a Java provider made to behave as one of the asyncio versions it follows. */
    /** (A name with a path, {@code python:/home/me@host/python}, is not of this form: NAME has no '/' or ':'.) */
    private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile("([A-Za-z0-9_.+-]+)@(.*)");

    /** The form of a versioned Java provider target, for usage messages and {@code list-targets}. */
    public static final String VERSIONED_FORM = "NAME@3.X";

    /**
     * Checks a target name before anything runs: {@code NAME@3.X} must name a version the Java provider
     * {@code NAME} follows ({@link AsyncioProvider#asyncioVersions()}).
     *
     * @throws IllegalArgumentException one message naming the target and the versions accepted
     */
    public static void checkName(String name, List<Path> classpath) {
        var matcher = VERSIONED.matcher(name);
        if (!matcher.matches()) {
            return;
        }
        PythonVersion version = versionOf(name, matcher.group(2));
        AsyncioProvider provider = javaProvider(matcher.group(1), normalise(classpath));
        if (provider != null && !provider.asyncioVersions().contains(version)) {
            throw new IllegalArgumentException(JavaProviderTarget.unfollowedVersion(provider, version));
        }
    }

    private static PythonVersion versionOf(String name, String text) {
        if (!text.matches("\\d+\\.\\d+")) {
            throw new IllegalArgumentException("target " + name + ": '" + text + "' is not a Python version; the form is "
                    + VERSIONED_FORM + ", e.g. " + REFERENCE + "@3.9");
        }
        return PythonVersion.parse(text);
    }

    /** The Java provider called {@code name}, or null when none loads. */
    private static AsyncioProvider javaProvider(String name, List<Path> classpath) {
        for (ServiceLoader.Provider<AsyncioProvider> candidate : providers(classpath, new ArrayList<>())) {
            try {
                AsyncioProvider provider = candidate.get();
                if (name.equals(provider.name())) {
                    return provider;
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                // reported by find, when the target is looked up
            }
        }
        return null;
    }

    private static Target find(String name, List<Path> classpath) {
        var versioned = VERSIONED.matcher(name);
        if (versioned.matches()) {
            PythonVersion version = versionOf(name, versioned.group(2));
            Target plain = find(versioned.group(1), classpath);
            if (plain instanceof JavaProviderTarget) {
                AsyncioProvider provider = javaProvider(versioned.group(1), classpath);
                return JavaProviderTarget.atVersion(provider, version);
            }
            return new MissingTarget(name, version, plain instanceof MissingTarget missing ? missing.reason()
                    : "the form " + VERSIONED_FORM + " is for Java providers; " + versioned.group(1) + " is not one");
        }
        // The families first: the WebAssembly names (cpython-3.14, ...) come before the native cpython-3.X ones.
        for (TargetFamily family : families()) {
            var member = family.byName(name);
            if (member.isPresent()) {
                return member.get();
            }
        }
        var python = PythonTargets.byName(name);
        if (python.isPresent()) {
            return python.get();
        }
        List<String> known = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (ServiceLoader.Provider<AsyncioProvider> candidate : providers(classpath, broken)) {
            try {
                AsyncioProvider provider = candidate.get();
                String providerName = provider.name();
                if (name.equals(providerName)) {
                    provider.asyncioVersion();
                    return new JavaProviderTarget(provider);
                }
                known.add(providerName);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                broken.add(candidate.type().getName() + ": " + e);
            }
        }
        return new MissingTarget(name, new PythonVersion(0, 0), "no Java provider of that name on the class path"
                + (classpath.isEmpty() ? "" : " or in " + classpath)
                + " (found: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")"
                + (broken.isEmpty() ? "" : "; providers that failed to load: " + String.join("; ", broken))
                + ", and not a Python target name (" + VERSIONED_FORM + " for a Java provider, cpython-3.X, cpython-3.X+uvloop, python:PATH"
                + families().stream().map(family -> ", " + family.nameForms()).collect(Collectors.joining()) + ")");
    }

    /**
     * The target families on the TCK's class path (the WebAssembly builds, any loop by factory, GraalPy), in the
     * order the service files name them.
     */
    public static List<TargetFamily> families() {
        List<TargetFamily> found = new ArrayList<>();
        ServiceLoader.load(TargetFamily.class, Targets.class.getClassLoader()).forEach(found::add);
        return found;
    }

    /**
     * The names of the Java providers on the class path, each with its asyncio version and the {@code NAME@3.X}
     * targets it offers; one that fails to load shows its class and error.
     */
    public static List<String> javaProviderNames() {
        return javaProviderNames(List.of());
    }

    /** As {@link #javaProviderNames()}, with the providers of an extra class path. */
    public static List<String> javaProviderNames(List<Path> classpath) {
        List<String> names = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (ServiceLoader.Provider<AsyncioProvider> candidate : providers(normalise(classpath), broken)) {
            try {
                AsyncioProvider provider = candidate.get();
                var versions = provider.asyncioVersions();
                names.add(provider.name() + " (asyncio " + provider.asyncioVersion() + (versions.size() < 2 ? ")"
                        : "; " + provider.name() + "@" + versions.first() + " to " + provider.name() + "@"
                        + versions.last() + " behave as those versions)"));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                names.add(candidate.type().getName() + " (fails to load: " + e.getMessage() + ")");
            }
        }
        broken.forEach(problem -> names.add("(" + problem + ")"));
        return names;
    }

    /** The class loader that sees the TCK's class path plus {@code classpath}. */
    public static ClassLoader classLoader(List<Path> classpath) {
        List<Path> extra = normalise(classpath);
        ClassLoader base = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : Targets.class.getClassLoader();
        if (extra.isEmpty()) {
            return base;
        }
        return LOADERS.computeIfAbsent(extra, paths -> new URLClassLoader("asyncio-tck implementation",
                paths.stream().map(Targets::url).toArray(URL[]::new), Targets.class.getClassLoader()));
    }

    private static List<ServiceLoader.Provider<AsyncioProvider>> providers(List<Path> classpath, List<String> broken) {
        List<ServiceLoader.Provider<AsyncioProvider>> found = new ArrayList<>();
        var iterator = ServiceLoader.load(AsyncioProvider.class, classLoader(classpath)).stream().iterator();
        for (int errors = 0; errors < 100; ) {
            try {
                if (!iterator.hasNext()) {
                    return found;
                }
                found.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                broken.add(e.getMessage());
                errors++;
            }
        }
        return found;
    }

    private static List<Path> normalise(List<Path> classpath) {
        return classpath.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
