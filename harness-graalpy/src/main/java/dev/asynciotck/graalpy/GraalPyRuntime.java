package dev.asynciotck.graalpy;

import dev.asynciotck.spi.PythonVersion;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The GraalPy this build pins, and how to start its server JVM.
 *
 * <p>The build writes {@code graalpy-runtime.properties} with GraalPy's version, the Python version it implements
 * and where its jars are in the local Maven repository (GraalPy itself on the module path, the Graal compiler on
 * the upgrade module path). The server runs on the same JDK as the TCK; with the JDK's JVMCI module the Graal
 * compiler can compile hot Python code, without it GraalPy only interprets (about ten times slower per hot loop).
 * The server leaves runtime compilation off unless started with {@code -Dtck.graalpy.compile=true} (e.g. through
 * {@value #JVM_OPTIONS_VARIABLE}): for the spec's short programs it cost more CPU than it saved.
 *
 * @param graalVersion      GraalPy's version, e.g. {@code 25.0.3}
 * @param pythonVersion     the Python version it implements, e.g. 3.12
 * @param modulePath        GraalPy's jars
 * @param upgradeModulePath the Graal compiler's jars
 * @param serverClasspath   this module's classes (a jar or a class folder), holding the server's main class
 * @param java              the {@code java} command of the running JDK
 * @param problem           why GraalPy cannot run here, or null
 */
record GraalPyRuntime(String graalVersion, PythonVersion pythonVersion, List<Path> modulePath,
                      List<Path> upgradeModulePath, Path serverClasspath, Path java, String problem) {

    static final String PROPERTIES = "graalpy-runtime.properties";
    static final String SERVER_MAIN = "dev.asynciotck.graalpy.server.ServerMain";
    /**
     * Extra options for the server JVM, separated by white space, e.g. {@code -XX:+UseSerialGC} or an engine
     * option as a system property ({@code -Dpolyglot.engine.Mode=latency}: the engine reads {@code polyglot.*}).
     */
    static final String JVM_OPTIONS_VARIABLE = "TCK_GRAALPY_JVM_OPTIONS";

    GraalPyRuntime {
        Objects.requireNonNull(graalVersion, "graalVersion");
        Objects.requireNonNull(pythonVersion, "pythonVersion");
        modulePath = List.copyOf(modulePath);
        upgradeModulePath = List.copyOf(upgradeModulePath);
    }

    /** The GraalPy of this build; its {@link #problem()} says what is missing, if anything. */
    static GraalPyRuntime pinned() {
        Properties settings = new Properties();
        try (InputStream in = GraalPyRuntime.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                return broken("the classpath resource " + PROPERTIES + " beside " + GraalPyRuntime.class.getName()
                        + " is missing (build the module harness-graalpy with Maven)");
            }
            settings.load(in);
        } catch (IOException e) {
            return broken(PROPERTIES + " cannot be read: " + e);
        }
        String graal = settings.getProperty("graalpy.version", "?");
        PythonVersion python;
        try {
            python = PythonVersion.parse(settings.getProperty("python.version", ""));
        } catch (RuntimeException e) {
            return broken(PROPERTIES + " names no Python version: " + e.getMessage());
        }
        List<Path> modules = paths(settings.getProperty("module.path", ""));
        List<Path> compiler = paths(settings.getProperty("upgrade.module.path", ""));
        return of(graal, python, modules, compiler);
    }

    /** A GraalPy on these jars, run by this JDK with this module's classes; its problem found by looking. */
    static GraalPyRuntime of(String graal, PythonVersion python, List<Path> modules, List<Path> compiler) {
        Path java = Path.of(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Path classes = ownLocation();
        return new GraalPyRuntime(graal, python, modules, compiler, classes, java,
                problem(graal, modules, compiler, classes));
    }

    private static GraalPyRuntime broken(String problem) {
        return new GraalPyRuntime("?", new PythonVersion(3, 12), List.of(), List.of(), null, null, problem);
    }

    private static String problem(String graal, List<Path> modules, List<Path> compiler, Path classes) {
        if (modules.isEmpty() || modules.getFirst().toString().contains("${")) {
            return PROPERTIES + " lists no GraalPy jars: the build did not fill it in (run mvn -B -pl harness-graalpy"
                    + " -am package)";
        }
        List<Path> missing = new ArrayList<>();
        for (Path jar : concat(modules, compiler)) {
            if (!Files.isRegularFile(jar)) {
                missing.add(jar);
            }
        }
        if (!missing.isEmpty()) {
            return "GraalPy " + graal + "'s jars are not in the local Maven repository (" + missing.size()
                    + " missing, e.g. " + missing.getFirst() + "): run mvn -B -pl harness-graalpy -am package";
        }
        if (classes == null) {
            return "the GraalPy server's classes cannot be located";
        }
        if (Runtime.version().feature() < 21) {
            return "GraalPy " + graal + " needs a JDK 21 or later; this is " + Runtime.version();
        }
        return null;
    }

    /** True if the JDK has JVMCI, through which the Graal compiler compiles GraalPy's hot code. */
    boolean jdkCompiles() {
        return ModuleFinder.ofSystem().find("jdk.internal.vm.ci").isPresent();
    }

    /** Why GraalPy cannot run here, or empty. */
    Optional<String> unavailableReason() {
        return Optional.ofNullable(problem);
    }

    /** The command that starts the server. */
    List<String> serverCommand(Path harness, int contexts, int warmupRounds) {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(extraJvmOptions(System.getenv(JVM_OPTIONS_VARIABLE)));
        if (jdkCompiles()) {
            command.addAll(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI",
                    "--upgrade-module-path", join(upgradeModulePath)));
        }
        command.addAll(List.of("--module-path", join(modulePath), "--add-modules", "org.graalvm.polyglot",
                "--enable-native-access=org.graalvm.truffle,ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", serverClasspath.toString(), SERVER_MAIN,
                "--harness", harness.toString(), "--contexts", Integer.toString(contexts),
                "--warmup", Integer.toString(warmupRounds)));
        if (Runtime.version().feature() < 23) {
            command.remove("--sun-misc-unsafe-memory-access=allow");
        }
        return command;
    }

    /** How list-targets describes it: {@code GraalPy 25.0.3 (Python 3.12), on /usr/lib/jvm/.../java}. */
    String describe() {
        return "GraalPy " + graalVersion + " (Python " + pythonVersion + ") on " + java
                + (jdkCompiles() ? "" : " WITHOUT the Graal compiler (this JDK has no JVMCI): programs run about"
                + " ten times slower");
    }

    /** The words of {@value #JVM_OPTIONS_VARIABLE}'s value (none when unset). */
    static List<String> extraJvmOptions(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static List<Path> paths(String value) {
        return Arrays.stream(value.split(File.pathSeparator)).map(String::strip).filter(s -> !s.isEmpty())
                .map(Path::of).toList();
    }

    private static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static List<Path> concat(List<Path> first, List<Path> second) {
        List<Path> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Path ownLocation() {
        try {
            var source = GraalPyRuntime.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
