package dev.asynciotck.harness.python;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.RunResult.Status;
import dev.asynciotck.harness.Targets;
import dev.asynciotck.spi.PythonVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code +loop=MODULE:CALLABLE}: names, the errors that name a bad module or callable, and a loop of a module
 * installed in a virtual environment reaching every place a program gets a loop from, with no policy installed.
 */
class LoopTargetsTest {

    /** Every way a program gets a loop without naming one, and the policy asyncio has meanwhile. */
    private static final String PROGRAM = """
            import asyncio, warnings
            warnings.simplefilter("ignore")
            async def main():
                print("run", type(asyncio.get_running_loop()).__name__)
            loop = asyncio.get_event_loop()
            print("implicit", type(loop).__name__)
            loop.close()
            asyncio.set_event_loop(None)
            asyncio.run(main())
            loop = asyncio.new_event_loop()
            print("new", type(loop).__name__)
            loop.close()
            with asyncio.Runner() as runner:
                runner.run(main())
            print("policy", type(asyncio.get_event_loop_policy()).__name__)
            """;

    private static final String EXPECTED = """
            implicit TestLoop
            run TestLoop
            new TestLoop
            run TestLoop
            policy _UnixDefaultEventLoopPolicy
            """;

    @TempDir
    Path temp;

    @Test
    void namesCarryTheFactory() {
        var cpython = (PythonTarget) PythonTargets.byName("cpython-3.12+loop=uvloop:new_event_loop").orElseThrow();
        var byPath = (PythonTarget) PythonTargets.byName("python:/opt/nowhere/python3+loop=my.loops:Loop.create")
                .orElseThrow();

        assertThat(cpython.version()).isEqualTo(new PythonVersion(3, 12));
        assertThat(cpython.variant().loopFactory()).contains(new LoopFactory("uvloop", "new_event_loop"));
        assertThat(byPath.name()).isEqualTo("python:/opt/nowhere/python3+loop=my.loops:Loop.create");
        assertThat(byPath.variant().loopFactory()).contains(new LoopFactory("my.loops", "Loop.create"));
        assertThat(byPath.unavailableReason()).hasValueSatisfying(reason -> assertThat(reason).contains("does not exist"));
        assertThat(PythonVariant.UVLOOP.loopFactory()).contains(new LoopFactory("uvloop", "new_event_loop"));
        assertThat(Targets.byName("cpython-3.12+loop=uvloop:new_event_loop")).isSameAs(cpython);
        assertThat(Targets.families()).anySatisfy(family -> assertThat(family).isInstanceOf(LoopTargets.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uvloop", ":new_event_loop", "uvloop:", "uv loop:new_event_loop", "uvloop:new-loop",
            "uvloop:new_event_loop()"})
    void aMalformedFactoryIsOneClearError(String spec) {
        var target = PythonTargets.byName("cpython-3.12+loop=" + spec).orElseThrow();

        assertThat(target.unavailableReason()).contains("'+loop=" + spec + "' is not +loop=MODULE:CALLABLE (a module"
                + " and an attribute of it that returns a new event loop, e.g. +loop=uvloop:new_event_loop)");
        assertThat(target.run("print(1)\n", "malformed", Duration.ofSeconds(5)).status()).isEqualTo(Status.MISSING);
    }

    @Test
    void aModuleThatDoesNotImportOrLacksTheCallableIsNamed() {
        Path python = installedExecutable();
        var noModule = PythonTargets.byName("python:" + python + "+loop=no_such_loop_module:new_event_loop")
                .orElseThrow();
        var noCallable = PythonTargets.byName("python:" + python + "+loop=asyncio:no_such_factory").orElseThrow();
        var notCallable = PythonTargets.byName("python:" + python + "+loop=asyncio:__name__").orElseThrow();

        assertThat(noModule.unavailableReason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("+loop=no_such_loop_module:new_event_loop on " + python)
                .contains("module 'no_such_loop_module' does not import: ModuleNotFoundError"));
        assertThat(noCallable.unavailableReason()).hasValueSatisfying(reason -> assertThat(reason)
                .endsWith("'asyncio' has no attribute 'no_such_factory'"));
        assertThat(notCallable.unavailableReason()).hasValueSatisfying(reason -> assertThat(reason)
                .endsWith("__name__ is not callable"));
        assertThat(noModule.run("print(1)\n", "no module", Duration.ofSeconds(5)).status()).isEqualTo(Status.MISSING);
    }

    @Test
    void theLoopReachesEveryLoopAProgramGetsWithoutAPolicy() throws Exception {
        Path python = null;
        for (String version : List.of("3.13", "3.12", "3.11")) {
            var target = (PythonTarget) PythonTargets.byName("cpython-" + version).orElseThrow();
            if (target.executable().isPresent()) {
                python = target.executable().get();
                break;
            }
        }
        assumeTrue(python != null, "no CPython 3.11-3.13 installed (asyncio.Runner is 3.11+)");
        Path venv = virtualEnvironmentWithTestLoop(python);
        var target = (PythonTarget) PythonTargets.byName("python:" + venv.resolve("bin/python")
                + "+loop=testloop:TestLoop").orElseThrow();

        for (PythonTarget way : List.of(target, target.inFreshProcesses())) {
            RunResult result = way.run(PROGRAM, "every loop", Duration.ofSeconds(60));
            assertThat(result.status()).as(result.detail() + "\n" + result.stderr()).isEqualTo(Status.COMPLETED);
            assertThat(result.stdout()).isEqualTo(EXPECTED);
        }
    }

    private Path virtualEnvironmentWithTestLoop(Path python) throws Exception {
        Path venv = temp.resolve("venv");
        Process create = new ProcessBuilder(python.toString(), "-m", "venv", "--without-pip", venv.toString())
                .redirectErrorStream(true).start();
        assertThat(create.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(create.exitValue()).as(new String(create.getInputStream().readAllBytes())).isZero();
        Path modules = Files.createDirectories(temp.resolve("modules"));
        Files.writeString(modules.resolve("testloop.py"), """
                import asyncio
                class TestLoop(asyncio.SelectorEventLoop):
                    pass
                """);
        try (var sitePackages = Files.find(venv.resolve("lib"), 2, (path, attributes) ->
                path.getFileName().toString().equals("site-packages"))) {
            Files.writeString(sitePackages.findFirst().orElseThrow().resolve("testloop.pth"), modules + "\n");
        }
        return venv;
    }

    private static Path installedExecutable() {
        return ((PythonTarget) PythonTargetTest.anyInstalled()).executable().orElseThrow();
    }
}
