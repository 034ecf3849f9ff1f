package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.CodeLocation;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.spi.PythonHost;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.RuntimeOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class methods Task.all_tasks()/Task.current_task() before 3.9, and the code location an async def gives the
 * provider. Expected outputs recorded from CPython 3.6.15, 3.7.16 and 3.8.18 (the file there was {@code a.py}).
 */
class TaskClassMethodsTest {

    private static final String PROGRAM = """
            import asyncio
            import warnings

            async def quick():
                return 1

            async def main():
                loop = asyncio.get_event_loop()
                done = loop.create_task(quick())
                await done
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    tasks = asyncio.Task.all_tasks()
                    current = asyncio.Task.current_task()
                print(len(tasks), done in tasks, current in tasks, done.done())
                print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
                print(len(asyncio.Task.all_tasks(loop)), repr(done).split(" result=")[0].split(" coro=")[1])

            asyncio.new_event_loop().run_until_complete(main())
            """;

    private static Run runAt(int minor, String source) {
        PythonHost host = Interpreter.newHost();
        PrintStream providerErr = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        RuntimeOptions options = new RuntimeOptions(true, providerErr, Interpreter.values(), host)
                .withAsyncioVersion(new PythonVersion(3, minor));
        try (Asyncio asyncio = ReferenceProvider.find().orElseThrow().open(options)) {
            return Run.on(asyncio, host, source);
        }
    }

    @Test
    void allTasksCountsADoneTaskStillReferencedAndWarnsFrom37() {
        String warned = "[('%1$s', 'Task.all_tasks() is deprecated, use asyncio.all_tasks() instead', 13),"
                + " ('%1$s', 'Task.current_task() is deprecated, use asyncio.current_task() instead', 14)]";
        for (int minor = 6; minor <= 8; minor++) {
            Run run = runAt(minor, PROGRAM);
            String warnings = minor == 6 ? "[]"
                    : String.format(warned, minor == 7 ? "PendingDeprecationWarning" : "DeprecationWarning");
            assertThat(run.output()).as("3.%d", minor).isEqualTo("2 True True True\n" + warnings
                    + "\n2 <quick() done, defined at test.py:4>\n");
            // The default filters: PendingDeprecationWarning ignored, DeprecationWarning shown for __main__ (3.7+).
            // CPython adds the source line below ("  print(len(..."); the interpreter's warnings never show it.
            assertThat(run.stderr()).as("3.%d", minor).isEqualTo(minor < 8 ? "" : "test.py:17: DeprecationWarning:"
                    + " Task.all_tasks() is deprecated, use asyncio.all_tasks() instead\n");
        }
    }

    @Test
    void anAsyncDefGivesTheProviderItsFileAndDefLine() {
        List<CodeLocation> seen = new ArrayList<>();
        Asyncio spy = (Asyncio) Proxy.newProxyInstance(Asyncio.class.getClassLoader(), new Class<?>[] {Asyncio.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "version" -> new PythonVersion(3, 13);
                    case "hasAttribute" -> true;
                    case "coroutine" -> {
                        seen.add(((CoroutineBody) args[1]).definedAt());
                        yield null;
                    }
                    default -> method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : null;
                });
        Run.on(spy, """
                import asyncio

                def deco(f):
                    return f

                async def plain():
                    pass

                @deco
                async def decorated():
                    pass

                plain()
                decorated()
                """).output();
        // co_firstlineno: a decorated function's first line is its first decorator's (CPython 3.6-3.13 alike).
        assertThat(seen).containsExactly(new CodeLocation("test.py", 6), new CodeLocation("test.py", 9));
    }
}
