package dev.asynciotck.reference.lib;

import static dev.asynciotck.reference.lib.TimeoutTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Condition;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Semaphore;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Semaphore, BoundedSemaphore and Condition; expected logs from CPython 3.13. */
class SemaphoreConditionTest extends LibraryTestBase {

    @Test
    void semaphoreLetsValueTasksInAtOnce() {
        run(a -> {
            Semaphore sem = aio.semaphore(2);
            List<Coroutine> ws = new ArrayList<>();
            for (String name : List.of("a", "b", "c", "d")) {
                ws.add(coro("w", b -> {
                    with(b, sem, x -> {
                        log.add(name + " in locked=" + sem.locked());
                        sleep(b, 0.01);
                        return null;
                    });
                    log.add(name + " out");
                    return null;
                }));
            }
            a.await(aio.gather(ws, false));
            Semaphore bounded = aio.boundedSemaphore(1);
            a.await(bounded.acquire());
            bounded.release();
            try {
                bounded.release();
            } catch (ValueError e) {
                log.add("ValueError: " + e.getMessage());
            }
            try {
                aio.semaphore(-1);
            } catch (ValueError e) {
                log.add("ValueError: " + e.getMessage());
            }
            return null;
        });
        assertThat(log).containsExactly("a in locked=false", "b in locked=true", "a out", "b out", "c in locked=true",
                "d in locked=true", "c out", "d out", "ValueError: BoundedSemaphore released too many times",
                "ValueError: Semaphore initial value must be >= 0");
    }

    @Test
    void aCancelledWaiterGivesItsUnitToTheNext() {
        run(a -> {
            Semaphore sem = aio.semaphore(0);
            List<Task> ts = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                ts.add(spawn("w", b -> {
                    try {
                        b.await(sem.acquire());
                    } catch (CancelledError e) {
                        log.add(name + " cancelled");
                        throw e;
                    }
                    log.add(name + " acquired");
                    return null;
                }));
            }
            sleep(a, 0);
            sem.release(); // gives a its unit ...
            ts.get(0).cancel(null); // ... which a hands back to b
            sleep(a, 0.01);
            log.add("locked=" + sem.locked());
            return null;
        });
        assertThat(log).containsExactly("a cancelled", "b acquired", "locked=true");
    }

    @Test
    void conditionNotifiesInOrderAndWaitForChecksThePredicate() {
        run(a -> {
            Condition cond = aio.condition(null);
            List<Object> state = new ArrayList<>();
            List<Task> ts = new ArrayList<>();
            for (String name : List.of("a", "b", "c")) {
                ts.add(spawn("w", b -> with(b, cond, x -> {
                    Object r = b.await(cond.waitNotified());
                    log.add(name + " woke " + r + " locked=" + cond.locked());
                    return null;
                })));
            }
            ts.add(spawn("wf", b -> with(b, cond, x -> {
                // lambda: len(state) >= 2 and len(state)
                Object r = b.await(cond.waitFor(() -> state.size() >= 2 ? (Object) (long) state.size() : false));
                log.add("p predicate " + r);
                return null;
            })));
            sleep(a, 0);
            with(a, cond, x -> {
                cond.notifyWaiters(1);
                return null;
            });
            sleep(a, 0);
            with(a, cond, x -> {
                state.add(1L);
                cond.notifyAllWaiters();
                return null;
            });
            sleep(a, 0);
            with(a, cond, x -> {
                state.add(2L);
                cond.notifyAllWaiters();
                return null;
            });
            a.await(aio.gather(ts, false));
            try {
                a.await(cond.waitNotified());
            } catch (RuntimeError e) {
                log.add("RuntimeError: " + e.getMessage());
            }
            try {
                cond.notifyWaiters(1);
            } catch (RuntimeError e) {
                log.add("RuntimeError: " + e.getMessage());
            }
            return null;
        });
        assertThat(log).containsExactly("a woke true locked=true", "b woke true locked=true", "c woke true locked=true",
                "p predicate 2", "RuntimeError: cannot wait on un-acquired lock",
                "RuntimeError: cannot notify on un-acquired lock");
    }

    @Test
    void aCancelledNotifiedWaiterPassesTheNotificationOn() {
        run(a -> {
            Condition cond = aio.condition(null);
            List<Task> ts = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                ts.add(spawn("w", b -> with(b, cond, x -> {
                    try {
                        b.await(cond.waitNotified());
                    } catch (CancelledError e) {
                        log.add(name + " cancelled locked=" + cond.locked());
                        throw e;
                    }
                    log.add(name + " woke");
                    return null;
                })));
            }
            sleep(a, 0);
            with(a, cond, x -> {
                cond.notifyWaiters(1); // picks a ...
                return null;
            });
            ts.get(0).cancel(null); // ... which is cancelled and hands the notification to b
            a.await(aio.gather(ts, true));
            log.add("end");
            return null;
        });
        assertThat(log).containsExactly("a cancelled locked=true", "b woke", "end");
    }
}
