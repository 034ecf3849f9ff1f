package dev.asynciotck.reference.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.exceptions.QueueFull;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A queue's maxsize is the program's value, kept and compared as queues.py does ({@code Queue(maxsize=1.3)} holds two
 * items, CPython's test_float_maxsize), and every address in a repr is the host's {@link PythonValues#id}.
 */
class QueueMaxsizeAndAddressTest extends LibraryTestBase {

    /** The host's ids: 0x5000 + 16 per object, in the order first asked, which no identity hash would give. */
    private final Map<Object, Long> ids = new IdentityHashMap<>();

    @Override
    protected PythonValues values() {
        PythonValues java = PythonValues.javaDefaults();
        return new PythonValues() {
            @Override
            public String repr(Object value) {
                return java.repr(value);
            }

            @Override
            public boolean truth(Object value) {
                return java.truth(value);
            }

            @Override
            public boolean lessThan(Object a, Object b) {
                return java.lessThan(a, b);
            }

            @Override
            public long id(Object value) {
                synchronized (ids) {
                    return ids.computeIfAbsent(value, v -> 0x5000L + 16L * ids.size());
                }
            }
        };
    }

    private String fill(Queue q, long items) {
        StringBuilder out = new StringBuilder();
        for (long i = 1; i <= items; i++) {
            try {
                q.putNowait(i);
                out.append(q.full() ? 'F' : '.');
            } catch (QueueFull e) {
                out.append('X');
            }
        }
        return out.toString();
    }

    @Test
    void aFloatMaxsizeIsComparedWithTheSize() {
        run(a -> {
            Queue q = aio.queue(1.3);
            log.add(fill(q, 3) + " maxsize=" + q.maxsize());
            log.add(fill(aio.lifoQueue(0.5), 2));
            log.add(fill(aio.priorityQueue(-0.5), 3));
            log.add(fill(aio.queue(0.0), 3));
            log.add(fill(aio.queue(Double.NaN), 3));
            log.add(fill(aio.queue(2L), 3));
            return null;
        });
        // Queue(1.3): one item is not full (1 < 1.3), two are (2 >= 1.3), a third is refused.
        assertThat(log).containsExactly(".FX maxsize=1.3", "FX", "...", "...", "...", ".FX");
    }

    @Test
    void theMaxsizeIsKeptAsGivenAndShownWithTheHostsRepr() {
        run(a -> {
            Queue q = aio.queue(1.3);
            assertThat(q.maxsize()).isEqualTo(1.3);
            log.add(q.toString().replaceFirst(" at 0x[0-9a-f]+", ""));
            return null;
        });
        assertThat(log).containsExactly("<Queue maxsize=1.3>");
    }

    @Test
    void aMaxsizeThatDoesNotCompareIsAcceptedAndFailsInFull() {
        run(a -> {
            Queue q = aio.queue("three");
            log.add("made, qsize " + q.qsize());
            try {
                q.putNowait(1L);
            } catch (TypeError e) {
                log.add("TypeError");
            }
            return null;
        });
        assertThat(log).containsExactly("made, qsize 0", "TypeError");
    }

    @Test
    void everyAddressInAReprIsTheHostsId() {
        run(a -> {
            var child = aio.coroutine("child", b -> null);
            Object[] objects = {aio.queue(0L), aio.lock(), aio.event(), aio.semaphore(1), aio.boundedSemaphore(1),
                    aio.condition(null), aio.barrier(2), child};
            for (Object o : objects) {
                log.add(String.valueOf(o.toString().contains(" at 0x" + Long.toHexString(values().id(o)))));
            }
            child.close();
            return null;
        });
        assertThat(log).containsOnly("true").hasSize(8);
    }
}
