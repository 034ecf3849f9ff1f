package dev.asynciotck.reference.lib;

import static dev.asynciotck.reference.lib.TimeoutTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Barrier;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.Semaphore;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.Timeout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reprs CPython 3.13 shows (object addresses differ, so they are matched by pattern). */
class ReprTest extends LibraryTestBase {

    private static final String AT = " at 0x[0-9a-f]+ ";

    @Test
    void primitivesShowTheirState() {
        run(a -> {
            Lock lock = aio.lock();
            a.await(lock.acquire());
            Task t = spawn("w", b -> b.await(lock.acquire()));
            sleep(a, 0);
            log.add(lock.toString());
            Queue q = aio.lifoQueue(3);
            q.putNowait(1L);
            q.putNowait(2L);
            log.add(q.toString());
            q.shutdown(false);
            log.add(q.toString());
            Semaphore sem = aio.boundedSemaphore(1);
            a.await(sem.acquire());
            log.add(sem.toString());
            Barrier bar = aio.barrier(2);
            log.add(bar.toString());
            a.await(bar.abort());
            log.add(bar.toString());
            log.add(aio.event().toString());
            log.add(aio.condition(null).toString());
            Future f = aio.getRunningLoop().createFuture();
            f.setResult(1L);
            log.add(aio.gather(List.of(f, f), false).toString());
            Timeout tm = aio.timeout(1.5);
            log.add(tm.toString());
            with(a, tm, x -> {
                log.add(tm.toString());
                return null;
            });
            log.add(tm.toString());
            t.cancel(null);
            return null;
        });
        assertThat(log).hasSize(12);
        assertThat(log.get(0)).matches("<asyncio\\.locks\\.Lock object" + AT + "\\[locked, waiters:1\\]>");
        assertThat(log.get(1)).matches("<LifoQueue" + AT + "maxsize=3 _queue=\\[1, 2\\] tasks=2>");
        assertThat(log.get(2)).matches("<LifoQueue" + AT + "maxsize=3 _queue=\\[1, 2\\] tasks=2 shutdown>");
        assertThat(log.get(3)).matches("<asyncio\\.locks\\.BoundedSemaphore object" + AT + "\\[locked\\]>");
        assertThat(log.get(4)).matches("<asyncio\\.locks\\.Barrier object" + AT + "\\[filling, waiters:0/2\\]>");
        assertThat(log.get(5)).matches("<asyncio\\.locks\\.Barrier object" + AT + "\\[broken\\]>");
        assertThat(log.get(6)).matches("<asyncio\\.locks\\.Event object" + AT + "\\[unset\\]>");
        assertThat(log.get(7)).matches("<asyncio\\.locks\\.Condition object" + AT + "\\[unlocked\\]>");
        assertThat(log.get(8)).isEqualTo("<_GatheringFuture finished result=[1, 1]>");
        assertThat(log.get(9)).isEqualTo("<Timeout [created]>");
        assertThat(log.get(10)).matches("<Timeout \\[active\\] when=\\d+\\.\\d{1,3}>");
        assertThat(log.get(11)).isEqualTo("<Timeout [finished]>");
    }
}
