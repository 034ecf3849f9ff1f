package dev.asynciotck.reference.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.Queue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PriorityQueue compares only with {@link PythonValues#lessThan}, making the very comparisons heapq does:
 * the log of {@code __lt__} calls is CPython 3.13's for
 * {@code for v in [5, 3, 8, 1, 9, 2]: q.put_nowait(P(v))} and six get_nowait() calls.
 */
class PriorityQueueHeapTest extends LibraryTestBase {

    record P(long v) {
    }

    @Override
    protected PythonValues values() {
        PythonValues defaults = PythonValues.javaDefaults();
        return new PythonValues() {
            @Override
            public String repr(Object value) {
                return defaults.repr(value);
            }

            @Override
            public boolean truth(Object value) {
                return defaults.truth(value);
            }

            @Override
            public boolean lessThan(Object a, Object b) {
                if (a instanceof P x && b instanceof P y) {
                    log.add(x.v() + "<" + y.v());
                    return x.v() < y.v();
                }
                return defaults.lessThan(a, b);
            }
        };
    }

    @Test
    void makesTheComparisonsHeapqMakes() {
        run(a -> {
            Queue q = aio.priorityQueue(0);
            for (long v : new long[] {5, 3, 8, 1, 9, 2}) {
                q.putNowait(new P(v));
            }
            log.add("--");
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                out.add(((P) q.getNowait()).v());
            }
            log.add("out " + out);
            return null;
        });
        assertThat(log).containsExactly("3<5", "8<3", "1<5", "1<3", "9<3", "2<8", "2<1", "--", "3<2", "8<2", "3<8",
                "9<5", "5<8", "9<5", "8<9", "out [1, 2, 3, 5, 8, 9]");
    }
}
