package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;
import dev.asynciotck.spi.Asyncio;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Program subclasses of the loop and policy classes beyond what the feature files show: the abstract policy's
 * methods, and the loop methods a subclass may not override (expected outputs recorded from CPython 3.13 and 3.6).
 */
class LoopAndPolicySubclassTest {

    private static Asyncio reference() {
        assumeTrue(ReferenceProvider.find().isPresent(), "the reference provider is not on the class path");
        return ReferenceProvider.open(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void aSubclassOfTheAbstractPolicyAloneRaisesNotImplementedErrorUntilTheDefaultIsRestored() {
        String program = """
                import asyncio
                class Bare(asyncio.AbstractEventLoopPolicy):
                    pass
                asyncio.set_event_loop_policy(Bare())
                for name in ("get_event_loop", "new_event_loop"):
                    try:
                        getattr(asyncio, name)()
                    except NotImplementedError as e:
                        print(f"{name}: {type(e).__name__}")
                try:
                    asyncio.set_event_loop(None)
                except NotImplementedError as e:
                    print(f"set_event_loop: {type(e).__name__}")
                asyncio.set_event_loop_policy(None)
                loop = asyncio.new_event_loop()
                print(f"after set_event_loop_policy(None): {type(loop).__name__}")
                loop.close()
                """;
        try (Asyncio asyncio = reference()) {
            assertThat(Run.on(asyncio, program).output()).isEqualTo("""
                    get_event_loop: NotImplementedError
                    new_event_loop: NotImplementedError
                    set_event_loop: NotImplementedError
                    after set_event_loop_policy(None): _UnixSelectorEventLoop
                    """);
        }
    }

    @Test
    void aLoopSubclassOverridingAMethodTheProviderWouldNotCallThroughItIsRefused() {
        String program = """
                import asyncio
                class Chatty(asyncio.SelectorEventLoop):
                    def call_soon(self, callback, *args, context=None):
                        return super().call_soon(callback, *args, context=context)
                loop = Chatty()
                """;
        try (Asyncio asyncio = reference()) {
            assertThatThrownBy(() -> Run.on(asyncio, program))
                    .isInstanceOfSatisfying(UnsupportedConstructError.class,
                            e -> assertThat(e.getMessage()).contains("'call_soon'"));
        }
    }
}
