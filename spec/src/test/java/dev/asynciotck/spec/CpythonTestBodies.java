package dev.asynciotck.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The test bodies of CPython's own asyncio test files, as the trace names them: {@code Scope::test_name}, where
 * the scope is the class (or helper function) whose body defines the test directly, at any indentation (some
 * classes are defined under {@code if sys.platform == ...}); a function named {@code test...} inside a test body is
 * part of that body. Read from the sources of the installed CPythons
 * ({@code lib/python3.X/test/test_asyncio/}), one line at a time: CPython's tests are plain four-space Python.
 */
final class CpythonTestBodies {

    private static final Pattern SCOPE = Pattern.compile("^(\\s*)(?:class|(?:async\\s+)?def)\\s+(\\w+)");
    private static final Pattern TEST = Pattern.compile("^(\\s*)(?:async\\s+)?def\\s+(test\\w*)\\s*\\(");

    private CpythonTestBodies() {
    }

    /** The {@code test_asyncio} folders of the CPythons installed under pyenv's root, by version ({@code 3.13}). */
    static Map<String, Path> installed() {
        String root = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        Map<String, Path> folders = new TreeMap<>();
        Path versions = Path.of(root, "versions");
        if (!Files.isDirectory(versions)) {
            return folders;
        }
        try (Stream<Path> installs = Files.list(versions)) {
            for (Path install : installs.toList()) {
                try (Stream<Path> libs = Files.list(install.resolve("lib"))) {
                    libs.map(lib -> lib.resolve("test").resolve("test_asyncio")).filter(Files::isDirectory)
                            .forEach(dir -> folders.put(dir.getParent().getParent().getFileName().toString()
                                    .replace("python", ""), dir));
                } catch (IOException noLib) {
                    // not a CPython install (a virtualenv, PyPy): nothing to read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folders;
    }

    /**
     * The recorded test bodies of CPython versions not installed here ({@code features/trace/bodies/3.X.txt}), by
     * version: for each test file name ({@code test_tasks}) its bodies. Each list is written by
     * {@link #record(String, Path, Path, String)} from a CPython source tree with the same scanner as the installed
     * versions (scripts/cpython-test-bodies.sh), so both are read alike.
     */
    static Map<String, Map<String, Set<String>>> recorded(Path bodiesDir) {
        Map<String, Map<String, Set<String>>> versions = new TreeMap<>();
        if (!Files.isDirectory(bodiesDir)) {
            return versions;
        }
        try (Stream<Path> lists = Files.list(bodiesDir)) {
            for (Path list : lists.filter(p -> p.getFileName().toString().matches("3\\.\\d+\\.txt")).sorted().toList()) {
                String version = list.getFileName().toString().replaceFirst("\\.txt$", "");
                Map<String, Set<String>> byFile = new TreeMap<>();
                List<String> lines = Files.readAllLines(list);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("::", 2);
                    if (parts.length != 2 || !parts[0].startsWith("test_") || !parts[1].contains("::")) {
                        throw new IllegalArgumentException(list + ":" + (i + 1)
                                + ": expected test_file::Scope::test_name, found '" + line + "'");
                    }
                    byFile.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[1]);
                }
                versions.put(version, byFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    /**
     * Writes the list of test bodies of every {@code test_*.py} in a CPython {@code test_asyncio} folder: one
     * {@code test_file::Scope::test_name} a line, sorted, under a header naming where the sources came from.
     */
    static void record(String version, Path testAsyncio, Path bodiesDir, String source) {
        StringBuilder out = new StringBuilder()
                .append("# The test bodies of CPython ").append(version).append("'s Lib/test/test_asyncio, one a line as ")
                .append("test_file::Scope::test_name.\n")
                .append("# Source: ").append(source).append('\n')
                .append("# Written by scripts/cpython-test-bodies.sh (CpythonTraceTest with -Dtrace.bodies.version); ")
                .append("do not edit by hand.\n");
        try (Stream<Path> files = Files.list(testAsyncio)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("test_\\w+\\.py")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.py$", "");
                of(file).forEach(body -> out.append(name).append("::").append(body).append('\n'));
            }
            Files.createDirectories(bodiesDir);
            Files.writeString(bodiesDir.resolve(version + ".txt"), out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(testAsyncio + ": " + e.getMessage(), e);
        }
    }

    /** The test bodies of one test file, as {@code Scope::test_name}. */
    static Set<String> of(Path testFile) {
        Set<String> bodies = new TreeSet<>();
        Deque<Scope> scopes = new ArrayDeque<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(testFile);
        } catch (IOException e) {
            throw new UncheckedIOException(testFile + ": " + e.getMessage(), e);
        }
        for (String line : lines) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            while (!scopes.isEmpty() && scopes.peek().indent() >= indent) {
                scopes.pop();
            }
            Matcher test = TEST.matcher(line);
            if (test.find() && !scopes.isEmpty() && !scopes.peek().name().startsWith("test")) {
                bodies.add(scopes.peek().name() + "::" + test.group(2));
            }
            Matcher scope = SCOPE.matcher(line);
            if (scope.find()) {
                scopes.push(new Scope(indent, scope.group(2)));
            }
        }
        return bodies;
    }

    private record Scope(int indent, String name) {
    }
}
