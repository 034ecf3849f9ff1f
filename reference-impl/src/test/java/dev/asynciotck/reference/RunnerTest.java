package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Runner;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code asyncio.Runner} (3.11+) and the options of {@code asyncio.run}; the programs are named in the tests. */
class RunnerTest extends ModuleTestBase {

    private Coroutine answer(Object value) {
        return coro("answer", a -> {
            a.await(aio.sleep(0, null));
            return value;
        });
    }

    /** run_runner_basic.py: repeated runs on one loop, closed when the with block ends. */
    @Test
    void aRunnerRunsCoroutinesOneAfterAnotherOnOneLoop() {
        Runner runner = aio.runner(null, null).enter();
        assertThat(runner.run(answer(1L), null)).isEqualTo(1L);
        assertThat(runner.run(answer(2L), null)).isEqualTo(2L);
        EventLoop loop = runner.getLoop();
        assertThat(runner.run(coro("loop_of_this_run", a -> aio.getRunningLoop()), null)).isSameAs(loop);
        assertThat(loop.isRunning()).isFalse();
        runner.close();
        assertThat(loop.isClosed()).isTrue();
    }

    /** run_runner_close.py: close() cancels leftovers, is idempotent, and a closed runner refuses everything. */
    @Test
    void closingARunnerCancelsLeftoversAndClosesIt() {
        Runner runner = aio.runner(null, null);
        print((String) runner.run(coro("start_leftover", a -> {
            aio.ensureFuture(coro("leftover", b -> {
                try {
                    return b.await(aio.sleep(10, null));
                } catch (CancelledError e) {
                    print("leftover: cancelled when the runner closes");
                    throw e;
                }
            }), null);
            a.await(aio.sleep(0, null));
            return "main done";
        }), null));
        EventLoop loop = runner.getLoop();
        runner.close();
        print("closed: " + loop.isClosed());
        runner.close();
        assertThatThrownBy(runner::getLoop).isInstanceOf(RuntimeError.class).hasMessage("Runner is closed");
        Coroutine coro = aio.sleep(0, null);
        assertThatThrownBy(() -> runner.run(coro, null)).isInstanceOf(RuntimeError.class);
        coro.close();
        assertThatThrownBy(runner::enter).isInstanceOf(RuntimeError.class);
        assertThat(log).containsExactly("main done", "leftover: cancelled when the runner closes", "closed: true");
    }

    /** run_runner_errors.py: run() refuses a non-coroutine and a call from a running loop. */
    @Test
    void runRefusesWhatIsNotACoroutineAndANestedCall() {
        Runner runner = aio.runner(null, null).enter();
        runner.run(coro("nested", a -> {
            Coroutine inner = aio.sleep(0, null);
            assertThatThrownBy(() -> runner.run(inner, null)).isInstanceOf(RuntimeError.class)
                    .hasMessage("Runner.run() cannot be called from a running event loop");
            inner.close();
            return null;
        }), null);
        assertThatThrownBy(() -> runner.run(123L, null)).isInstanceOf(ValueError.class)
                .hasMessage("a coroutine was expected, got 123");
        runner.close();
    }

    /** run_runner_options.py, run_asyncio_run_options.py and run_asyncio_run_factory.py. */
    @Test
    void debugAndLoopFactoryOptions() {
        for (Boolean debug : new Boolean[] {true, false}) {
            Runner runner = aio.runner(debug, null);
            assertThat(runner.run(coro("debug_flag", a -> aio.getRunningLoop().getDebug()), null)).isEqualTo(debug);
            runner.close();
            assertThat(aio.run(coro("debug_flag", a -> aio.getRunningLoop().getDebug()), debug, null)).isEqualTo(debug);
        }
        List<EventLoop> made = new ArrayList<>();
        Object ranOn = aio.run(coro("main", a -> aio.getRunningLoop()), null, () -> {
            EventLoop loop = aio.newEventLoop();
            made.add(loop);
            return loop;
        });
        assertThat(made).hasSize(1);
        assertThat(ranOn).isSameAs(made.get(0));
        assertThat(made.get(0).isClosed()).isTrue();
        assertThatThrownBy(() -> aio.run(1L)).isInstanceOf(ValueError.class);
    }
}
