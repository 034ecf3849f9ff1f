package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asynciotck.reference.strand.StrandMechanism;
import dev.asynciotck.spi.Capabilities;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.GeneratorExit;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.ValueError;
import org.junit.jupiter.api.Test;

/** The module level: provider, policy, asyncio.run, and what happens when the module (process) ends. */
class ModuleTest extends ModuleTestBase {

    @Test
    void theProviderIsFoundByName() {
        var provider = provider();
        assertThat(provider.asyncioVersion()).isEqualTo(new PythonVersion(3, 13));
        assertThat(provider.capabilities())
                .containsExactlyInAnyOrder(Capabilities.VIRTUAL_CLOCK, Capabilities.THREADSAFE_CALLBACKS,
                        Capabilities.EAGER_TASK_FACTORY, Capabilities.THREADS);
        assertThat(aio.version()).isEqualTo(new PythonVersion(3, 13));
        assertThat(aio.cancelledErrorIsException()).isFalse();
        assertThat(aio.hasAttribute("create_task")).isTrue();
        assertThat(aio.hasAttribute("TaskGroup")).isTrue();
        assertThat(aio.hasAttribute("QueueShutDown")).isTrue();
        assertThat(aio.hasAttribute("async")).isFalse();
        assertThat(aio.hasAttribute("get_event_loop_policy")).isTrue();
    }

    /**
     * <pre>
     * loop = asyncio.get_event_loop(); print(loop is asyncio.get_event_loop())   # True (and a DeprecationWarning)
     * asyncio.set_event_loop(None); asyncio.get_event_loop()
     * # RuntimeError: There is no current event loop in thread 'MainThread'.
     * </pre>
     */
    @Test
    void getEventLoopCreatesALoopOnlyIfNoneWasEverSet() {
        EventLoop loop = aio.getEventLoop();
        assertThat(aio.getEventLoop()).isSameAs(loop);
        aio.setEventLoop(null);
        assertThatThrownBy(aio::getEventLoop).isInstanceOf(RuntimeError.class)
                .hasMessage("There is no current event loop in thread 'MainThread'.");
        assertThatThrownBy(aio::getRunningLoop).isInstanceOf(RuntimeError.class).hasMessage("no running event loop");
        loop.close();
    }

    /**
     * <pre>
     * async def m(): print("current", asyncio.current_task().get_name()); return 7
     * print(asyncio.run(m()))                    # current Task-1 / 7
     * asyncio.get_event_loop()                   # RuntimeError: There is no current event loop ...
     * asyncio.run(42)                            # ValueError: a coroutine was expected, got 42
     * print(asyncio.run(m()))                    # current Task-6 / 7
     * async def nested(): asyncio.run(c)         # RuntimeError: asyncio.run() cannot be called from a running event loop
     * </pre>
     */
    @Test
    void runUsesAFreshLoopUnsetsItAndCountsItsShutdownTasks() {
        assertThat(aio.run(m())).isEqualTo(7L);
        assertThatThrownBy(aio::getEventLoop).isInstanceOf(RuntimeError.class)
                .hasMessage("There is no current event loop in thread 'MainThread'.");
        assertThatThrownBy(() -> aio.run(42L)).isInstanceOf(ValueError.class)
                .hasMessage("a coroutine was expected, got 42");
        assertThat(aio.run(m())).isEqualTo(7L);
        aio.run(coro("nested", c -> {
            Coroutine inner = m();
            try {
                aio.run(inner);
            } catch (RuntimeError e) {
                print(e.getMessage());
            }
            inner.close();
            return null;
        }));
        assertThat(log).containsExactly("current Task-1", "current Task-6",
                "asyncio.run() cannot be called from a running event loop");
    }

    private Coroutine m() {
        return coro("m", c -> {
            print("current " + aio.currentTask(null).getName());
            return 7L;
        });
    }

