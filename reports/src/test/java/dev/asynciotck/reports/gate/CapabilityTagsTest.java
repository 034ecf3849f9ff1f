package dev.asynciotck.reports.gate;

import dev.asynciotck.spi.AsyncioProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @needs-<capability>}: a scenario of an optional rule is not applicable to a provider that does not
 * declare the capability, and runs on one that does.
 */
class CapabilityTagsTest {

    private static final Path THREADSAFE = Path.of("..", "features", "spec", "loop", "threadsafe-callbacks.feature")
            .toAbsolutePath();
    private static final String SAME_THREAD = "Threadsafe callbacks share the ready queue with call_soon and can be cancelled";
    private static final String OTHER_THREAD = "A worker thread completes the future that a coroutine awaits";

    @TempDir
    Path dir;

    @Test
    void aScenarioNeedingACapabilityIsNotApplicableWithoutIt() throws Exception {
        Path classes = compileProviderWithoutCapabilities();
        TckRun run = TckRun.run(dir.resolve("reports"), "--classpath", classes.toString(),
                "--features", THREADSAFE.toString(), "--target", "no-capabilities", "--target", "reference");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.verdict("no-capabilities", SAME_THREAD)).isEqualTo("pass");
        assertThat(run.verdict("no-capabilities", OTHER_THREAD)).isEqualTo("not-applicable");
        assertThat(run.verdict("reference", OTHER_THREAD)).isEqualTo("pass");
        assertThat(run.cell("no-capabilities", OTHER_THREAD).path("missingCapability").asText())
                .as("matrix.json names the capability the target lacks").isEqualTo("threadsafe-callbacks");
        assertThat(run.cell("no-capabilities", SAME_THREAD).has("missingCapability")).isFalse();
        assertThat(run.cell("reference", OTHER_THREAD).has("missingCapability")).isFalse();
    }

    @Test
    void theReasonNamesTheCapabilityAndReadsBack() {
        String reason = dev.asynciotck.spec.CapabilityTags.notApplicableReason("cpython-3.14", "threads");
        assertThat(reason).isEqualTo("not applicable to cpython-3.14, which does not declare the optional capability threads");
        assertThat(dev.asynciotck.spec.CapabilityTags.lacking(reason)).contains("threads");
        assertThat(dev.asynciotck.spec.CapabilityTags.lacking("not applicable to 3.12 (scenario covers versions before 3.9)"))
                .isEmpty();
    }

    /** A provider named no-capabilities that delegates to the reference but declares no capability. */
    private Path compileProviderWithoutCapabilities() throws IOException {
        Path source = dir.resolve("src/cp/NoCapabilities.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package cp;

                import dev.asynciotck.spi.Asyncio;
                import dev.asynciotck.spi.AsyncioProvider;
                import dev.asynciotck.spi.PythonVersion;
                import dev.asynciotck.spi.RuntimeOptions;
                import java.util.ServiceLoader;

                public final class NoCapabilities implements AsyncioProvider {
                    private static AsyncioProvider reference() {
                        return ServiceLoader.load(AsyncioProvider.class, NoCapabilities.class.getClassLoader()).stream()
                                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("reference"))
                                .findFirst().orElseThrow();
                    }
                    public String name() { return "no-capabilities"; }
                    public PythonVersion asyncioVersion() { return reference().asyncioVersion(); }
                    public Asyncio open(RuntimeOptions options) { return reference().open(options); }
                }
                """);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(classes.resolve("META-INF/services/" + AsyncioProvider.class.getName()), "cp.NoCapabilities\n");
        String spi = Path.of(AsyncioProvider.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), "-classpath", spi, source.toString());
        assertThat(status).as("javac").isZero();
        return classes;
    }
}
