package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** No two task bodies and no callback ever run at the same moment, whatever threads carry them. */
class StrictHandOffTest extends ModuleTestBase {

    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger overlaps = new AtomicInteger();

    /** Marks a stretch of Python code as running, spins a little, and counts any overlap seen. */
    private void exclusive() {
        if (active.incrementAndGet() != 1) {
            overlaps.incrementAndGet();
        }
        for (int i = 0; i < 200; i++) {
            Thread.onSpinWait();
        }
        active.decrementAndGet();
    }

    @Test
    void bodiesAndCallbacksNeverOverlap() {
        run(main -> {
            EventLoop loop = aio.getRunningLoop();
            List<Object> tasks = new ArrayList<>();
            for (int t = 0; t < 200; t++) {
                tasks.add(aio.createTask(coro("worker", w -> {
                    for (int step = 0; step < 10; step++) {
                        exclusive();
                        loop.callSoon(this::exclusive);
                        w.await(aio.sleep(step % 3 == 0 ? 0 : 0.001 * step, null));
                        exclusive();
                    }
                    return null;
                }), null));
            }
            return main.await(aio.gather(tasks, false));
        });
        assertThat(overlaps.get()).isZero();
    }
}
