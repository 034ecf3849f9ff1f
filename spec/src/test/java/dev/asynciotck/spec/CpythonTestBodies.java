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
