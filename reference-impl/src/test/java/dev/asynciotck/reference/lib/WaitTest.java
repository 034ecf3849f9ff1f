package dev.asynciotck.reference.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.ReturnWhen;
import dev.asynciotck.spi.WaitResult;
import dev.asynciotck.spi.exceptions.PythonException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code asyncio.wait} and {@code asyncio.as_completed}; expected logs from CPython 3.13. */
class WaitTest extends LibraryTestBase {

    private final Map<Future, String> names = new IdentityHashMap<>();

    private List<String> s(Set<Future> futures) {
        return futures.stream().map(names::get).sorted().toList();
    }

    private String describe(String label, WaitResult r) {
        return label + " " + s(r.done()) + " " + s(r.pending());
    }

    @Test
    void returnWhenModesAndTimeout() {
        run(a -> {
            Future fa = aio.ensureFuture(val("a", 0.01, 1L), null);
            Future fb = aio.ensureFuture(val("b", 0.02, 2L, true), null);
            Future fc = aio.ensureFuture(val("c", 0.03, 3L), null);
            names.put(fa, "a");
            names.put(fb, "b");
            names.put(fc, "c");
            List<Future> all = List.of(fa, fb, fc);
            log.add(describe("first_completed", (WaitResult) a.await(aio.wait(all, null, ReturnWhen.FIRST_COMPLETED))));
            log.add(describe("first_exception", (WaitResult) a.await(aio.wait(all, null, ReturnWhen.FIRST_EXCEPTION))));
            log.add(describe("all", (WaitResult) a.await(aio.wait(all, null, ReturnWhen.ALL_COMPLETED))));
            Future fd = aio.ensureFuture(val("d", 1, 4L), null);
            names.put(fd, "d");
            log.add(describe("timeout", (WaitResult) a.await(aio.wait(List.of(fa, fd), 0.05, ReturnWhen.ALL_COMPLETED))));
            fd.cancel(null);
            for (List<?> bad : List.of(List.of(), List.of(aio.sleep(0, null)))) {
                try {
                    a.await(aio.wait(bad, null, ReturnWhen.ALL_COMPLETED));
                } catch (PythonException e) {
                    log.add(e.pythonName() + ": " + e.getMessage());
                }
            }
            return null;
        });
        assertThat(log).containsExactly("a done", "first_completed [a] [b, c]", "b done", "first_exception [a, b] [c]",
                "c done", "all [a, b, c] []", "timeout [a] [d]", "ValueError: Set of Tasks/Futures is empty.",
                "TypeError: Passing coroutines is forbidden, use tasks explicitly.", "d cancelled");
    }

    @Test
    void asCompletedYieldsInCompletionOrder() {
        run(a -> {
            var it = aio.asCompleted(List.of(val("a", 0.03, "A"), val("b", 0.01, "B"), val("c", 0.02, "C")), null);
            while (it.hasNext()) {
                log.add("got " + a.await(it.next()));
            }
            return null;
        });
        assertThat(log).containsExactly("b done", "got B", "c done", "got C", "a done", "got A");
    }

    @Test
    void asCompletedRaisesTimeoutErrorForTheRest() {
        run(a -> {
            var it = aio.asCompleted(List.of(val("a", 0.01, "A"), val("b", 1, "B"), val("c", 2, "C")), 0.05);
            while (it.hasNext()) {
                try {
                    log.add("got " + a.await(it.next()));
                } catch (dev.asynciotck.spi.exceptions.TimeoutError e) {
                    log.add("timeout");
                }
            }
            sleep(a, 0);
            return null;
        });
        // asyncio.run() cancels the two tasks still running when main returns.
        assertThat(log).containsExactly("a done", "got A", "timeout", "timeout", "b cancelled", "c cancelled");
    }
}
