package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Handle;
import dev.asynciotck.spi.TimerHandle;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** base_events.py's scheduling, checked against CPython 3.13.0 (virtual clock). */
class EventLoopTest extends ModuleTestBase {

    @Test
    void callSoonIsFifoAndEachIterationRunsOnlyWhatWasReadyWhenItBegan() {
        EventLoop loop = aio.newEventLoop();
        for (int i = 0; i < 5; i++) {
            int n = i;
            loop.callSoon(() -> {
                print("cb" + n);
                if (n == 0) {
                    loop.callSoon(() -> print("late"));
                }
            });
        }
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(log).containsExactly("cb0", "cb1", "cb2", "cb3", "cb4");
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(log).endsWith("late");
        loop.close();
    }

    /**
     * <pre>
     * loop.call_soon(log.append, "cb1")
     * a = asyncio.create_task(t("a")); b = asyncio.create_task(t("b"))   # t: 2 x (log, sleep(0))
     * loop.call_soon(log.append, "cb2"); await asyncio.sleep(0); log.append("main"); await gather(a, b)
     * # ['cb1', 'a0', 'b0', 'cb2', 'main', 'a1', 'b1']
     * </pre>
     */
    @Test
    void taskStepsAndCallbacksShareOneFifoQueue() {
        run(main -> {
            EventLoop loop = aio.getRunningLoop();
            loop.callSoon(() -> print("cb1"));
            Future a = aio.createTask(twoSteps("a"), null);
            Future b = aio.createTask(twoSteps("b"), null);
            loop.callSoon(() -> print("cb2"));
            main.await(aio.sleep(0, null));
            print("main");
            return main.await(aio.gather(List.of(a, b), false));
        });
        assertThat(log).containsExactly("cb1", "a0", "b0", "cb2", "main", "a1", "b1");
    }

    private dev.asynciotck.spi.Coroutine twoSteps(String name) {
        return coro("t", aw -> {
            for (int i = 0; i < 2; i++) {
                print(name + i);
                aw.await(aio.sleep(0, null));
            }
            return null;
        });
    }

    /**
     * heapq orders timers by {@code when} only, so equal times do not come out FIFO in general:
     * <pre>
     * t = loop.time() + 0.01
     * for i in range(n): loop.call_at(t, out.append, i)
     * loop.call_at(t + 0.01, loop.stop); loop.run_forever(); print(n, out)
     * </pre>
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2; [0, 1]",
        "3; [0, 2, 1]",
        "5; [0, 2, 1, 3, 4]",
        "6; [0, 2, 5, 1, 3, 4]",
        "8; [0, 2, 6, 5, 7, 1, 3, 4]",
        "10; [0, 2, 6, 5, 9, 8, 7, 1, 3, 4]",
        "12; [0, 2, 6, 5, 11, 10, 9, 8, 7, 1, 3, 4]"})
    void timersDueAtTheSameTimeLeaveTheHeapInCPythonsOrder(int n, String expected) {
        EventLoop loop = aio.newEventLoop();
        List<Integer> out = new ArrayList<>();
        double t = loop.time() + 0.01;
        for (int i = 0; i < n; i++) {
            int value = i;
            loop.callAt(t, () -> out.add(value));
        }
        loop.callAt(t + 0.01, loop::stop);
        loop.runForever();
        assertThat(out.toString()).isEqualTo(expected);
        loop.close();
    }

    /**
     * <pre>
     * whens = [3, 1, 2, 1, 3, 1, 2, 1, 1, 3]
     * for i, w in enumerate(whens): loop.call_at(t + w * 0.001, out.append, (i, w))
     * # [(1, 1), (5, 1), (3, 1), (7, 1), (8, 1), (6, 2), (2, 2), (4, 3), (0, 3), (9, 3)]
     * </pre>
     */
    @Test
    void timersRunInTimeOrderWithCPythonsTieOrder() {
        EventLoop loop = aio.newEventLoop();
        List<String> out = new ArrayList<>();
        double t = loop.time() + 0.01;
        int[] whens = {3, 1, 2, 1, 3, 1, 2, 1, 1, 3};
        for (int i = 0; i < whens.length; i++) {
            String item = "(" + i + ", " + whens[i] + ")";
            loop.callAt(t + whens[i] * 0.001, () -> out.add(item));
        }
        loop.callAt(t + 0.02, loop::stop);
        loop.runForever();
        assertThat(String.join(", ", out)).isEqualTo(
                "(1, 1), (5, 1), (3, 1), (7, 1), (8, 1), (6, 2), (2, 2), (4, 3), (0, 3), (9, 3)");
        loop.close();
    }

