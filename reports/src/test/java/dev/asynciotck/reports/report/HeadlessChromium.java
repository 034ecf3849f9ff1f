package dev.asynciotck.reports.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium for the browser tests: each call a fresh profile, networking left off, a time limit.
 * Its path can be overridden with {@code -Dtck.chromium=PATH}.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of(System.getProperty("tck.chromium", "/usr/bin/chromium"));
    static final long BROWSER_SECONDS = 120;

    private HeadlessChromium() {
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    /** The DOM Chromium rendered for {@code page}. */
    static String dom(Path profile, Path page) throws IOException, InterruptedException {
        return run(profile, "--dump-dom", page.toUri().toString());
    }

    /** A screenshot of {@code page} (a URL, fragment allowed) at {@code width}×{@code height} into {@code png}. */
    static void screenshot(Path profile, String page, Path png, int width, int height)
            throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run(profile, "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars", page);
    }

    /** Runs Chromium with a fresh profile; what it printed on standard output. */
    static String run(Path profile, String... args) throws IOException, InterruptedException {
        Path userData = Files.createTempDirectory(profile, "chromium-");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + userData));
        command.addAll(List.of(args));
        Path stderr = profile.resolve(userData.getFileName() + ".stderr");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        process.getOutputStream().close();
        byte[][] result = new byte[1][];
        try (InputStream in = process.getInputStream()) {
            Thread reader = Thread.ofVirtual().start(() -> {
                try {
                    result[0] = in.readAllBytes();
                } catch (IOException e) {
                    result[0] = new byte[0];
                }
            });
            if (!process.waitFor(BROWSER_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish within " + BROWSER_SECONDS + " s");
            }
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertThat(process.exitValue()).as("chromium %s exit code; stderr:%n%s", String.join(" ", command),
                Files.readString(stderr, StandardCharsets.UTF_8)).isZero();
        return new String(result[0] == null ? new byte[0] : result[0], StandardCharsets.UTF_8);
    }
}
