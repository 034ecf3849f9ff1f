package dev.asynciotck.reference.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.exceptions.CancelledError;
import org.junit.jupiter.api.Test;

/** {@code asyncio.shield}; expected logs from CPython 3.13. */
class ShieldTest extends LibraryTestBase {

    @Test
    void cancellingTheWaiterLeavesTheInnerTaskRunning() {
        run(a -> {
            Future inner = aio.ensureFuture(val("inner", 0.02, 5L), null);
            Future w = aio.ensureFuture(coro("waiter", b -> {
                try {
                    return b.await(aio.shield(inner));
                } catch (CancelledError e) {
                    log.add("waiter cancelled");
                    throw e;
                }
            }), null);
            sleep(a, 0.01);
            w.cancel(null);
            sleep(a, 0);
            log.add("w.cancelled=" + w.cancelled() + " inner.done=" + inner.done());
            log.add("inner=" + a.await(inner));
            return null;
        });
        assertThat(log).containsExactly("waiter cancelled", "w.cancelled=true inner.done=false", "inner done", "inner=5");
    }

    @Test
    void aCancelledInnerCancelsTheOuterAndDoneFuturesAreReturnedAsIs() {
        run(a -> {
            Future inner = aio.ensureFuture(val("inner", 0.02, 5L), null);
            Future outer = aio.shield(inner);
            log.add("same=" + (outer == inner));
            sleep(a, 0.01);
            inner.cancel(null);
            try {
                a.await(outer);
            } catch (CancelledError e) {
                log.add("outer cancelled=" + outer.cancelled());
            }
            Future f = aio.getRunningLoop().createFuture();
            f.setResult(1L);
            log.add("done shortcut=" + (aio.shield(f) == f));
            return null;
        });
        assertThat(log).containsExactly("same=false", "inner cancelled", "outer cancelled=true", "done shortcut=true");
    }

    @Test
    void anInnerExceptionReachesTheOuter() {
        Object r = run(a -> {
            Future outer = aio.shield(val("bad", 0.01, "boom", true));
            try {
                a.await(outer);
                return "no error";
            } catch (dev.asynciotck.spi.exceptions.ValueError e) {
                return "ValueError " + e.getMessage();
            }
        });
        assertThat(r).isEqualTo("ValueError boom");
    }
}
