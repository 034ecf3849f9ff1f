package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Coroutine.State;
import dev.asynciotck.spi.Coroutine.Step;
import dev.asynciotck.spi.exceptions.GeneratorExit;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import org.junit.jupiter.api.Test;

/**
 * The coroutine protocol, checked against CPython 3.13.0 (a {@code @types.coroutine} generator {@code y()}
 * stands for a bare suspension in the Python programs quoted below).
 */
class CoroutineTest extends ModuleTestBase {

    /** {@code async def body(): try: x = await y("Y1"); print("got", x); return "ret" finally: print("finally")}. */
    private Coroutine body() {
        return coro("body", aw -> {
            try {
                Object x = aw.suspend("Y1");
                print("got " + x);
                return "ret";
            } finally {
                print("finally");
            }
        });
    }

    @Test
    void sendRunsTheBodyUntilItSuspendsThenToItsEnd() {
        Coroutine c = body();
        assertThat(c.state()).isEqualTo(State.CREATED);
        assertThatThrownBy(() -> c.send(1L)).isInstanceOf(TypeError.class)
                .hasMessage("can't send non-None value to a just-started coroutine");
        assertThat(c.state()).isEqualTo(State.CREATED);
        assertThat(c.send(null)).isEqualTo(new Step.Yielded("Y1"));
        assertThat(c.state()).isEqualTo(State.SUSPENDED);
        assertThat(c.send("v")).isEqualTo(new Step.Returned("ret"));
        assertThat(c.state()).isEqualTo(State.CLOSED);
        assertThat(log).containsExactly("got v", "finally");
    }

