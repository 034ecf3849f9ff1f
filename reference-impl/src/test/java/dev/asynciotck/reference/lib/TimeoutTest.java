package dev.asynciotck.reference.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.AsyncContextManager;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.Timeout;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TimeoutError;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@code asyncio.timeout} and {@code asyncio.timeout_at}; expected logs from CPython 3.13. */
class TimeoutTest extends LibraryTestBase {

    /** {@code async with cm as x: body(x)}. */
    static Object with(Awaiter a, AsyncContextManager cm, Function<Object, Object> body) {
        Object entered = a.await(cm.aenter());
        Object result;
        try {
            result = body.apply(entered);
        } catch (Throwable t) {
            Object suppress = a.await(cm.aexit(t));
            if (Boolean.TRUE.equals(suppress)) {
                return null;
            }
            throw t;
        }
        a.await(cm.aexit(null));
        return result;
    }

    @Test
    void expiresWithTimeoutErrorAndOtherwiseStaysOutOfTheWay() {
        run(a -> {
            Timeout[] cm = new Timeout[1];
            try {
                with(a, cm[0] = aio.timeout(0.05), x -> {
                    log.add("when set=" + (((Timeout) x).when() != null));
                    return a.await(val("body", 1, 1L));
                });
            } catch (TimeoutError e) {
                log.add("TimeoutError expired=" + cm[0].expired() + " cause=" + shown(e.getCause()));
            }
            Timeout quick = aio.timeout(1.0);
            with(a, quick, x -> a.await(val("quick", 0.01, 1L)));
            log.add("expired=" + quick.expired());
            Timeout none = aio.timeout(null);
            with(a, none, x -> a.await(val("none", 0.01, 1L)));
            log.add("when=" + none.when());
            return null;
        });
        assertThat(log).containsExactly("when set=true", "body cancelled", "TimeoutError expired=true cause=CancelledError",
                "quick done", "expired=false", "none done", "when=null");
    }

    @Test
    void rescheduleAndMisuse() {
        run(a -> {
            var loop = aio.getRunningLoop();
            Timeout t = aio.timeout(null);
            try {
                t.reschedule(1.0);
            } catch (RuntimeError e) {
                log.add("RuntimeError: " + e.getMessage());
            }
            try {
                with(a, t, x -> {
                    t.reschedule(loop.time() + 0.02);
                    return a.await(val("body", 1, 1L));
                });
            } catch (TimeoutError e) {
                log.add("timed out");
            }
            try {
                t.reschedule(null);
            } catch (RuntimeError e) {
                log.add("RuntimeError: " + e.getMessage());
            }
            try {
                with(a, t, x -> null);
            } catch (RuntimeError e) {
                log.add("RuntimeError: " + e.getMessage());
            }
            return null;
        });
        assertThat(log).containsExactly("RuntimeError: Timeout has not been entered", "body cancelled", "timed out",
                "RuntimeError: Cannot change state of expired Timeout",
                "RuntimeError: Timeout has already been entered");
    }

    @Test
    void nestedTimeoutsEachRaiseTheirOwn() {
        run(a -> {
            try {
                with(a, aio.timeout(0.05), x -> {
                    try {
                        with(a, aio.timeout(0.01), y -> a.await(val("inner", 1, 1L)));
                    } catch (TimeoutError e) {
                        log.add("inner timeout");
                    }
                    return a.await(val("outer body", 1, 1L));
                });
            } catch (TimeoutError e) {
                log.add("outer timeout");
            }
            return null;
        });
        assertThat(log).containsExactly("inner cancelled", "inner timeout", "outer body cancelled", "outer timeout");
    }

    @Test
    void anOutsideCancellationStaysACancellationAndAPastDeadlineExpiresAtOnce() {
        run(a -> {
            Task t = spawn("w", b -> with(b, aio.timeout(1.0), x -> b.await(val("body", 2, 1L))));
            sleep(a, 0.01);
            t.cancel(null);
            try {
                a.await(t);
            } catch (CancelledError e) {
                log.add("cancelled, not timeout");
            }
            try {
                var loop = aio.getRunningLoop();
                with(a, aio.timeoutAt(loop.time() - 1), x -> a.await(val("past", 1, 1L)));
            } catch (TimeoutError e) {
                log.add("past deadline times out");
            }
            return null;
        });
        assertThat(log).containsExactly("body cancelled", "cancelled, not timeout", "past cancelled",
                "past deadline times out");
    }
}
