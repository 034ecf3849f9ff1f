package dev.asynciotck.reference.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.TimeoutError;
import org.junit.jupiter.api.Test;

/** {@code asyncio.wait_for} (3.13: built on {@code timeout()}); expected logs from CPython 3.13. */
class WaitForTest extends LibraryTestBase {

    @Test
    void returnsTheValueInTime() {
        run(a -> {
            log.add("r=" + a.await(aio.waitFor(val("a", 0.01, 3L), 1.0)));
            log.add("r=" + a.await(aio.waitFor(val("b", 0.01, 4L), null)));
            return null;
        });
        assertThat(log).containsExactly("a done", "r=3", "b done", "r=4");
    }

    @Test
    void atTheTimeoutCancelsTheInnerAndWaitsForItsCleanup() {
        run(a -> {
            var slow = coro("slow", b -> {
                try {
                    sleep(b, 1);
                } catch (CancelledError e) {
                    log.add("slow cancelled");
                    sleep(b, 0.01);
                    log.add("slow cleanup done");
                    throw e;
                }
                return null;
            });
            try {
                a.await(aio.waitFor(slow, 0.05));
            } catch (TimeoutError e) {
                log.add("TimeoutError cause=" + shown(e.getCause()));
            }
            Future t = aio.ensureFuture(val("t", 1, 1L), null);
            try {
                a.await(aio.waitFor(t, 0.01));
            } catch (TimeoutError e) {
                log.add("t.cancelled=" + t.cancelled());
            }
            return null;
        });
        assertThat(log).containsExactly("slow cancelled", "slow cleanup done", "TimeoutError cause=CancelledError",
                "t cancelled", "t.cancelled=true");
    }

    @Test
    void aZeroTimeoutNeverStartsACoroutine() {
        boolean[] started = {false};
        run(a -> {
            try {
                a.await(aio.waitFor(coro("f", b -> {
                    started[0] = true;
                    return null;
                }), 0.0));
            } catch (TimeoutError e) {
                log.add("timeout started=" + started[0] + " cause=" + shown(e.getCause()));
            }
            Future fut = aio.getRunningLoop().createFuture();
            fut.setResult(9L);
            log.add("done=" + a.await(aio.waitFor(fut, 0.0)));
            return null;
        });
        assertThat(log).containsExactly("timeout started=false cause=CancelledError", "done=9");
    }

    @Test
    void anInnerThatSwallowsTheCancellationReturnsItsValue() {
        run(a -> {
            var stubborn = coro("stubborn", b -> {
                try {
                    sleep(b, 1);
                } catch (CancelledError e) {
                    log.add("stubborn swallowed");
                    return "late";
                }
                return null;
            });
            log.add("r=" + a.await(aio.waitFor(stubborn, 0.01)));
            return null;
        });
        assertThat(log).containsExactly("stubborn swallowed", "r=late");
    }

    @Test
    void cancellingTheWaitingTaskRaisesCancelledErrorNotTimeout() {
        run(a -> {
            Task t = spawn("w", b -> {
                try {
                    b.await(aio.waitFor(val("inner", 1, 1L), 0.5));
                } catch (CancelledError e) {
                    log.add("w cancelled");
                    throw e;
                }
                return null;
            });
            sleep(a, 0.01);
            t.cancel(null);
            try {
                a.await(t);
            } catch (CancelledError e) {
                log.add("t.cancelled=" + t.cancelled());
            }
            return null;
        });
        assertThat(log).containsExactly("inner cancelled", "w cancelled", "t.cancelled=true");
    }
}
