package dev.asynciotck.reference.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code asyncio.gather}; expected logs from CPython 3.13. */
class GatherTest extends LibraryTestBase {

    @Test
    void resultsComeInArgumentOrder() {
        run(a -> {
            Object r = a.await(aio.gather(List.of(val("a", 0.03, 1L), val("b", 0.01, 2L), val("c", 0.02, 3L)), false));
            log.add("result " + r);
            return null;
        });
        assertThat(log).containsExactly("b done", "c done", "a done", "result [1, 2, 3]");
    }

    @Test
    void returnExceptionsPutsExceptionsInTheList() {
        run(a -> {
            List<?> r = (List<?>) a.await(aio.gather(List.of(val("a", 0.02, 1L), val("b", 0.01, "boom", true)), true));
            log.add("result " + r.stream().map(LibraryTestBase::shown).toList());
            return null;
        });
        assertThat(log).containsExactly("b done", "a done", "result [1, ValueError]");
    }

    @Test
    void firstExceptionPropagatesAndTheOthersKeepRunning() {
        run(a -> {
            try {
                a.await(aio.gather(List.of(val("slow", 0.03, 1L), val("bad", 0.01, "boom", true)), false));
            } catch (ValueError e) {
                log.add("raised " + e.getMessage());
            }
            sleep(a, 0.05);
            log.add("end");
            return null;
        });
        assertThat(log).containsExactly("bad done", "raised boom", "slow done", "end");
    }

    @Test
    void cancellingTheGatherCancelsTheChildren() {
        run(a -> {
            Future g = aio.gather(List.of(val("a", 0.03, 1L), val("b", 0.03, 2L)), false);
            sleep(a, 0.01);
            log.add("cancel " + (g.cancel(null) ? "True" : "False"));
            try {
                a.await(g);
            } catch (CancelledError e) {
                log.add("gather cancelled cancelled()=" + (g.cancelled() ? "True" : "False"));
            }
            return null;
        });
        assertThat(log).containsExactly("cancel True", "a cancelled", "b cancelled",
                "gather cancelled cancelled()=False");
    }

    @Test
    void aCancelledChildFailsTheGatherButNotItsSiblings() {
        run(a -> {
            Future x = aio.ensureFuture(val("a", 0.03, 1L), null);
            Future y = aio.ensureFuture(val("b", 0.03, 2L), null);
            Future g = aio.gather(List.of(x, y), false);
            sleep(a, 0.01);
            x.cancel(null);
            try {
                a.await(g);
            } catch (CancelledError e) {
                log.add("gather raised cancelled()=" + g.cancelled() + " b.done=" + y.done());
            }
            log.add("b=" + a.await(y));
            return null;
        });
        assertThat(log).containsExactly("a cancelled", "gather raised cancelled()=false b.done=false", "b done", "b=2");
    }

    @Test
    void duplicatesShareOneFutureAndDoneInputsCompleteAtOnce() {
        run(a -> {
            Future t = aio.ensureFuture(val("a", 0.01, 7L), null);
            log.add("dup " + a.await(aio.gather(List.of(t, t), false)));
            Future f = aio.getRunningLoop().createFuture();
            f.setResult(5L);
            Future g = aio.gather(List.of(f, f), false);
            log.add("eager done=" + g.done() + " " + g.result());
            Future empty = aio.gather(List.of(), false);
            log.add("empty done=" + empty.done() + " " + empty.result());
            return null;
        });
        assertThat(log).containsExactly("a done", "dup [7, 7]", "eager done=true [5, 5]", "empty done=true []");
    }

    @Test
    void cancellationPropagatesEvenWithReturnExceptions() {
        run(a -> {
            Future g = aio.gather(List.of(val("a", 0.03, 1L), val("b", 0.03, 2L)), true);
            sleep(a, 0.01);
            g.cancel("msg");
            try {
                a.await(g);
            } catch (CancelledError e) {
                log.add("raised " + e.args());
            }
            return null;
        });
        assertThat(log).containsExactly("a cancelled", "b cancelled", "raised [msg]");
    }

    @Test
    void cancelledChildrenAppearAsCancelledErrorsWithTheFuturesMessage() {
        run(a -> {
            var loop = aio.getRunningLoop();
            Future t = aio.ensureFuture(val("t", 10, 1L), null);
            Future f = loop.createFuture();
            Future g = aio.gather(List.of(t, f), true);
            sleep(a, 0);
            t.cancel("tmsg");
            f.cancel("fmsg");
            List<?> r = (List<?>) a.await(g);
            for (Object x : r) {
                log.add(shown(x) + " " + ((CancelledError) x).args().stream().map(m -> "'" + m + "'").toList());
            }
            return null;
        });
        // A task's own cancel message is not kept once it ends; a plain future's is.
        assertThat(log).containsExactly("t cancelled", "CancelledError ['']", "CancelledError ['fmsg']");
    }
}
