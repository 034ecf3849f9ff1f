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
 * patch release first, then {@code python3.X} on {@code PATH} in {@code PATH} order. Every candidate is probed
 * ({@link InterpreterProbe}) before it is used, so a version is what the interpreter says it is.
 *
 * @param pyenvRoot pyenv's root folder (it need not exist)
 * @param pathDirs  the folders of {@code PATH}, in order
 */
record PythonInterpreters(Path pyenvRoot, List<Path> pathDirs) {

    /** pyenv folder names of CPython releases: {@code 3.12.1}, {@code 3.13.0rc2}; not {@code 3.13.0t}. */
    private static final Pattern PYENV_RELEASE = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?((?:a|b|rc)\\d+)?");

    /** Interpreter names looked for on PATH. */
    private static final Pattern PATH_NAME = Pattern.compile("python(\\d+)\\.(\\d+)");

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
        List<Path> candidates = candidates(version);
        if (candidates.isEmpty()) {
            return new Unavailable("not installed (looked in " + lookedIn() + ")");
        }
        List<String> rejections = new ArrayList<>();
        for (Path candidate : candidates) {
            switch (InterpreterProbe.probe(candidate)) {
                case InterpreterProbe.Failure failure -> rejections.add(failure.reason());
                case InterpreterProbe.Info info when !info.implementation().equals("cpython") ->
                        rejections.add(info.describe() + " is not CPython");
                case InterpreterProbe.Info info when !info.version().equals(version) ->
                        rejections.add(info.describe() + " is not " + version);
                case InterpreterProbe.Info info when uvloop && !info.hasUvloop() ->
                        rejections.add("uvloop does not import on " + info.describe() + ": " + info.uvloopProblem());
                case InterpreterProbe.Info info -> {
                    return new Found(info);
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
