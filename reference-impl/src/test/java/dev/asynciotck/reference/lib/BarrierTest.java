package dev.asynciotck.reference.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Barrier;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.BrokenBarrierError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Barrier; expected log from CPython 3.13. */
class BarrierTest extends LibraryTestBase {

    @Test
    void partiesPassTogetherAndResetOrAbortBreakTheWaiters() {
        run(a -> {
            Barrier bar = aio.barrier(3);
            List<Coroutine> ws = new ArrayList<>();
            String[] names = {"a", "b", "c"};
            for (int k = 0; k < 3; k++) {
                String name = names[k];
                double d = 0.01 * (k + 1);
                ws.add(coro("w", b -> {
                    sleep(b, d);
                    log.add(name + " arrives waiting=" + bar.nWaiting());
                    Object i = b.await(bar.waitParties());
                    log.add(name + " passes index=" + i);
                    return null;
                }));
            }
            a.await(aio.gather(ws, false));
            Function<String, Coroutine> v = name -> coro("v", b -> {
                try {
                    b.await(bar.waitParties());
                } catch (BrokenBarrierError e) {
                    log.add(name + " BrokenBarrierError: " + e.getMessage());
                }
                return null;
            });
            List<Task> ts = new ArrayList<>();
            for (String name : List.of("x", "y")) {
                ts.add((Task) aio.createTask(v.apply(name), null));
            }
            sleep(a, 0);
            a.await(bar.reset());
            a.await(aio.gather(ts, false));
            log.add("after reset waiting=" + bar.nWaiting() + " broken=" + bar.broken());
            Task z = (Task) aio.createTask(v.apply("z"), null);
            sleep(a, 0);
            a.await(bar.abort());
            a.await(z);
            log.add("broken=" + bar.broken());
            a.await(v.apply("late"));
            try {
                aio.barrier(0);
            } catch (ValueError e) {
                log.add("ValueError: " + e.getMessage());
            }
            return null;
        });
        assertThat(log).containsExactly("a arrives waiting=0", "b arrives waiting=1", "c arrives waiting=2",
                "c passes index=2", "a passes index=0", "b passes index=1",
                "x BrokenBarrierError: Abort or reset of barrier", "y BrokenBarrierError: Abort or reset of barrier",
                "after reset waiting=0 broken=false", "z BrokenBarrierError: Abort or reset of barrier", "broken=true",
                "late BrokenBarrierError: Barrier aborted", "ValueError: parties must be > 0");
    }
}
