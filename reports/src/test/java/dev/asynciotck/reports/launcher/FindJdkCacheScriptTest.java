package dev.asynciotck.reports.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs scripts/tests/find-jdk-cache-test.sh, the launcher's JDK version cache against fake JDKs (a JDK replaced
 * in place, a symlink pointed elsewhere, a corrupt or unwritable cache), in the build. The AOT cache's test
 * (scripts/tests/aot-cache-test.sh) needs the packaged jars, which do not exist yet when this module's tests run.
 */
class FindJdkCacheScriptTest {

    @Test
    void theVersionCacheAnswersOnlyForTheSameFile() throws IOException, InterruptedException {
        Path script = Path.of("..", "scripts", "tests", "find-jdk-cache-test.sh").toAbsolutePath().normalize();
        Process process = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the script ended").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("all checks passed").doesNotContain("FAIL");
    }
}