    /** {@code gather(s(3), s(1), s(2), s(1))} where s sleeps then logs its delay → [1, 1, 2, 3]. */
    @Test
    void sleepsEndInTimeOrder() {
        run(main -> {
            List<Object> sleepers = new ArrayList<>();
            for (double d : new double[] {3, 1, 2, 1}) {
                sleepers.add(coro("s", aw -> {
                    aw.await(aio.sleep(d, null));
                    print(String.valueOf((long) d));
                    return null;
                }));
            }
            return main.await(aio.gather(sleepers, false));
        });
        assertThat(log).containsExactly("1", "1", "2", "3");
    }

    /**
     * <pre>
     * def cb(i): print("cb", i); if i == 1: loop.stop(); loop.call_soon(cb, 10)
     * loop.call_soon(cb, 1); loop.call_soon(cb, 2); loop.run_forever(); print("stopped")
     * loop.call_soon(loop.stop); loop.run_forever(); print("stopped2")
     * loop.stop(); loop.call_soon(cb, 3); loop.run_forever(); print("stopped3")
     * # cb 1, cb 2, stopped, cb 10, stopped2, cb 3, stopped3
     * </pre>
     */
    @Test
    void stopTakesEffectAtTheEndOfTheIteration() {
        EventLoop loop = aio.newEventLoop();
        class Cb implements Runnable {
            final int i;

            Cb(int i) {
                this.i = i;
            }

            @Override
            public void run() {
                print("cb " + i);
                if (i == 1) {
                    loop.stop();
                    loop.callSoon(new Cb(10));
                }
            }
        }
        loop.callSoon(new Cb(1));
        loop.callSoon(new Cb(2));
        loop.runForever();
        print("stopped");
        loop.callSoon(loop::stop);
        loop.runForever();
        print("stopped2");
        loop.stop();
        loop.callSoon(new Cb(3));
        loop.runForever();
        print("stopped3");
        assertThat(log).containsExactly("cb 1", "cb 2", "stopped", "cb 10", "stopped2", "cb 3", "stopped3");
        loop.close();
    }

    @Test
    void runUntilCompleteFailsWhenTheLoopStopsFirst() {
        EventLoop loop = aio.newEventLoop();
        loop.callSoon(loop::stop);
        assertThatThrownBy(() -> loop.runUntilComplete(aio.sleep(10, null)))
                .isInstanceOf(RuntimeError.class).hasMessage("Event loop stopped before Future completed.");
        loop.close();
        assertThatThrownBy(() -> loop.callSoon(() -> { })).isInstanceOf(RuntimeError.class)
                .hasMessage("Event loop is closed");
        assertThatThrownBy(loop::runForever).isInstanceOf(RuntimeError.class).hasMessage("Event loop is closed");
    }

    @Test
    void aRunningLoopCannotBeClosedOrRunAgain() {
        EventLoop loop = aio.newEventLoop();
        loop.runUntilComplete(coro("main", aw -> {
            assertThatThrownBy(loop::close).isInstanceOf(RuntimeError.class)
                    .hasMessage("Cannot close a running event loop");
            assertThatThrownBy(loop::runForever).isInstanceOf(RuntimeError.class)
                    .hasMessage("This event loop is already running");
            EventLoop other = aio.newEventLoop();
            assertThatThrownBy(() -> other.runUntilComplete(aio.sleep(0, null))).isInstanceOf(RuntimeError.class)
                    .hasMessage("Cannot run the event loop while another loop is running");
            other.close();
            return null;
        }));
        loop.close();
    }

