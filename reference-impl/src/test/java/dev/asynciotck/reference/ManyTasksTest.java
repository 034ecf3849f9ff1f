package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.CancelledError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scale: 100,000 tasks, each suspended on its own future, all cancelled; correctness, not speed. */
class ManyTasksTest extends ModuleTestBase {

    private static final int TASKS = 100_000;

    @Test
    void oneHundredThousandBlockedTasksAreAllCancelled() {
        int[] caught = {0};
        Object result = run(main -> {
            EventLoop loop = aio.getRunningLoop();
            List<Future> futures = new ArrayList<>(TASKS);
            List<Future> tasks = new ArrayList<>(TASKS);
            for (int i = 0; i < TASKS; i++) {
                Future future = loop.createFuture();
                futures.add(future);
                tasks.add(aio.createTask(coro("waiter", w -> {
                    try {
                        return w.await(future);
                    } catch (CancelledError e) {
                        caught[0]++;
                        throw e;
                    }
                }), null));
            }
            main.await(aio.sleep(0, null));
            assertThat(aio.allTasks(null)).hasSize(TASKS + 1);
            assertThat(((ReferenceAsyncio) aio).liveCoroutineBodies()).isEqualTo(TASKS + 1);
            for (Future task : tasks) {
                task.cancel(null);
            }
            List<?> outcomes = (List<?>) main.await(aio.gather(tasks, true));
            assertThat(outcomes).hasSize(TASKS).allSatisfy(o -> assertThat(o).isInstanceOf(CancelledError.class));
            assertThat(tasks).allSatisfy(t -> assertThat(t.cancelled()).isTrue());
            assertThat(futures).allSatisfy(f -> assertThat(f.cancelled()).isTrue());
            return aio.allTasks(null).size();
        });
        assertThat(result).isEqualTo(1);
        assertThat(caught[0]).isEqualTo(TASKS);
        assertThat(((ReferenceAsyncio) aio).liveCoroutineBodies()).isZero();
        // closeModuleLeavesNoThread() then checks that no thread is left after close.
    }
}
