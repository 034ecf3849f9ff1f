package dev.asynciotck.harness.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.reference.strand.StrandMechanism;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Programs recurse as deep as on CPython, on the reference through the target the gate uses, on both of its
 * strands: synchronous recursion and {@code await} chains 900 deep run (also while two tasks are suspended 600
 * deep each), and recursion 5,000 or 100,000 deep raises a catchable {@code RecursionError}, after which the
 * program goes on. The expected output ({@code deep_recursion.out}) is CPython's, the same on 3.6 to 3.13.
 *
 * <p>The virtual-thread strand runs bodies on the JVM's carrier threads, whose stack is the JVM's default: the
 * build runs tests with {@code -Xss16m}, as the {@code tck} launcher runs the command.
 */
class RecursionDepthTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @ParameterizedTest(name = "on {0} strands")
    @EnumSource(StrandMechanism.class)
    void recursionAndAwaitChainsRunToCPythonsLimitAndRaiseRecursionErrorBeyondIt(StrandMechanism strand)
            throws IOException {
        RunResult result = runOn(strand, resource("deep_recursion.py"));
        assertThat(result.status()).as(result.detail() + result.stderr()).isEqualTo(RunResult.Status.COMPLETED);
        assertThat(result.stdout()).isEqualTo(resource("deep_recursion.out"));
    }

    @ParameterizedTest(name = "on {0} strands")
    @EnumSource(StrandMechanism.class)
    void unboundedRecursionEndsTheProgramWithRecursionError(StrandMechanism strand) {
        RunResult result = runOn(strand, """
                import asyncio


                async def forever(n):
                    return await forever(n + 1)


                def f():
                    return f()


                try:
                    f()
                except RecursionError:
                    print("caught")
                asyncio.run(forever(0))
                """);
        assertThat(result.stdout()).isEqualTo("caught\n");
        assertThat(result.status()).as(result.detail()).isEqualTo(RunResult.Status.RAISED);
        assertThat(result.exceptionName()).isEqualTo("RecursionError");
        assertThat(result.stderr()).endsWith("RecursionError: maximum recursion depth exceeded\n");
    }

    private static RunResult runOn(StrandMechanism strand, String program) {
        String before = System.getProperty(StrandMechanism.PROPERTY);
        System.setProperty(StrandMechanism.PROPERTY, strand.label());
        try {
            return new JavaProviderTarget(SpiTracerTest.reference()).run(program, "deep.py", TIMEOUT);
        } finally {
            if (before == null) {
                System.clearProperty(StrandMechanism.PROPERTY);
            } else {
                System.setProperty(StrandMechanism.PROPERTY, before);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RecursionDepthTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
