package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.PythonHost;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole programs whose expected output was recorded from CPython 3.13 (the {@code .out} file next to each
 * {@code .py}; its last line is the outcome: {@code <completed>} or {@code <raised LAST-TRACEBACK-LINE>}).
 * Language programs run without a provider; asyncio programs run on the reference provider.
 */
class ProgramConformanceTest {

    static Stream<String> languagePrograms() throws IOException, URISyntaxException {
        return programs("language");
    }

    static Stream<String> asyncioPrograms() throws IOException, URISyntaxException {
        return programs("asyncio");
    }

    private static Stream<String> programs(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(ProgramConformanceTest.class.getResource(folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".py")).sorted().map(n -> folder + "/" + n).toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languagePrograms")
    void languageProgramPrintsWhatCPythonPrints(String program) throws IOException {
        check(program, LanguageOnlyAsyncio.of("3.13"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("asyncioPrograms")
    void asyncioProgramPrintsOnTheReferenceProviderWhatCPythonPrints(String program) throws IOException {
        assumeTrue(ReferenceProvider.find().isPresent(), "the reference provider is not on the class path");
        ByteArrayOutputStream providerErr = new ByteArrayOutputStream();
        PythonHost host = Interpreter.newHost();
        try (Asyncio asyncio = ReferenceProvider.open(new PrintStream(providerErr, true, StandardCharsets.UTF_8), host)) {
            check(program, asyncio, host);
        }
    }

    private static void check(String program, Asyncio asyncio) throws IOException {
        check(program, asyncio, Interpreter.newHost());
    }

    private static void check(String program, Asyncio asyncio, PythonHost host) throws IOException {
        String source = resource(program);
        String expected = resource(program.replace(".py", ".out"));
        Run run = Run.on(asyncio, host, source);
        String outcome = run.uncaught() == null ? "<completed>" : "<raised " + run.uncaught().lastTracebackLine() + ">";
        assertThat(run.stdout() + outcome + "\n").isEqualTo(expected);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ProgramConformanceTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
