package dev.asynciotck.reports.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Records what each reliability check observed — category, input, exit code, what the user saw — as lines of
 * {@code target/reliability/observed.tsv}, from which docs/reliability.md's catalogue is written.
 */
final class Catalogue {

    private static final Path FILE = Path.of("target", "reliability", "observed.tsv");

    private Catalogue() {
    }

    static synchronized void record(String category, String input, int exitCode, String seen) {
        try {
            Files.createDirectories(FILE.getParent());
            String line = String.join("\t", category, clean(input), Integer.toString(exitCode), clean(seen)) + "\n";
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records a run: its first error line is what the user sees. */
    static void record(String category, String input, TckProcess.Result result) {
        record(category, input, result.exitCode(), result.errorLines().isEmpty() ? lastLine(result.out())
                : result.errorLines().getFirst());
    }

    private static String lastLine(String text) {
        return text.lines().filter(line -> !line.isBlank()).reduce((a, b) -> b).orElse("");
    }

    /** One line, with each test's own temporary folder shown as {@code {dir}}. */
    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replaceAll("/tmp/junit-?\\d+", "{dir}");
    }
}
