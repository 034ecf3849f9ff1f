package dev.asynciotck.harness.python;

import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.python.PythonInterpreters.Unavailable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of real-Python targets and the targets they stand for.
 *
 * <ul>
 *   <li>{@code cpython-3.X}: CPython 3.X from pyenv's versions or {@code python3.X} on {@code PATH}
 *       (see {@link PythonInterpreters} for the order);</li>
 *   <li>{@code cpython-3.X+uvloop}: the first CPython 3.X on which {@code import uvloop} works, running programs
 *       under {@code uvloop.EventLoopPolicy()};</li>
 *   <li>{@code python:PATH} and {@code python:PATH+uvloop}: one interpreter given by path (a bare command name
 *       is looked up on {@code PATH}).</li>
 * </ul>
 * {@code cpython-3.14} and {@code cpython-3.15} are not native interpreters but WebAssembly builds
 * ({@link WasmTargets}), which {@code Targets} asks first; {@link #list()} leaves them out.
 */
public final class PythonTargets {

    /** The oldest Python the harness supports. */
    public static final PythonVersion OLDEST = new PythonVersion(3, 6);

    /** The newest Python the TCK knows; {@link #list()} lists every version from {@link #OLDEST} to this. */
    public static final PythonVersion NEWEST_KNOWN = new PythonVersion(3, 13);

    static final String UVLOOP_SUFFIX = "+uvloop";
    static final String EXECUTABLE_PREFIX = "python:";

    private static final Pattern CPYTHON_NAME = Pattern.compile("cpython-(\\d+)\\.(\\d+)(\\+uvloop)?");

    /** Targets handed out for the process's own environment, by name, so each resolves its interpreter once. */
    private static final Map<String, Target> TARGETS = new ConcurrentHashMap<>();

    private PythonTargets() {
    }

    /**
     * The target a name stands for: {@code cpython-3.12}, {@code cpython-3.11+uvloop},
     * {@code python:/path/to/python[+uvloop]}. Empty if the name is not a Python target name. A valid name whose
     * interpreter is missing still gives a target, one whose runs report {@code MISSING} with the reason.
     */
    public static Optional<Target> byName(String name) {
        if (name == null || !isPythonTargetName(name)) {
            return Optional.empty();
        }
        return Optional.of(TARGETS.computeIfAbsent(name,
                key -> byName(key, PythonInterpreters.fromEnvironment()).orElseThrow()));
    }

    /** Every known {@code cpython-3.X} and {@code cpython-3.X+uvloop} name, each available here or not, and why. */
    public static List<TargetAvailability> list() {
        return list(PythonInterpreters.fromEnvironment());
    }

    /** True if {@code name} has the form of a Python target name (whether or not it is installed). */
    public static boolean isPythonTargetName(String name) {
        return CPYTHON_NAME.matcher(name).matches()
                || name.startsWith(EXECUTABLE_PREFIX) && !executablePart(name).isBlank();
    }

    static Optional<Target> byName(String name, PythonInterpreters interpreters) {
        Matcher cpython = CPYTHON_NAME.matcher(name);
        if (cpython.matches()) {
            var version = new PythonVersion(Integer.parseInt(cpython.group(1)), Integer.parseInt(cpython.group(2)));
            return Optional.of(cpython(version, cpython.group(3) != null, interpreters));
        }
        if (name.startsWith(EXECUTABLE_PREFIX)) {
            String executable = executablePart(name);
            if (executable.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(PythonTarget.forExecutable(name, locate(executable, interpreters),
                    name.endsWith(UVLOOP_SUFFIX)));
        }
        return Optional.empty();
    }

    static List<TargetAvailability> list(PythonInterpreters interpreters) {
        Set<PythonVersion> versions = new TreeSet<>();
        for (int minor = OLDEST.minor(); minor <= NEWEST_KNOWN.minor(); minor++) {
            versions.add(new PythonVersion(3, minor));
        }
        interpreters.claimedVersions().stream().filter(version -> version.compareTo(OLDEST) >= 0)
                .forEach(versions::add);
        List<PythonTarget> targets = new ArrayList<>();
        for (PythonVersion version : versions) {
            var plain = cpython(version, false, interpreters);
            if (!WasmTargets.isWasmTargetName(plain.name())) {  // cpython-3.14 and 3.15 are WebAssembly builds
                targets.add(plain);
            }
            targets.add(cpython(version, true, interpreters));
        }
        // Probing interpreters is the slow part; different targets probe in parallel.
        return targets.parallelStream()
                .map(target -> {
                    Optional<String> reason = target.unavailableReason();
                    return new TargetAvailability(target.name(), reason.isEmpty(),
                            reason.orElseGet(target::describeInterpreter));
                })
                .toList();
    }

    private static PythonTarget cpython(PythonVersion version, boolean uvloop, PythonInterpreters interpreters) {
        String name = "cpython-" + version + (uvloop ? UVLOOP_SUFFIX : "");
        if (version.compareTo(OLDEST) < 0) {
            String reason = name + " is older than " + OLDEST + ", the oldest version the TCK runs on";
            return new PythonTarget(name, uvloop, version, () -> new Unavailable(reason));
        }
        return new PythonTarget(name, uvloop, version, () -> interpreters.resolve(version, uvloop));
    }

    private static String executablePart(String name) {
        String rest = name.substring(EXECUTABLE_PREFIX.length());
        return rest.endsWith(UVLOOP_SUFFIX) ? rest.substring(0, rest.length() - UVLOOP_SUFFIX.length()) : rest;
    }

    /** A path as given (made absolute), or a bare command name found on {@code PATH}. */
    private static Path locate(String executable, PythonInterpreters interpreters) {
        if (!executable.contains("/")) {
            for (Path dir : interpreters.pathDirs()) {
                if (PythonInterpreters.isShimFolder(dir)) {
                    continue;
                }
                Path candidate = dir.resolve(executable);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return Path.of(executable).toAbsolutePath().normalize();
    }
}
