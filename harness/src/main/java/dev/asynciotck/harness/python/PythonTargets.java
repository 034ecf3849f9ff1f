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
 *   <li>{@code cpython-3.X+pure}: CPython 3.X with its C accelerator {@code _asyncio} made unimportable, so that
 *       asyncio runs its pure-Python {@code Task} and {@code Future} ({@link PythonVariant#PURE});</li>
 *   <li>{@code pypy-3.X}: PyPy implementing Python 3.X, found like CPython (see {@link PythonInterpreters});</li>
 *   <li>{@code cpython-3.X+loop=MODULE:CALLABLE}: the first CPython 3.X on which the module imports and has the
 *       callable, running programs on the loops it makes ({@link LoopFactory}; {@code +uvloop} is
 *       {@code +loop=uvloop:new_event_loop});</li>
 *   <li>{@code python:PATH}, {@code python:PATH+uvloop}, {@code python:PATH+pure} and
 *       {@code python:PATH+loop=MODULE:CALLABLE}: one interpreter given by path (a bare command name such as
 *       {@code pypy3} is looked up on {@code PATH}).</li>
 * </ul>
 * {@code cpython-3.14} and {@code cpython-3.15} are not native interpreters but WebAssembly builds
 * ({@link WasmTargets}), which {@code Targets} asks first; {@link #list()} leaves them out.
 */
public final class PythonTargets {

    /** The oldest Python the harness supports. */
    public static final PythonVersion OLDEST = new PythonVersion(3, 6);

    /** The newest Python the TCK knows; {@link #list()} lists every version from {@link #OLDEST} to this. */
    public static final PythonVersion NEWEST_KNOWN = new PythonVersion(3, 13);

    static final String EXECUTABLE_PREFIX = "python:";

    private static final Pattern CPYTHON_NAME = Pattern.compile("cpython-(\\d+)\\.(\\d+)(\\+uvloop|\\+pure|\\+loop=.*)?");
    private static final Pattern PYPY_NAME = Pattern.compile("pypy-(\\d+)\\.(\\d+)");

    /** Targets handed out for the process's own environment, by name, so each resolves its interpreter once. */
    private static final Map<String, Target> TARGETS = new ConcurrentHashMap<>();

    private PythonTargets() {
    }

    /**
     * The target a name stands for: {@code cpython-3.12}, {@code cpython-3.11+uvloop}, {@code cpython-3.13+pure},
     * {@code pypy-3.9}, {@code python:/path/to/python[+uvloop|+pure]}. Empty if the name is not a Python target
     * name. A valid name whose
     * interpreter is missing still gives a target, one whose runs report {@code MISSING} with the reason.
     */
    public static Optional<Target> byName(String name) {
        if (name == null || !isPythonTargetName(name)) {
            return Optional.empty();
        }
        return Optional.of(TARGETS.computeIfAbsent(name,
                key -> byName(key, PythonInterpreters.fromEnvironment()).orElseThrow()));
    }

    /**
     * Every known {@code cpython-3.X}, {@code cpython-3.X+uvloop} and {@code cpython-3.X+pure} name, and a
     * {@code pypy-3.X} name for each PyPy found here, each available here or not, and why.
     */
    public static List<TargetAvailability> list() {
        return list(PythonInterpreters.fromEnvironment());
    }

    /** True if {@code name} has the form of a Python target name (whether or not it is installed). */
    public static boolean isPythonTargetName(String name) {
        return CPYTHON_NAME.matcher(name).matches() || PYPY_NAME.matcher(name).matches()
                || name.startsWith(EXECUTABLE_PREFIX) && !executablePart(name).isBlank();
    }

    /** The version a {@code cpython-3.X[+uvloop]} name implies; empty for any other name ({@code python:PATH}). */
    public static Optional<PythonVersion> impliedVersion(String name) {
        Matcher cpython = CPYTHON_NAME.matcher(name);
        return cpython.matches() ? Optional.of(new PythonVersion(Integer.parseInt(cpython.group(1)),
                Integer.parseInt(cpython.group(2)))) : Optional.empty();
    }

    static Optional<Target> byName(String name, PythonInterpreters interpreters) {
        Matcher cpython = CPYTHON_NAME.matcher(name);
        if (cpython.matches()) {
            var version = new PythonVersion(Integer.parseInt(cpython.group(1)), Integer.parseInt(cpython.group(2)));
            return Optional.of(cpython(version, PythonVariant.ofName(name), interpreters));
        }
        Matcher pypy = PYPY_NAME.matcher(name);
        if (pypy.matches()) {
            var version = new PythonVersion(Integer.parseInt(pypy.group(1)), Integer.parseInt(pypy.group(2)));
            return Optional.of(pypy(version, interpreters));
        }
        if (name.startsWith(EXECUTABLE_PREFIX)) {
            String executable = executablePart(name);
            if (executable.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(PythonTarget.forExecutable(name, locate(executable, interpreters),
                    PythonVariant.ofName(name)));
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
            for (PythonVariant variant : PythonVariant.standard()) {
                var target = cpython(version, variant, interpreters);
                // cpython-3.14 and 3.15 are WebAssembly builds; their +uvloop and +pure names stay native
                if (!WasmTargets.isWasmTargetName(target.name())) {
                    targets.add(target);
                }
            }
        }
        interpreters.pypyVersions().stream().filter(version -> version.compareTo(OLDEST) >= 0)
                .forEach(version -> targets.add(pypy(version, interpreters)));
        // Probing interpreters is the slow part; different targets probe in parallel.
        return targets.parallelStream()
                .map(target -> {
                    Optional<String> reason = target.unavailableReason();
                    return new TargetAvailability(target.name(), reason.isEmpty(),
                            reason.orElseGet(target::describeInterpreter));
                })
                .toList();
    }

    private static PythonTarget cpython(PythonVersion version, PythonVariant variant, PythonInterpreters interpreters) {
        String name = "cpython-" + version + variant.suffix();
        if (version.compareTo(OLDEST) < 0) {
            String reason = name + " is older than " + OLDEST + ", the oldest version the TCK runs on";
            return new PythonTarget(name, variant, version, () -> new Unavailable(reason));
        }
        if (variant.problem().isPresent()) {
            return new PythonTarget(name, variant, version, () -> new Unavailable(variant.problem().get()));
        }
        return new PythonTarget(name, variant, version, () -> interpreters.resolve(version, variant));
    }

    private static PythonTarget pypy(PythonVersion version, PythonInterpreters interpreters) {
        String name = "pypy-" + version;
        if (version.compareTo(OLDEST) < 0) {
            String reason = name + " is older than " + OLDEST + ", the oldest version the TCK runs on";
            return new PythonTarget(name, PythonVariant.PLAIN, version, () -> new Unavailable(reason));
        }
        return new PythonTarget(name, PythonVariant.PLAIN, version, () -> interpreters.resolvePyPy(version));
    }

    private static String executablePart(String name) {
        String rest = name.substring(EXECUTABLE_PREFIX.length());
        return PythonVariant.ofName(rest).strip(rest);
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