    @Test
    void theVirtualClockJumpsToTheNextTimer() {
        EventLoop loop = aio.newEventLoop();
        double start = loop.time();
        long realStart = System.nanoTime();
        Object result = loop.runUntilComplete(coro("main", aw -> {
            aw.await(aio.sleep(3600, null));
            return loop.time() - start;
        }));
        // Each reading of the clock is a nanosecond after the one before.
        assertThat((double) result).isCloseTo(3600.0, within(1e-6)).isGreaterThan(3600.0);
        assertThat((System.nanoTime() - realStart) / 1e9).isLessThan(5.0);
        TimerHandle timer = loop.callLater(2.5, loop::stop);
        assertThat(timer.when()).isCloseTo(start + 3602.5, within(1e-6));
        loop.runForever();
        assertThat(loop.time()).isCloseTo(start + 3602.5, within(1e-6)).isGreaterThan(timer.when());
        loop.close();
    }

    /**
     * On CPython time passes between two sleeps, so equal sleeps started one after another end in FIFO
     * order, and those due within the same millisecond wake in the same iteration:
     * <pre>
     * async def t(n):
     *     await asyncio.sleep(0.01); out.append(n); await asyncio.sleep(0); out.append(n + 10)
     * await asyncio.gather(*(t(i) for i in range(8)))
     * # [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17]
     * </pre>
     */
    @Test
    void equalSleepsStartedInOrderEndInOrderAndTogether() {
        List<Integer> out = new ArrayList<>();
        run(main -> {
            List<Object> sleepers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                sleepers.add(coro("t", aw -> {
                    aw.await(aio.sleep(0.01, null));
                    out.add(n);
                    aw.await(aio.sleep(0, null));
                    out.add(n + 10);
                    return null;
                }));
            }
            main.await(aio.gather(sleepers, false));
            return null;
        });
        assertThat(out).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17);
    }

    /** The clock never reads the same twice, and a wait is rounded up to whole milliseconds (epoll). */
    @Test
    void virtualClockReadingsTickAndWaitsRoundUpToMilliseconds() {
        EventLoop loop = aio.newEventLoop();
        double a = loop.time();
        double b = loop.time();
        assertThat(b).isGreaterThan(a);
        TimerHandle timer = loop.callLater(0.0105, loop::stop);
        loop.runForever();
        // Woken 11 ms after the wait began: later than the timer, by less than a millisecond.
        assertThat(loop.time() - timer.when()).isBetween(0.0, 0.001);
        assertThat(loop.time() - b).isCloseTo(0.011, within(1e-6));
        loop.close();
    }

    /**
     * {@code _run_once} drops all cancelled timers when more than 100 are scheduled and more than half are
     * cancelled, else only those at the head of the heap (150 timers: cancel [50:] → 50 left; [:60] → 90
     * left; [90:] → 150 left, count 60).
     */
    @ParameterizedTest
    @CsvSource({"50, 150, 50, 0", "0, 60, 90, 0", "90, 150, 150, 60"})
    void cancelledTimersAreDroppedLazily(int from, int to, int left, int count) {
        ReferenceEventLoop loop = (ReferenceEventLoop) aio.newEventLoop();
        List<TimerHandle> timers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            timers.add(loop.callLater(100 + i, () -> { }));
        }
        timers.subList(from, to).forEach(Handle::cancel);
        assertThat(loop.timerCancelledCount()).isEqualTo(to - from);
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(loop.scheduledCount()).isEqualTo(left);
        assertThat(loop.timerCancelledCount()).isEqualTo(count);
        loop.close();
    }

    @Test
    void handlesShowLikeCPythons() {
        ReferenceEventLoop loop = (ReferenceEventLoop) aio.newEventLoop();
        Handle handle = loop.callSoon(new Named("boom"));
        assertThat(handle).hasToString("<Handle boom()>");
        handle.cancel();
        assertThat(handle.cancelled()).isTrue();
        assertThat(handle).hasToString("<Handle cancelled>");
        TimerHandle timer = loop.callAt(2017.654027913, new Named("boom"));
        assertThat(timer).hasToString("<TimerHandle when=2017.654027913 boom()>");
        timer.cancel();
        assertThat(timer).hasToString("<TimerHandle cancelled when=2017.654027913>");
        assertThat(loop).hasToString("<_UnixSelectorEventLoop running=False closed=False debug=False>");
        loop.close();
    }

    private record Named(String name) implements Runnable {
        @Override
        public void run() {
        }

        @Override
        public String toString() {
            return name + "()";
        }
    }
}