    @Test
    void aFinishedCoroutineCannotBeReusedButClosesQuietly() {
        Coroutine c = body();
        c.send(null);
        c.send(null);
        assertThatThrownBy(() -> c.send(null)).isInstanceOf(RuntimeError.class)
                .hasMessage("cannot reuse already awaited coroutine");
        assertThatThrownBy(() -> c.throwInto(new ValueError("x"))).isInstanceOf(RuntimeError.class)
                .hasMessage("cannot reuse already awaited coroutine");
        c.close();
        assertThat(c.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void throwIntoAFreshCoroutineRaisesAtOnceWithoutRunningTheBody() {
        Coroutine c = body();
        var early = new ValueError("early");
        assertThatThrownBy(() -> c.throwInto(early)).isSameAs(early);
        assertThat(c.state()).isEqualTo(State.CLOSED);
        assertThat(log).isEmpty();
    }

    @Test
    void closingAFreshCoroutineNeverRunsIt() {
        Coroutine c = body();
        c.close();
        assertThat(c.state()).isEqualTo(State.CLOSED);
        assertThat(log).isEmpty();
    }

    @Test
    void closeThrowsGeneratorExitIntoASuspendedBody() {
        Coroutine c = body();
        c.send(null);
        c.close();
        assertThat(c.state()).isEqualTo(State.CLOSED);
        assertThat(log).containsExactly("finally");
    }

    /**
     * <pre>
     * async def stubborn():
     *     while True:
     *         try: await y()
     *         except GeneratorExit: print("ignoring GE")
     * c.send(None); c.close()  # ignoring GE / RuntimeError: coroutine ignored GeneratorExit, CORO_SUSPENDED
     * </pre>
     */
    @Test
    void aBodyThatIgnoresGeneratorExitMakesCloseFail() {
        Coroutine c = coro("stubborn", aw -> {
            while (true) {
                try {
                    aw.suspend(null);
                } catch (GeneratorExit e) {
                    print("ignoring GE");
                }
            }
        });
        c.send(null);
        assertThatThrownBy(c::close).isInstanceOf(RuntimeError.class).hasMessage("coroutine ignored GeneratorExit");
        assertThat(c.state()).isEqualTo(State.SUSPENDED);
        assertThat(log).containsExactly("ignoring GE");
        // At module close (CPython: at garbage collection) it is closed again and then abandoned.
    }

    @Test
    void awaitRunsTheBodyInlineAndRefusesReuse() {
        Coroutine inner = coro("inner", aw -> 1L);
        Coroutine outer = coro("outer", aw -> {
            print("first " + aw.await(inner));
            try {
                aw.await(inner);
            } catch (RuntimeError e) {
                print("reuse " + e.getMessage());
            }
            return null;
        });
        assertThat(outer.send(null)).isEqualTo(new Step.Returned(null));
        assertThat(log).containsExactly("first 1", "reuse cannot reuse already awaited coroutine");
    }

    @Test
    void suspensionsOfAnAwaitedCoroutinePassThroughToTheOuterDriver() {
        Coroutine inner = body();
        Coroutine outer = coro("holder", aw -> aw.await(inner));
        assertThat(outer.send(null)).isEqualTo(new Step.Yielded("Y1"));
        assertThat(inner.state()).isEqualTo(State.SUSPENDED);
        assertThat(outer.state()).isEqualTo(State.SUSPENDED);
        assertThat(outer.send("sent")).isEqualTo(new Step.Returned("ret"));
        assertThat(inner.state()).isEqualTo(State.CLOSED);
        assertThat(log).containsExactly("got sent", "finally");
    }

    /**
     * A chain of inline awaits, as CPython 3.6 and 3.13 print it ({@code y} a bare suspension, {@code st} being
     * {@code inspect.getcoroutinestate}): {@code async def inner(): x = await y("Y1"); print(x, st(m), st(i)); return "i"},
     * {@code async def middle(): r = await i; print(r, st(m), st(i)); z = await y("Y2"); return r + z},
     * {@code async def outer(): return await m}: every coroutine of the chain is suspended while the driven one is,
     * running while it runs, closed once its await is over.
     */
    @Test
    void everyCoroutineOfAnInlineChainIsSuspendedRunningOrClosedWithTheDrivenOne() {
        Coroutine[] chain = new Coroutine[2]; // middle, inner
        chain[1] = coro("inner", aw -> {
            Object x = aw.suspend("Y1");
            print("inner resumed " + x + " " + chain[0].state() + " " + chain[1].state());
            return "i";
        });
        chain[0] = coro("middle", aw -> {
            Object r = aw.await(chain[1]);
            print("middle after inner " + r + " " + chain[0].state() + " " + chain[1].state());
            Object z = aw.suspend("Y2");
            return (String) r + z;
        });
        Coroutine outer = coro("outer", aw -> aw.await(chain[0]));
        assertThat(outer.send(null)).isEqualTo(new Step.Yielded("Y1"));
        assertThat(java.util.List.of(outer.state(), chain[0].state(), chain[1].state()))
                .containsExactly(State.SUSPENDED, State.SUSPENDED, State.SUSPENDED);
        assertThat(outer.send("a")).isEqualTo(new Step.Yielded("Y2"));
        assertThat(java.util.List.of(outer.state(), chain[0].state(), chain[1].state()))
                .containsExactly(State.SUSPENDED, State.SUSPENDED, State.CLOSED);
        assertThat(outer.send("b")).isEqualTo(new Step.Returned("ib"));
        assertThat(java.util.List.of(outer.state(), chain[0].state(), chain[1].state()))
                .containsExactly(State.CLOSED, State.CLOSED, State.CLOSED);
        assertThat(log).containsExactly("inner resumed a RUNNING RUNNING", "middle after inner i RUNNING CLOSED");
    }

    @Test
    void awaitingACoroutineThatIsBeingAwaitedFails() {
        Coroutine shared = body();
        coro("holder", aw -> aw.await(shared)).send(null);
        Coroutine other = coro("other", aw -> aw.await(shared));
        assertThatThrownBy(() -> other.send(null)).isInstanceOf(RuntimeError.class)
                .hasMessage("coroutine is being awaited already");
    }

    /** {@code async def selfawait(): await me} → ValueError: coroutine already executing. */
    @Test
    void awaitingItselfFails() {
        Coroutine[] me = new Coroutine[1];
        me[0] = coro("selfawait", aw -> aw.await(me[0]));
        assertThatThrownBy(() -> me[0].send(null)).isInstanceOf(ValueError.class)
                .hasMessage("coroutine already executing");
    }

    @Test
    void stopIterationRaisedInABodyBecomesRuntimeError() {
        Coroutine c = coro("leaky", aw -> {
            throw new PythonException() {
                @Override
                public String pythonName() {
                    return "StopIteration";
                }
            };
        });
        assertThatThrownBy(() -> c.send(null)).isInstanceOf(RuntimeError.class)
                .hasMessage("coroutine raised StopIteration");
    }

    /** A Java exception that is not a Python one is a host bug: it leaves the loop unchanged. */
    @Test
    void aJavaExceptionFromATaskBodyPropagatesUnchanged() {
        var bug = new IllegalStateException("host bug");
        assertThatThrownBy(() -> run(main -> {
            throw bug;
        })).isSameAs(bug);
    }

    @Test
    void reprNamesTheCoroutine() {
        assertThat(body().toString()).matches("<coroutine object body at 0x[0-9a-f]+>");
    }
}
