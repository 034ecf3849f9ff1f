package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code call_soon_threadsafe} from another thread wakes a loop that has nothing to do. */
class ThreadsafeCallbackTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aThreadsafeCallbackWakesAnIdleLoop(boolean virtualClock) throws Exception {
        var aio = ModuleTestBase.provider().open(dev.asynciotck.spi.RuntimeOptions.defaults()
                .withVirtualClock(virtualClock));
        try {
            EventLoop loop = aio.newEventLoop();
            Future future = loop.createFuture();
            Thread helper = new Thread(() -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                loop.callSoonThreadsafe(() -> future.setResult("from another thread"));
            });
            helper.start();
            assertThat(loop.runUntilComplete(future)).isEqualTo("from another thread");
            helper.join();
            loop.close();
        } finally {
            aio.close();
        }
        assertThat(((ReferenceAsyncio) aio).liveThreads()).isZero();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aWakeUpDuringATimerWaitRunsTheCallbackBeforeTheTimer(boolean virtualClock) throws Exception {
        var aio = ModuleTestBase.provider().open(dev.asynciotck.spi.RuntimeOptions.defaults()
                .withVirtualClock(virtualClock));
        try {
            EventLoop loop = aio.newEventLoop();
            StringBuilder order = new StringBuilder();
            loop.callLater(virtualClock ? 3600 : 0.5, () -> {
                order.append("timer ");
                loop.stop();
            });
            // Queued before the loop runs: the first select returns at once ("a byte in the pipe").
            loop.callSoonThreadsafe(() -> order.append("threadsafe "));
            loop.runForever();
            assertThat(order.toString()).isEqualTo("threadsafe timer ");
            loop.close();
        } finally {
            aio.close();
        }
    }
}
