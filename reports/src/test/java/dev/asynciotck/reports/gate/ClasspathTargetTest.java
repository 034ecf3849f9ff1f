package dev.asynciotck.reports.gate;

import dev.asynciotck.spi.AsyncioProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --classpath}: an implementation outside the TCK's class path becomes a target through ServiceLoader. */
class ClasspathTargetTest {

    @TempDir
    Path dir;

    @Test
    void aProviderInAnExtraClassFolderIsATarget() throws Exception {
        Path classes = compileProvider();
        TckRun run = TckRun.run(dir.resolve("reports"), "--classpath", classes.toString(), "--target", "classpath-loop");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.verdict("classpath-loop", BrokenProvidersTest.FIFO)).isEqualTo("pass");
    }

    @Test
    void withoutTheClasspathTheProviderIsMissing() {
        TckRun run = TckRun.run(dir.resolve("reports"), "--target", "classpath-loop");
        assertThat(run.exitCode()).isEqualTo(3);
    }

    @Test
    void aClasspathEntryThatDoesNotExistIsAUsageError() {
        TckRun run = TckRun.run(dir.resolve("reports"), "--classpath", dir.resolve("nope.jar").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.jar");
    }

    /** A provider named classpath-loop that delegates to the reference, compiled into its own folder. */
    private Path compileProvider() throws IOException {
        Path source = dir.resolve("src/cp/ClasspathLoop.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package cp;

                import dev.asynciotck.spi.Asyncio;
                import dev.asynciotck.spi.AsyncioProvider;
                import dev.asynciotck.spi.PythonVersion;
                import dev.asynciotck.spi.RuntimeOptions;
                import java.util.ServiceLoader;

                public final class ClasspathLoop implements AsyncioProvider {
                    private static AsyncioProvider reference() {
                        return ServiceLoader.load(AsyncioProvider.class, ClasspathLoop.class.getClassLoader()).stream()
                                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("reference"))
                                .findFirst().orElseThrow();
                    }
                    public String name() { return "classpath-loop"; }
                    public PythonVersion asyncioVersion() { return reference().asyncioVersion(); }
                    public java.util.Set<String> capabilities() { return reference().capabilities(); }
                    public Asyncio open(RuntimeOptions options) { return reference().open(options); }
                }
                """);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(classes.resolve("META-INF/services/" + AsyncioProvider.class.getName()), "cp.ClasspathLoop\n");
        String spi = Path.of(AsyncioProvider.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), "-classpath", spi, source.toString());
        assertThat(status).as("javac").isZero();
        return classes;
    }
}
