package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.RuntimeOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A program that waits forever (as CPython would) can be abandoned by its host: interrupting the thread
 * running the loop, or closing the module from another thread, ends the wait with
 * {@link LoopInterruptedException}, and no thread of the module is left. A busy loop that never waits is
 * stopped by closing the module too.
 */
class AbandonedProgramTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void closingTheModuleFromAnotherThreadEndsAHungLoop(boolean virtualClock) throws Exception {
        Asyncio aio = ModuleTestBase.provider().open(RuntimeOptions.defaults().withVirtualClock(virtualClock));
        var outcome = new CompletableFuture<Throwable>();
        Thread host = new Thread(() -> {
            try {
                EventLoop loop = aio.getEventLoop();
                loop.runUntilComplete(aio.coroutine("forever", aw -> aw.await(loop.createFuture())));
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        host.start();
        Thread.sleep(100);
        aio.close();
        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(LoopInterruptedException.class);
        host.join();
        assertThat(((ReferenceAsyncio) aio).liveThreads()).isZero();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void interruptingTheHostThreadEndsAHungLoop(boolean virtualClock) throws Exception {
        var err = new java.io.ByteArrayOutputStream();
        Asyncio aio = ModuleTestBase.provider().open(RuntimeOptions.defaults().withVirtualClock(virtualClock)
                .withStderr(new java.io.PrintStream(err, true)));
        var outcome = new CompletableFuture<Throwable>();
        Thread host = new Thread(() -> {
            try {
                aio.run(aio.coroutine("forever", aw -> aw.await(aio.getRunningLoop().createFuture())));
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        host.start();
        Thread.sleep(100);
        host.interrupt();
        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(LoopInterruptedException.class);
        host.join();
        // asyncio.run's shutdown needed no waiting: the main task was cancelled and the loop closed.
        assertThat(aio.allTasks(aio.newEventLoop())).isEmpty();
        aio.close();
        assertThat(err.toString()).isEmpty();
        assertThat(((ReferenceAsyncio) aio).liveThreads()).isZero();
    }

    @org.junit.jupiter.api.Test
    void closingTheModuleStopsALoopThatNeverWaits() throws Exception {
        var err = new java.io.ByteArrayOutputStream();
        Asyncio aio = ModuleTestBase.provider().open(RuntimeOptions.defaults()
                .withStderr(new java.io.PrintStream(err, true)));
        var outcome = new CompletableFuture<Throwable>();
        Thread host = new Thread(() -> {
            try {
                aio.run(aio.coroutine("spin", aw -> {
                    while (true) {
                        aw.await(aio.sleep(0, null));
                    }
                }));
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        host.start();
        Thread.sleep(100);
        aio.close();
        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(LoopInterruptedException.class);
        host.join();
        assertThat(((ReferenceAsyncio) aio).liveThreads()).isZero();
        // The abandoned main task was still pending: reported as CPython reports it when it is freed.
        assertThat(err.toString()).startsWith("Task was destroyed but it is pending!\ntask: <Task cancelling name=Task-1 coro=<spin() running>");
    }
}
