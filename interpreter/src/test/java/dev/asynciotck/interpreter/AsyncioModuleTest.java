package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asynciotck.spi.Asyncio;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/** How asyncio names resolve to the provider; expected outputs recorded from CPython 3.13. */
class AsyncioModuleTest {

    @Test
    void aNameTheProviderDeniesIsAnAttributeError() {
        Asyncio asyncio = LanguageOnlyAsyncio.of("3.10", Set.of("TaskGroup"));
        Run run = Run.on(asyncio, "import asyncio\nprint(hasattr(asyncio, 'TaskGroup'))\nasyncio.TaskGroup\n");
        assertThat(run.stdout()).isEqualTo("False\n");
        assertThat(run.uncaught().lastTracebackLine())
                .isEqualTo("AttributeError: module 'asyncio' has no attribute 'TaskGroup'");
        Run imported = Run.on(asyncio, "from asyncio import TaskGroup\n");
        assertThat(imported.uncaught().lastTracebackLine()).startsWith("ImportError: cannot import name 'TaskGroup' from 'asyncio'");
    }

    @Test
    void anAsyncioNameWithoutAnSpiMappingIsUnsupportedAtItsPosition() {
        assertThatThrownBy(() -> Run.language("import asyncio as aio\n\nx = aio.open_connection\n"))
                .isInstanceOfSatisfying(UnsupportedConstructError.class, e -> {
                    assertThat(e.construct()).isEqualTo("asyncio.open_connection");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(5);
                });
    }

    @Test
    void constantsAndExceptionClassesNeedNoProviderCall() {
        assertThat(Run.language("from asyncio import FIRST_COMPLETED, CancelledError as CE\nprint(FIRST_COMPLETED, CE.__name__)\n")
                .output()).isEqualTo("FIRST_COMPLETED CancelledError\n");
    }

    @Test
    void awaitingANonAwaitableIsATypeErrorOfTheLanguage() {
        assumeTrue(ReferenceProvider.find().isPresent(), "the reference provider is not on the class path");
        String program = """
                import asyncio
                async def main():
                    try:
                        await 42
                    except TypeError as e:
                        print(e)
                    try:
                        await None
                    except TypeError as e:
                        print(e)
                asyncio.run(main())
                """;
        try (Asyncio asyncio = ReferenceProvider.open(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            assertThat(Run.on(asyncio, program).output()).isEqualTo(
                    "object int can't be used in 'await' expression\nobject NoneType can't be used in 'await' expression\n");
        }
    }

    @Test
    void anUnsupportedConstructInACallbackIsReportedEvenIfTheProviderCatchesIt() {
        assumeTrue(ReferenceProvider.find().isPresent(), "the reference provider is not on the class path");
        String program = """
                import asyncio
                def callback():
                    vars()
                async def main():
                    asyncio.get_running_loop().call_soon(callback)
                    await asyncio.sleep(0.01)
                    print("main finished")
                asyncio.run(main())
                """;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Asyncio asyncio = ReferenceProvider.open(new PrintStream(err, true, StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> Run.on(asyncio, program))
                    .isInstanceOfSatisfying(UnsupportedConstructError.class, e -> {
                        assertThat(e.construct()).isEqualTo("builtin 'vars'");
                        assertThat(e.line()).isEqualTo(3);
                    });
        }
    }

    @Test
    void doneCallbacksCanBeRemovedBecauseTheyCompareByTheirPythonFunction() {
        assumeTrue(ReferenceProvider.find().isPresent(), "the reference provider is not on the class path");
        String program = """
                import asyncio
                class Watcher:
                    def seen(self, fut):
                        print("seen", fut.result())
                async def main():
                    fut = asyncio.get_running_loop().create_future()
                    w = Watcher()
                    fut.add_done_callback(w.seen)
                    fut.add_done_callback(print)
                    fut.add_done_callback(w.seen)
                    print(fut.remove_done_callback(w.seen), fut.remove_done_callback(w.seen))
                    fut.add_done_callback(w.seen)
                    fut.set_result(7)
                    await asyncio.sleep(0)
                asyncio.run(main())
                """;
        try (Asyncio asyncio = ReferenceProvider.open(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            assertThat(Run.on(asyncio, program).output()).isEqualTo("2 0\n<Future finished result=7>\nseen 7\n");
        }
    }
}
