package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.AsyncGenHooks;
import dev.asynciotck.spi.AsyncGenerator;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The loop's side of asynchronous generators (base_events.py and runners.py, CPython 3.13.0): its hooks while it
 * runs, {@code shutdown_asyncgens}, and {@code asyncio.run} closing what is left. The generators here are Java
 * stand-ins whose {@code aclose()} logs, awaits once and may raise; each test quotes the Python program whose
 * output it mirrors.
 */
class AsyncGeneratorsTest extends ModuleTestBase {

    /** An async generator suspended at a yield, whose finally block logs, awaits sleep(0) and then ends or raises. */
    private final class StandIn implements AsyncGenerator {
        private final String name;
        private final Supplier<RuntimeException> failure;

        StandIn(String name, Supplier<RuntimeException> failure) {
            this.name = name;
            this.failure = failure;
        }

        StandIn(String name) {
            this(name, () -> null);
        }

        /** What {@code await agen.__anext__()} does first of all: the firstiter hook in force now. */
        void firstIteration() {
            AsyncGenHooks.Hook hook = aio.getAsyncgenHooks().firstiter();
            if (hook != null) {
                hook.call(this);
            }
        }

        @Override
        public Coroutine aclose() {
            return coro("aclose", awaiter -> {
                print(name + ": finally");
                awaiter.await(aio.sleep(0, null));
                print(name + ": closed");
                RuntimeException raised = failure.get();
                if (raised != null) {
                    throw raised;
                }
                return null;
            });
        }

        @Override
        public String toString() {
            return "<async_generator object " + name + ">";
        }
    }

    @Test
    void theLoopsHooksAreInstalledOnlyWhileItRuns() {
        // sys.set_asyncgen_hooks(firstiter=mine); loop.run_until_complete(main()) prints whether
        // sys.get_asyncgen_hooks().firstiter is mine inside; afterwards mine is back.
        AsyncGenHooks.Hook mine = agen -> print("mine");
        aio.setAsyncgenHooks(new AsyncGenHooks(mine, null));
        EventLoop loop = aio.newEventLoop();
        loop.runUntilComplete(coro("main", awaiter -> {
            AsyncGenHooks inside = aio.getAsyncgenHooks();
            print("inside: firstiter is mine " + (inside.firstiter() == mine)
                    + ", finalizer set " + (inside.finalizer() != null));
            return null;
        }));
        assertThat(aio.getAsyncgenHooks().firstiter()).isSameAs(mine);
        assertThat(aio.getAsyncgenHooks().finalizer()).isNull();
        assertThat(log).containsExactly("inside: firstiter is mine false, finalizer set true");
    }

    @Test
    void shutdownAsyncgensClosesOnlyTheGeneratorsFirstIteratedOnThatLoop() {
        // Two loops, one generator first iterated on each, one never iterated on a loop; loop B's
        // shutdown_asyncgens closes B's only, then loop A's closes A's.
        EventLoop loopA = aio.newEventLoop();
        EventLoop loopB = aio.newEventLoop();
        StandIn genA = new StandIn("a");
        StandIn genB = new StandIn("b");
        StandIn outside = new StandIn("outside");
        outside.firstIteration();
        loopA.runUntilComplete(coro("take", awaiter -> {
            genA.firstIteration();
            return null;
        }));
        loopB.runUntilComplete(coro("take", awaiter -> {
            genB.firstIteration();
            return null;
        }));
        print("B shuts down");
        loopB.runUntilComplete(loopB.shutdownAsyncgens());
        print("A shuts down");
        loopA.runUntilComplete(loopA.shutdownAsyncgens());
        print("A again");
        loopA.runUntilComplete(loopA.shutdownAsyncgens());
        assertThat(log).containsExactly("B shuts down", "b: finally", "b: closed", "A shuts down", "a: finally",
                "a: closed", "A again");
    }

    @Test
    void theClosesRunConcurrentlyAsTasks() {
        EventLoop loop = aio.newEventLoop();
        StandIn first = new StandIn("first");
        StandIn second = new StandIn("second");
        loop.runUntilComplete(coro("main", awaiter -> {
            first.firstIteration();
            second.firstIteration();
            return null;
        }));
        loop.runUntilComplete(loop.shutdownAsyncgens());
        assertThat(log).containsExactly("first: finally", "second: finally", "first: closed", "second: closed");
    }

    @Test
    void anExceptionWhileClosingGoesToTheHandlerAndABaseExceptionDoesNot() {
        // async def broken(): try: yield 1 finally: raise ValueError("cleanup failed")
        EventLoop loop = aio.newEventLoop();
        loop.setExceptionHandler((l, context) -> print("handler: " + context.get("message") + " | "
                + context.get("exception") + " | " + context.get("asyncgen")));
        StandIn broken = new StandIn("broken", () -> new ValueError("cleanup failed"));
        StandIn cancelled = new StandIn("cancelled", CancelledError::new);
        loop.runUntilComplete(coro("main", awaiter -> {
            broken.firstIteration();
            cancelled.firstIteration();
            return null;
        }));
        Object result = loop.runUntilComplete(loop.shutdownAsyncgens());
        assertThat(result).isNull();
        assertThat(log).containsExactly("broken: finally", "cancelled: finally", "broken: closed", "cancelled: closed",
                "handler: an error occurred during closing of asynchronous generator <async_generator object broken>"
                        + " | ValueError: cleanup failed | <async_generator object broken>");
    }

    @Test
    void asyncioRunClosesTheGeneratorsAfterCancellingTheTasksLeftOver() {
        // main starts a task that iterates a generator and sleeps; main returns; asyncio.run cancels the task,
        // then closes the generator, whose finally may still await.
        StandIn gen = new StandIn("gen");
        run(awaiter -> {
            aio.createTask(coro("spin", inner -> {
                gen.firstIteration();
                try {
                    inner.await(aio.sleep(10, null));
                } catch (CancelledError e) {
                    print("spin: cancelled");
                    throw e;
                }
                return null;
            }), null);
            awaiter.await(aio.sleep(0, null));
            print("main: returns");
            return null;
        });
        print("after run");
        assertThat(log).containsExactly("main: returns", "spin: cancelled", "gen: finally", "gen: closed",
                "after run");
    }

    @Test
    void theFinalizerHookSchedulesACloseTaskThroughCallSoonThreadsafe() {
        // sys.get_asyncgen_hooks().finalizer(gen) in main: create_task(gen.aclose()) runs in the next iteration,
        // the close task's first step in the one after.
        EventLoop loop = aio.newEventLoop();
        StandIn gen = new StandIn("gen");
        loop.runUntilComplete(coro("main", awaiter -> {
            gen.firstIteration();
            aio.getAsyncgenHooks().finalizer().call(gen);
            print("main: called the finalizer");
            awaiter.await(aio.sleep(0, null));
            print("main: one iteration later");
            awaiter.await(aio.sleep(0, null));
            print("main: two iterations later");
            return null;
        }));
        loop.runUntilComplete(loop.shutdownAsyncgens());
        assertThat(log).isEqualTo(List.of("main: called the finalizer", "main: one iteration later", "gen: finally",
                "main: two iterations later", "gen: closed"));
    }
}
