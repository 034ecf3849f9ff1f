package dev.asynciotck.reference.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.QueueEmpty;
import dev.asynciotck.spi.exceptions.QueueFull;
import dev.asynciotck.spi.exceptions.QueueShutDown;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queue, LifoQueue, PriorityQueue; expected logs from CPython 3.13. */
class QueueTest extends LibraryTestBase {

    private static List<Object> drain(Queue q) {
        List<Object> out = new ArrayList<>();
        while (!q.empty()) {
            out.add(q.getNowait());
        }
        return out;
    }

    @Test
    void eachKindTakesItsOwnOrder() {
        run(a -> {
            for (Queue q : List.of(aio.queue(0), aio.lifoQueue(0), aio.priorityQueue(0))) {
                for (long x : new long[] {3, 1, 4, 1, 5, 9, 2, 6}) {
                    q.putNowait(x);
                }
                log.add(drain(q).toString());
            }
            return null;
        });
        assertThat(log).containsExactly("[3, 1, 4, 1, 5, 9, 2, 6]", "[6, 2, 9, 5, 1, 4, 1, 3]", "[1, 1, 2, 3, 4, 5, 6, 9]");
    }

    @Test
    void nowaitErrorsAndTaskDoneCount() {
        run(a -> {
            Queue q = aio.queue(2);
            q.putNowait(1L);
            q.putNowait(2L);
            log.add("full=" + q.full() + " qsize=" + q.qsize() + " maxsize=" + q.maxsize());
            try {
                q.putNowait(3L);
            } catch (QueueFull e) {
                log.add("QueueFull " + e.args());
            }
            q.getNowait();
            q.getNowait();
            log.add("empty=" + q.empty());
            try {
                q.getNowait();
            } catch (QueueEmpty e) {
                log.add("QueueEmpty " + e.args());
            }
            try {
                q.taskDone();
                q.taskDone();
                q.taskDone();
            } catch (ValueError e) {
                log.add("ValueError: " + e.getMessage());
            }
            return null;
        });
        assertThat(log).containsExactly("full=true qsize=2 maxsize=2", "QueueFull []", "empty=true", "QueueEmpty []",
                "ValueError: task_done() called too many times");
    }

    @Test
    void putWaitsWhileTheQueueIsFull() {
        run(a -> {
            Queue q = aio.queue(1);
            var producer = coro("producer", b -> {
                for (long i = 0; i < 3; i++) {
                    b.await(q.put(i));
                    log.add("put " + i);
                }
                return null;
            });
            var consumer = coro("consumer", b -> {
                for (int i = 0; i < 3; i++) {
                    sleep(b, 0.01);
                    log.add("got " + b.await(q.get()));
                }
                return null;
            });
            a.await(aio.gather(List.of(producer, consumer), false));
            return null;
        });
        assertThat(log).containsExactly("put 0", "got 0", "put 1", "got 1", "put 2", "got 2");
    }

    @Test
    void joinWaitsForEveryTaskDone() {
        run(a -> {
            Queue q = aio.queue(0);
            List<Task> workers = new ArrayList<>();
            for (String name : List.of("w0", "w1")) {
                workers.add(spawn("worker", b -> {
                    while (true) {
                        double item = (Double) b.await(q.get());
                        sleep(b, item);
                        log.add(name + " did " + item);
                        q.taskDone();
                    }
                }));
            }
            for (double x : new double[] {0.05, 0.01, 0.02}) {
                q.putNowait(x);
            }
            a.await(q.join());
            log.add("joined");
            workers.forEach(w -> w.cancel(null));
            return null;
        });
        assertThat(log).containsExactly("w1 did 0.01", "w1 did 0.02", "w0 did 0.05", "joined");
    }

    @Test
    void aGetterCancelledAfterBeingWokenLeavesTheItemForTheNext() {
        run(a -> {
            Queue q = aio.queue(0);
            List<Task> getters = new ArrayList<>();
            for (String name : List.of("g1", "g2")) {
                getters.add(spawn("getter", b -> {
                    try {
                        log.add(name + " got " + b.await(q.get()));
                    } catch (CancelledError e) {
                        log.add(name + " cancelled");
                        throw e;
                    }
                    return null;
                }));
            }
            sleep(a, 0);
            q.putNowait("item"); // wakes g1 ...
            getters.get(0).cancel(null); // ... which is cancelled before it can take the item
            sleep(a, 0.01);
            log.add("qsize=" + q.qsize());
            return null;
        });
        assertThat(log).containsExactly("g1 cancelled", "g2 got item", "qsize=0");
    }

    @Test
    void aPutterCancelledAfterBeingWokenLeavesTheSlotForTheNext() {
        run(a -> {
            Queue q = aio.queue(1);
            q.putNowait("a");
            List<Task> putters = new ArrayList<>();
            for (String[] p : new String[][] {{"p1", "b"}, {"p2", "c"}}) {
                putters.add(spawn("putter", b -> {
                    try {
                        b.await(q.put(p[1]));
                        log.add(p[0] + " put " + p[1]);
                    } catch (CancelledError e) {
                        log.add(p[0] + " cancelled");
                        throw e;
                    }
                    return null;
                }));
            }
            sleep(a, 0);
            log.add("got " + q.getNowait());
            putters.get(0).cancel(null);
            sleep(a, 0.01);
            log.add("items " + drain(q));
            return null;
        });
        assertThat(log).containsExactly("got a", "p1 cancelled", "p2 put c", "items [c]");
    }

    @Test
    void shutdown() {
        run(a -> {
            Queue q = aio.queue(0);
            spawn("getter", b -> {
                try {
                    b.await(q.get());
                } catch (QueueShutDown e) {
                    log.add("getter QueueShutDown " + e.args());
                }
                return null;
            });
            sleep(a, 0);
            q.shutdown(false);
            sleep(a, 0);
            try {
                q.putNowait(1L);
            } catch (QueueShutDown e) {
                log.add("put after shutdown");
            }
            Queue q2 = aio.queue(0);
            q2.putNowait(1L);
            q2.putNowait(2L);
            q2.shutdown(false);
            log.add("drain " + q2.getNowait() + " " + a.await(q2.get()));
            try {
                a.await(q2.get());
            } catch (QueueShutDown e) {
                log.add("empty after shutdown");
            }
            Queue q3 = aio.queue(0);
            q3.putNowait(1L);
            q3.putNowait(2L);
            q3.shutdown(true);
            log.add("immediate qsize=" + q3.qsize());
            a.await(q3.join());
            log.add("join returns");
            try {
                q3.getNowait();
            } catch (QueueShutDown e) {
                log.add("get raises");
            }
            Queue q4 = aio.queue(1);
            q4.putNowait(0L);
            spawn("putter", b -> {
                try {
                    b.await(q4.put(1L));
                } catch (QueueShutDown e) {
                    log.add("putter QueueShutDown");
                }
                return null;
            });
            sleep(a, 0);
            q4.shutdown(false);
            sleep(a, 0);
            return null;
        });
        assertThat(log).containsExactly("getter QueueShutDown []", "put after shutdown", "drain 1 2",
                "empty after shutdown", "immediate qsize=0", "join returns", "get raises", "putter QueueShutDown");
    }
}
