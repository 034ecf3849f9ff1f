package dev.asynciotck.harness.python;

import dev.asynciotck.spi.PythonVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds CPython interpreters on this machine: pyenv's installed versions ({@code $PYENV_ROOT} or
 * {@code ~/.pyenv}, {@code versions/X.Y.Z/bin/python}, without going through pyenv's shims) first, newest
 * patch release first, then {@code python3.X} on {@code PATH} in {@code PATH} order. PyPy the same way: pyenv's
 * {@code versions/pypy3.X-V/bin/pypy3}, then {@code pypy3.X}, {@code pypy3} and {@code pypy} on {@code PATH}
 * (Debian's {@code pypy3} package installs {@code /usr/bin/pypy3}). Every candidate is probed
 * ({@link InterpreterProbe}) before it is used, so an implementation and a version are what the interpreter
 * says they are.
 *
 * @param pyenvRoot pyenv's root folder (it need not exist)
 * @param pathDirs  the folders of {@code PATH}, in order
 */
record PythonInterpreters(Path pyenvRoot, List<Path> pathDirs) {

    /** pyenv folder names of CPython releases: {@code 3.12.1}, {@code 3.13.0rc2}; not {@code 3.13.0t}. */
    private static final Pattern PYENV_RELEASE = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?((?:a|b|rc)\\d+)?");

    /** Interpreter names looked for on PATH. */
    private static final Pattern PATH_NAME = Pattern.compile("python(\\d+)\\.(\\d+)");

    /** pyenv folder names of PyPy releases: {@code pypy3.9-7.3.11}. */
    private static final Pattern PYENV_PYPY = Pattern.compile("pypy(\\d+)\\.(\\d+)-[^/]+");

    /** PyPy names on PATH that carry a version, {@code pypy3.9}. */
    private static final Pattern PATH_PYPY_NAME = Pattern.compile("pypy(\\d+)\\.(\\d+)");

    /** PyPy names on PATH without a full version, probed to learn it. */
    private static final List<String> PATH_PYPY_PLAIN = List.of("pypy3", "pypy");

    /** {@code sys.implementation.name} of the implementations targets are named after. */
    static final String CPYTHON = "cpython";
    static final String PYPY = "pypy";

    PythonInterpreters {
        pathDirs = List.copyOf(pathDirs);
    }

    /** The interpreters of this process's environment. */
    static PythonInterpreters fromEnvironment() {
        String root = System.getenv("PYENV_ROOT");
        Path pyenvRoot = root != null && !root.isBlank() ? Path.of(root)
                : Path.of(System.getProperty("user.home"), ".pyenv");
        String path = System.getenv("PATH");
        List<Path> dirs = new ArrayList<>();
        if (path != null) {
            for (String entry : path.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    dirs.add(Path.of(entry));
                }
            }
        }
        return new PythonInterpreters(pyenvRoot, dirs);
    }

    /** What resolving a version found: an interpreter, or why none fits. */
    sealed interface Resolution permits Found, Unavailable {
    }

    /** The interpreter a target runs on. */
    record Found(InterpreterProbe.Info interpreter) implements Resolution {
    }

    /** No interpreter fits; {@code reason} says why, for reports. */
    record Unavailable(String reason) implements Resolution {
    }

    /** Where interpreters are looked for, for messages: {@code ~/.pyenv/versions, PATH}. */
    String lookedIn() {
        return pyenvRoot.resolve("versions") + ", PATH";
    }

    /**
     * The first candidate for {@code version} that is CPython of that version and, if {@code uvloop}, imports
     * uvloop.
     */
    Resolution resolve(PythonVersion version, boolean uvloop) {
        return resolve(CPYTHON, version, candidates(version), uvloop ? PythonVariant.UVLOOP : PythonVariant.PLAIN);
    }

    /**
     * The first candidate for {@code version} that is CPython of that version and on which the variant's loop
     * factory, if any, works (uvloop imports; the module of a {@code +loop=} imports and has the callable).
     */
    Resolution resolve(PythonVersion version, PythonVariant variant) {
        return resolve(CPYTHON, version, candidates(version), variant);
    }

    /** The first PyPy candidate whose Python version is {@code version}. */
    Resolution resolvePyPy(PythonVersion version) {
        return resolve(PYPY, version, pypyCandidates(version), PythonVariant.PLAIN);
    }

    private Resolution resolve(String implementation, PythonVersion version, List<Path> candidates,
                               PythonVariant variant) {
        boolean uvloop = variant.equals(PythonVariant.UVLOOP);
        if (candidates.isEmpty()) {
            return new Unavailable("not installed (looked in " + lookedIn() + ")");
        }
        List<String> rejections = new ArrayList<>();
        for (Path candidate : candidates) {
            switch (InterpreterProbe.probe(candidate)) {
                case InterpreterProbe.Failure failure -> rejections.add(failure.reason());
                case InterpreterProbe.Info info when !info.implementation().equals(implementation) ->
                        rejections.add(info.describe() + " is not " + (implementation.equals(PYPY) ? "PyPy" : "CPython"));
                case InterpreterProbe.Info info when !info.version().equals(version) ->
                        rejections.add(info.describe() + " is not " + version);
                case InterpreterProbe.Info info when uvloop && !info.hasUvloop() ->
                        rejections.add("uvloop does not import on " + info.describe() + ": " + info.uvloopProblem());
                case InterpreterProbe.Info info -> {
                    var loopProblem = uvloop ? Optional.<String>empty()
                            : variant.loopFactory().flatMap(factory -> LoopProbe.problem(info, factory));
                    if (loopProblem.isEmpty()) {
                        return new Found(info);
                    }
                    rejections.add(loopProblem.get());
                }
            }
        }
        return new Unavailable(String.join("; ", rejections));
    }

    /** The executables that may be CPython {@code version}, in order of preference, without duplicates. */
    List<Path> candidates(PythonVersion version) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> result = new ArrayList<>();
        for (Path candidate : pyenvCandidates(version)) {
            addIfNew(candidate, seen, result);
        }
        String wanted = "python" + version;
        for (Path dir : pathDirs) {
            if (isShimFolder(dir)) {
                continue;
            }
            Path candidate = dir.resolve(wanted);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                addIfNew(candidate, seen, result);
            }
        }
        return result;
    }

    /**
     * The executables that may be PyPy implementing Python {@code version}, in order of preference: pyenv's, then
     * {@code pypy3.X} on PATH, then the unversioned names on PATH (their probe tells the version).
     */
    List<Path> pypyCandidates(PythonVersion version) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> result = new ArrayList<>();
        for (Path folder : pyenvPyPyFolders()) {
            Matcher m = PYENV_PYPY.matcher(folder.getFileName().toString());
            if (m.matches() && new PythonVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).equals(version)) {
                for (String name : List.of("pypy3", "pypy", "python")) {
                    Path candidate = folder.resolve("bin").resolve(name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        addIfNew(candidate, seen, result);
                        break;
                    }
                }
            }
        }
        for (String name : Stream.concat(Stream.of("pypy" + version),
                PATH_PYPY_PLAIN.stream()).toList()) {
            for (Path dir : pathDirs) {
                if (isShimFolder(dir)) {
                    continue;
                }
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    addIfNew(candidate, seen, result);
                }
            }
        }
        return result;
    }

    /**
     * The Python versions PyPy implements here: claimed by pyenv folder names and {@code pypy3.X} on PATH, and
     * those the unversioned {@code pypy3}/{@code pypy} on PATH report when probed.
     */
    Set<PythonVersion> pypyVersions() {
        Set<PythonVersion> versions = new TreeSet<>();
        for (Path folder : pyenvPyPyFolders()) {
            Matcher m = PYENV_PYPY.matcher(folder.getFileName().toString());
            if (m.matches()) {
                versions.add(new PythonVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
        }
        for (Path dir : pathDirs) {
            if (isShimFolder(dir)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                entries.map(entry -> PATH_PYPY_NAME.matcher(entry.getFileName().toString()))
                        .filter(Matcher::matches)
                        .forEach(m -> versions.add(new PythonVersion(Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2)))));
            } catch (IOException | RuntimeException unreadable) {
                // A PATH entry that is not a readable folder has no interpreters.
            }
            for (String name : PATH_PYPY_PLAIN) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)
                        && InterpreterProbe.probe(candidate) instanceof InterpreterProbe.Info info
                        && info.implementation().equals(PYPY)) {
                    versions.add(info.version());
                }
            }
        }
        return versions;
    }

    private List<Path> pyenvPyPyFolders() {
        Path versions = pyenvRoot.resolve("versions");
        if (!Files.isDirectory(versions)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(versions)) {
            return folders.filter(f -> PYENV_PYPY.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    /** Feature versions that some pyenv folder or PATH entry claims by its name (not yet probed). */
    Set<PythonVersion> claimedVersions() {
        Set<PythonVersion> versions = new TreeSet<>();
        pyenvReleases().forEach(release -> versions.add(release.version()));
        for (Path dir : pathDirs) {
            if (isShimFolder(dir)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                entries.map(entry -> PATH_NAME.matcher(entry.getFileName().toString()))
                        .filter(Matcher::matches)
                        .forEach(m -> versions.add(new PythonVersion(Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2)))));
            } catch (IOException | RuntimeException unreadable) {
                // A PATH entry that is not a readable folder has no interpreters.
            }
        }
        return versions;
    }

    private List<Path> pyenvCandidates(PythonVersion version) {
        return pyenvReleases().stream()
                .filter(release -> release.version().equals(version))
                .sorted(Comparator.comparing(PyenvRelease::patch).reversed()
                        .thenComparing(release -> release.preRelease() ? 1 : 0))
                .map(PyenvRelease::executable)
                .filter(executable -> Files.isRegularFile(executable) && Files.isExecutable(executable))
                .toList();
    }

    private List<PyenvRelease> pyenvReleases() {
        Path versions = pyenvRoot.resolve("versions");
        if (!Files.isDirectory(versions)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(versions)) {
            return folders.map(PyenvRelease::of).flatMap(Optional::stream).toList();
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    /** pyenv's shims are scripts that pick a version themselves; the real executables are used instead. */
    static boolean isShimFolder(Path dir) {
        return dir.getFileName() != null && dir.getFileName().toString().equals("shims");
    }

    private static void addIfNew(Path candidate, Set<Path> seen, List<Path> result) {
        Path identity;
        try {
            identity = candidate.toRealPath();
        } catch (IOException e) {
            identity = candidate.toAbsolutePath().normalize();
        }
        if (seen.add(identity)) {
            result.add(candidate);
        }
    }

    /** One {@code versions/X.Y.Z} folder of pyenv. */
    private record PyenvRelease(Path executable, PythonVersion version, int patch, boolean preRelease) {

        static Optional<PyenvRelease> of(Path folder) {
            Matcher matcher = PYENV_RELEASE.matcher(folder.getFileName().toString());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            var version = new PythonVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            int patch = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            Path bin = folder.resolve("bin");
            Path executable = Files.exists(bin.resolve("python")) ? bin.resolve("python") : bin.resolve("python3");
            return Optional.of(new PyenvRelease(executable, version, patch,
                    matcher.group(4) != null));
        }
    }
}
