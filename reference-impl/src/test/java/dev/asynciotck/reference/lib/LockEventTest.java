package dev.asynciotck.reference.lib;

import static dev.asynciotck.reference.lib.TimeoutTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Event;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lock and Event; expected logs from CPython 3.13. */
class LockEventTest extends LibraryTestBase {

    @Test
    void lockIsFifoEvenForANewcomerWhileItIsMomentarilyFree() {
        run(a -> {
            Lock lock = aio.lock();
            List<Task> ts = new ArrayList<>();
            a.await(lock.acquire());
            for (String name : List.of("a", "b", "c", "d")) {
                if (name.equals("d")) {
                    sleep(a, 0);
                    lock.release(); // wakes a; d must still queue behind a, b and c
                }
                ts.add(spawn("user", b -> with(b, lock, x -> {
                    log.add(name + " in");
                    sleep(b, 0.01);
                    log.add(name + " out");
                    return null;
                })));
            }
            a.await(aio.gather(ts, false));
            try {
                lock.release();
            } catch (RuntimeError e) {
                log.add("RuntimeError: " + e.getMessage());
            }
            return null;
        });
        assertThat(log).containsExactly("a in", "a out", "b in", "b out", "c in", "c out", "d in", "d out",
                "RuntimeError: Lock is not acquired.");
    }

    @Test
    void aFreeLockIsNotTakenAheadOfWokenWaiters() {
        run(a -> {
            Lock lock = aio.lock();
            a.await(lock.acquire());
            List<Task> ts = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                ts.add(spawn("user", b -> with(b, lock, x -> {
                    log.add(name + " in");
                    sleep(b, 0.01);
                    log.add(name + " out");
                    return null;
                })));
            }
            sleep(a, 0);
            lock.release();
            a.await(lock.acquire()); // free at this instant, but a and b are queued first
            log.add("main in");
            lock.release();
            a.await(aio.gather(ts, false));
            return null;
        });
        assertThat(log).containsExactly("a in", "a out", "b in", "b out", "main in");
    }

    @Test
    void aCancelledWaiterNeverTakesTheLockAndPassesItOn() {
        run(a -> {
            Lock lock = aio.lock();
            java.util.function.Function<String, Task> user = name -> spawn("user", b -> {
                try {
                    b.await(lock.acquire());
                } catch (CancelledError e) {
                    log.add(name + " cancelled locked=" + (lock.locked() ? "True" : "False"));
                    throw e;
                }
                log.add(name + " acquired");
                sleep(b, 0.01);
                lock.release();
                return null;
            });
            a.await(lock.acquire());
            Task ta = user.apply("a");
            user.apply("b");
            sleep(a, 0);
            ta.cancel(null); // cancelled while waiting
            sleep(a, 0);
            lock.release();
            sleep(a, 0.05);
            a.await(lock.acquire());
            Task tc = user.apply("c");
            user.apply("d");
            sleep(a, 0);
            lock.release(); // wakes c ...
            tc.cancel(null); // ... cancelled before it takes the lock
            sleep(a, 0.05);
            log.add("locked=" + (lock.locked() ? "True" : "False"));
            return null;
        });
        assertThat(log).containsExactly("a cancelled locked=True", "b acquired", "c cancelled locked=False",
                "d acquired", "locked=False");
    }

    @Test
    void eventWakesEveryWaiter() {
        run(a -> {
            Event ev = aio.event();
            List<Task> ts = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                ts.add(spawn("w", b -> {
                    log.add(name + " " + b.await(ev.waitSet()));
                    return null;
                }));
            }
            sleep(a, 0);
            log.add("is_set=" + ev.isSet());
            ev.set();
            a.await(aio.gather(ts, false));
            log.add("again " + a.await(ev.waitSet()));
            ev.clear();
            log.add("is_set=" + ev.isSet());
            return null;
        });
        assertThat(log).containsExactly("is_set=false", "a true", "b true", "again true", "is_set=false");
    }
}