    /**
     * <pre>
     * async def left():
     *     try: await asyncio.sleep(10)
     *     finally: print("left finally")
     * async def main2():
     *     asyncio.ensure_future(left()); asyncio.ensure_future(left())
     *     await asyncio.sleep(0)
     *     asyncio.get_running_loop().call_soon(print, "pending cb")
     *     return "done"
     * print(asyncio.run(main2()))     # pending cb / left finally / left finally / done
     * </pre>
     */
    @Test
    void runCancelsWhatIsLeftAfterTheCallbacksAlreadyScheduled() {
        Object result = run(main -> {
            aio.ensureFuture(left(), null);
            aio.ensureFuture(left(), null);
            main.await(aio.sleep(0, null));
            aio.getRunningLoop().callSoon(() -> print("pending cb"));
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(log).containsExactly("pending cb", "left finally", "left finally");
        assertThat(stderr()).isEmpty();
    }

    private Coroutine left() {
        return coro("left", c -> {
            try {
                return c.await(aio.sleep(10, null));
            } finally {
                print("left finally");
            }
        });
    }

    /**
     * <pre>
     * async def bad():
     *     try: await asyncio.sleep(10)
     *     except asyncio.CancelledError: raise ValueError("during cancel")
     * async def main(): asyncio.ensure_future(bad()); await asyncio.sleep(0); return "done"
     * </pre>
     */
    @Test
    void runReportsTasksThatFailWhileBeingCancelled() {
        Object result = run(main -> {
            aio.ensureFuture(coro("bad", c -> {
                try {
                    return c.await(aio.sleep(10, null));
                } catch (CancelledError e) {
                    throw new ValueError("during cancel");
                }
            }), null);
            main.await(aio.sleep(0, null));
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(stderr()).isEqualTo("""
                unhandled exception during asyncio.run() shutdown
                task: <Task finished name=Task-2 coro=<bad() done> exception=ValueError: during cancel>
                ValueError: during cancel
                """);
    }

    /**
     * What CPython reports at garbage collection is reported when the module closes, as CPython does for objects
     * a program keeps in globals: every report in the order the tasks were made, then the pending task's
     * coroutine closed (CPython, which these tasks only reach through locals, would report the failed one as soon
     * as its last reference goes, before "main2 done"):
     * <pre>
     * async def boom(): raise ValueError("never retrieved")
     * async def main2():
     *     asyncio.ensure_future(boom()); asyncio.ensure_future(left())
     *     await asyncio.sleep(0); await asyncio.sleep(0); print("main2 done")
     * loop.run_until_complete(main2()); print("end of program")
     * </pre>
     */
    @Test
    void closingTheModuleReportsPendingTasksAndUnretrievedExceptions() {
        EventLoop loop = aio.newEventLoop();
        loop.runUntilComplete(coro("main2", c -> {
            aio.ensureFuture(coro("boom", b -> {
                throw new ValueError("never retrieved");
            }), null);
            aio.ensureFuture(left(), null);
            c.await(aio.sleep(0, null));
            c.await(aio.sleep(0, null));
            print("main2 done");
            return null;
        }));
        print("end of program");
        assertThat(stderr()).isEmpty();
        aio.close();
        assertThat(log).containsExactly("main2 done", "end of program", "left finally");
        assertThat(stderr()).isEqualTo("""
                Task exception was never retrieved
                future: <Task finished name=Task-2 coro=<boom() done> exception=ValueError: never retrieved>
                ValueError: never retrieved
                Task was destroyed but it is pending!
                task: <Task pending name=Task-3 coro=<left() running> wait_for=<Future pending cb=[Task.task_wakeup()]>>
                """);
    }

    /**
     * Several objects left over, each kept in a global as it is made (CPython 3.6–3.13 print the same):
     * <pre>
     * async def main():
     *     global first, second, third, fourth
     *     first = asyncio.ensure_future(wait_for_ever("first"))
     *     second = loop.create_future(); second.set_exception(ValueError("second"))
     *     third = asyncio.ensure_future(wait_for_ever("third"))
     *     fourth = loop.create_future(); fourth.set_exception(ValueError("fourth"))
     *     await asyncio.sleep(0)
     * </pre>
     * The handler prints each report, then CPython closes both coroutines: "destroyed (first)", "never retrieved
     * (second)", "destroyed (third)", "never retrieved (fourth)", "first: finally", "third: finally". The second
     * exception is set after the fourth, which changes nothing: creation order counts, not failure order.
     */
    @Test
    void leftoversAreReportedInCreationOrderBeforeAnyCoroutineIsClosed() {
        EventLoop loop = aio.newEventLoop();
        loop.setExceptionHandler((l, context) -> print("report " + context.get("message") + " "
                + (context.get("task") != null ? "task" : ((Throwable) context.get("exception")).getMessage())));
        loop.runUntilComplete(coro("main", c -> {
            aio.ensureFuture(left(), null);
            var second = loop.createFuture();
            aio.ensureFuture(left(), null);
            var fourth = loop.createFuture();
            fourth.setException(new ValueError("fourth"));
            second.setException(new ValueError("second"));
            c.await(aio.sleep(0, null));
            return null;
        }));
        aio.close();
        assertThat(log).containsExactly(
                "report Task was destroyed but it is pending! task",
                "report Future exception was never retrieved second",
                "report Task was destroyed but it is pending! task",
                "report Future exception was never retrieved fourth",
                "left finally", "left finally");
    }

    /** A task made on a closed loop fails, yet it exists, pending: CPython reports it when it is freed. */
    @Test
    void aTaskConstructedOnAClosedLoopIsReportedPending() {
        EventLoop loop = aio.newEventLoop();
        loop.close();
        assertThatThrownBy(() -> aio.newTask(coro("w", c -> null), loop, null))
                .isInstanceOf(RuntimeError.class).hasMessage("Event loop is closed");
        aio.close();
        assertThat(stderr()).isEqualTo("""
                Task was destroyed but it is pending!
                task: <Task pending name=Task-1 coro=<w() running>>
                """);
    }

    @Test
    void closingTheModuleClosesSuspendedCoroutinesAndEndsEveryThread() {
        Coroutine polite = coro("polite", c -> {
            try {
                return c.suspend(null);
            } catch (GeneratorExit e) {
                print("polite closed");
                throw e;
            }
        });
        Coroutine stubborn = coro("stubborn", c -> {
            while (true) {
                try {
                    c.suspend(null);
                } catch (GeneratorExit e) {
                    print("stubborn ignores GeneratorExit");
                }
            }
        });
        polite.send(null);
        stubborn.send(null);
        var module = (ReferenceAsyncio) aio;
        assertThat(module.liveCoroutineBodies()).isEqualTo(2);
        // Virtual-thread strands keep a thread per suspended body; continuation strands start none.
        assertThat(module.liveThreads())
                .isEqualTo(module.strandMechanism() == StrandMechanism.VIRTUAL_THREAD ? 2 : 0);
        aio.close();
        assertThat(module.liveThreads()).isZero();
        assertThat(module.liveCoroutineBodies()).isZero();
        assertThat(log).containsExactly("polite closed", "stubborn ignores GeneratorExit");
        assertThat(stderr()).matches("""
                Exception ignored in: <coroutine object stubborn at 0x[0-9a-f]+>
                RuntimeError: coroutine ignored GeneratorExit
                """);
    }

    @Test
    void runInsideATaskIsRefusedAndCreateTaskNeedsARunningLoop() {
        assertThatThrownBy(() -> aio.createTask(coro("x", c -> null), null)).isInstanceOf(RuntimeError.class)
                .hasMessage("no running event loop");
        Task task = (Task) aio.getEventLoop().createTask(coro("x", c -> 1L), null);
        assertThat(aio.getEventLoop().runUntilComplete(task)).isEqualTo(1L);
        assertThat(aio.allTasks(aio.getEventLoop())).isEmpty();
    }
}
