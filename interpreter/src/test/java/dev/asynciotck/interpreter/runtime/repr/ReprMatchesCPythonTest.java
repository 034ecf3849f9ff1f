package dev.asynciotck.interpreter.runtime.repr;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one implementation of Python's repr rules against CPython: floats (shortest round-tripping digits, fixed
 * or exponent notation, signed zero, nan, inf) and string escapes (quote choice, control characters, characters
 * Python does not print). The expected column was printed by CPython 3.6, 3.9, 3.12 and 3.13 alike; the second
 * test asks the CPython installed here again, so the table cannot drift from the truth.
 */
class ReprMatchesCPythonTest {

    /** A float given exactly (Java's hexadecimal literal), and its repr. */
    private record FloatCase(double value, String hex, String repr) {
    }

    /** A str, its text in Python's unicode_escape spelling, and its repr. */
    private record StringCase(String value, String escaped, String repr) {
    }

    private static final List<FloatCase> FLOATS = List.of(
            new FloatCase(0x1.0000000000000p+0, "0x1.0000000000000p+0", "1.0"),
            new FloatCase(0x1.1c37937e08000p+53, "0x1.1c37937e08000p+53", "1e+16"),
            new FloatCase(0x1.999999999999ap-4, "0x1.999999999999ap-4", "0.1"),
            new FloatCase(Double.NaN, "nan", "nan"),
            new FloatCase(Double.POSITIVE_INFINITY, "inf", "inf"),
            new FloatCase(-0.0, "-0x0.0p+0", "-0.0"),
            new FloatCase(Double.NEGATIVE_INFINITY, "-inf", "-inf"),
            new FloatCase(0.0, "0x0.0p+0", "0.0"),
            new FloatCase(0x1.c6bf526340000p+49, "0x1.c6bf526340000p+49", "1000000000000000.0"),
            new FloatCase(0x1.4f8b588e368f1p-17, "0x1.4f8b588e368f1p-17", "1e-05"),
            new FloatCase(0x1.a36e2eb1c432dp-14, "0x1.a36e2eb1c432dp-14", "0.0001"),
            new FloatCase(0x1.3333333333334p-2, "0x1.3333333333334p-2", "0.30000000000000004"),
            new FloatCase(0x1.d6f34547df3b6p+26, "0x1.d6f34547df3b6p+26", "123456789.123"),
            new FloatCase(0x1.5555555555555p-2, "0x1.5555555555555p-2", "0.3333333333333333"),
            new FloatCase(0x1.ac9a7b3b7302fp-996, "0x1.ac9a7b3b7302fp-996", "2.5e-300"),
            new FloatCase(0x1.fffffffffffffp+1023, "0x1.fffffffffffffp+1023", "1.7976931348623157e+308"),
            new FloatCase(0x0.0000000000001p-1022, "0x0.0000000000001p-1022", "5e-324"),
            new FloatCase(-0x1.8000000000000p+0, "-0x1.8000000000000p+0", "-1.5"),
            new FloatCase(0x1.0f0cf064dd592p+73, "0x1.0f0cf064dd592p+73", "1e+22"),
            new FloatCase(0x1.0000000000000p+53, "0x1.0000000000000p+53", "9007199254740992.0"),
            new FloatCase(0x1.9000000000000p+6, "0x1.9000000000000p+6", "100.0"));

    private static final List<StringCase> STRINGS = List.of(
            new StringCase("it's", "it's", "\"it's\""),
            new StringCase("say \"hi\"", "say \"hi\"", "'say \"hi\"'"),
            new StringCase("both ' and \"", "both ' and \"", "'both \\' and \"'"),
            new StringCase("tab\011new\012ret\015back\\", "tab\\tnew\\nret\\rback\\\\", "'tab\\tnew\\nret\\rback\\\\'"),
            new StringCase("\000\037\u007f", "\\x00\\x1f\\x7f", "'\\x00\\x1f\\x7f'"),
            new StringCase("\u0080\u009f\u00a0\u00ad", "\\x80\\x9f\\xa0\\xad", "'\\x80\\x9f\\xa0\\xad'"),
            new StringCase("caf\u00e9", "caf\\xe9", "'caf\u00e9'"),
            new StringCase("\u2028\u2029", "\\u2028\\u2029", "'\\u2028\\u2029'"),
            new StringCase("\ufeff\u200b", "\\ufeff\\u200b", "'\\ufeff\\u200b'"),
            new StringCase("\ue000", "\\ue000", "'\\ue000'"),
            new StringCase("\ud83d\ude00", "\\U0001f600", "'\ud83d\ude00'"),
            new StringCase("e\u0301", "e\\u0301", "'e\u0301'"),
            new StringCase("\u0378", "\\u0378", "'\\u0378'"),
            new StringCase("\ud7ff", "\\ud7ff", "'\\ud7ff'"),
            new StringCase("", "", "''"));

    @Test
    void floatsAndStringsShowAsCPythonShowsThem() {
        for (FloatCase c : FLOATS) {
            assertThat(Repr.repr(c.value())).as(c.hex()).isEqualTo(c.repr());
        }
        for (StringCase c : STRINGS) {
            assertThat(Repr.repr(c.value())).as(c.escaped()).isEqualTo(c.repr());
        }
    }

    @Test
    void theInstalledCPythonPrintsTheSameTable() throws IOException, InterruptedException {
        Optional<Path> python = cpython();
        assumeTrue(python.isPresent(), "no CPython under ~/.pyenv/versions or on PATH to ask");
        StringBuilder program = new StringBuilder();
        for (FloatCase c : FLOATS) {
            program.append("print(repr(float.fromhex('").append(c.hex()).append("')))\n");
        }
        for (StringCase c : STRINGS) {
            // The text travels as the hex of its unicode_escape spelling, which no quoting can disturb.
            program.append("print(ascii(repr(bytes.fromhex('").append(HexFormat.of().formatHex(
                    c.escaped().getBytes(StandardCharsets.US_ASCII))).append("').decode('unicode_escape'))))\n");
        }
        Process process = new ProcessBuilder(python.get().toString(), "-I", "-c", program.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(process.waitFor()).as(String.join("\n", lines)).isZero();
        List<String> expected = new ArrayList<>();
        FLOATS.forEach(c -> expected.add(c.repr()));
        // ascii() of the repr keeps the comparison independent of the console's encoding.
        STRINGS.forEach(c -> expected.add(Repr.ascii(Repr.repr(c.repr()))));
        assertThat(lines).containsExactlyElementsOf(expected);
    }

    private static Optional<Path> cpython() throws IOException {
        Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> found = Files.list(versions)) {
                Optional<Path> newest = found.filter(v -> v.getFileName().toString().startsWith("3."))
                        .map(v -> v.resolve("bin").resolve("python")).filter(Files::isExecutable)
                        .max(Comparator.comparing(p -> p.getParent().getParent().getFileName().toString()));
                if (newest.isPresent()) {
                    return newest;
                }
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "python3")).filter(Files::isExecutable).findFirst();
    }
}
