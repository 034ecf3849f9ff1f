package dev.asynciotck.interpreter.runtime.asyncio;

import dev.asynciotck.spi.Barrier;
import dev.asynciotck.spi.Condition;
import dev.asynciotck.spi.Event;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.Semaphore;
import dev.asynciotck.spi.TaskGroup;
import dev.asynciotck.spi.Timeout;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.Values;

/** Methods of queues, events, locks, semaphores, conditions, barriers, task groups and timeouts. */
final class PrimitiveMethods {

    private PrimitiveMethods() {
    }

    static Object queue(Runtime rt, Queue q, String name) {
        return switch (name) {
            case "qsize" -> PyBuiltin.method(q, name, "", v -> (long) q.qsize());
            case "empty" -> PyBuiltin.method(q, name, "", v -> q.empty());
            case "full" -> PyBuiltin.method(q, name, "", v -> q.full());
            case "put" -> PyBuiltin.method(q, name, "item", v -> q.put(v[0]));
            case "put_nowait" -> PyBuiltin.method(q, name, "item", v -> {
                q.putNowait(v[0]);
                return null;
            });
            case "get" -> PyBuiltin.method(q, name, "", v -> q.get());
            case "get_nowait" -> PyBuiltin.method(q, name, "", v -> Values.fromJava(q.getNowait()));
            case "task_done" -> PyBuiltin.method(q, name, "", v -> {
                q.taskDone();
                return null;
            });
            case "join" -> PyBuiltin.method(q, name, "", v -> q.join());
            case "shutdown" -> rt.atLeast(3, 13) ? PyBuiltin.method(q, name, "immediate=False", v -> {
                q.shutdown(Values.truth(v[0]));
                return null;
            }) : null;
            default -> null;
        };
    }

    static Object event(Event e, String name) {
        return switch (name) {
            case "is_set" -> PyBuiltin.method(e, name, "", v -> e.isSet());
            case "set" -> PyBuiltin.method(e, name, "", v -> {
                e.set();
                return null;
            });
            case "clear" -> PyBuiltin.method(e, name, "", v -> {
                e.clear();
                return null;
            });
            case "wait" -> PyBuiltin.method(e, name, "", v -> e.waitSet());
            default -> null;
        };
    }

    static Object lock(Lock l, String name) {
        return switch (name) {
            case "acquire" -> PyBuiltin.method(l, name, "", v -> l.acquire());
            case "release" -> PyBuiltin.method(l, name, "", v -> {
                l.release();
                return null;
            });
            case "locked" -> PyBuiltin.method(l, name, "", v -> l.locked());
            default -> null;
        };
    }

    static Object condition(Runtime rt, Condition c, String name) {
        return switch (name) {
            case "wait" -> PyBuiltin.method(c, name, "", v -> c.waitNotified());
            case "wait_for" -> PyBuiltin.method(c, name, "predicate", v -> c.waitFor(new Callbacks.Predicate(rt, v[0])));
            case "notify" -> PyBuiltin.method(c, name, "n=1", v -> {
                c.notifyWaiters(SpiArguments.count(rt, v[0], "n"));
                return null;
            });
            case "notify_all" -> PyBuiltin.method(c, name, "", v -> {
                c.notifyAllWaiters();
                return null;
            });
            default -> lock(c, name);
        };
    }

    static Object semaphore(Semaphore s, String name) {
        return switch (name) {
            case "acquire" -> PyBuiltin.method(s, name, "", v -> s.acquire());
            case "release" -> PyBuiltin.method(s, name, "", v -> {
                s.release();
                return null;
            });
            case "locked" -> PyBuiltin.method(s, name, "", v -> s.locked());
            default -> null;
        };
    }

    static Object barrier(Barrier b, String name) {
        return switch (name) {
            case "wait" -> PyBuiltin.method(b, name, "", v -> b.waitParties());
            case "reset" -> PyBuiltin.method(b, name, "", v -> b.reset());
            case "abort" -> PyBuiltin.method(b, name, "", v -> b.abort());
            case "parties" -> (long) b.parties();
            case "n_waiting" -> (long) b.nWaiting();
            case "broken" -> b.broken();
            default -> null;
        };
    }

    static Object taskGroup(Runtime rt, TaskGroup g, String name) {
        return switch (name) {
            case "create_task" -> PyBuiltin.method(g, name, "coro, *, name=None, context=None, eager_start=?", v -> {
                var context = SpiArguments.context(rt, v[2], name, 11);
                Boolean eager = SpiArguments.eagerStart(rt, v[3], name);
                return eager != null ? g.createTask(v[0], SpiArguments.optionalString(v[1]), context, eager)
                        : g.createTask(v[0], SpiArguments.optionalString(v[1]), context);
            });
            // taskgroups.py: TaskGroup.cancel() is new in 3.15.
            case "cancel" -> rt.atLeast(3, 15) ? PyBuiltin.method(g, name, "", v -> {
                g.cancel();
                return null;
            }) : null;
            default -> null;
        };
    }

    static Object timeout(Runtime rt, Timeout t, String name) {
        return switch (name) {
            case "when" -> PyBuiltin.method(t, name, "", v -> t.when());
            case "reschedule" -> PyBuiltin.method(t, name, "when", v -> {
                t.reschedule(SpiArguments.optionalSeconds(rt, v[0]));
                return null;
            });
            case "expired" -> PyBuiltin.method(t, name, "", v -> t.expired());
            default -> null;
        };
    }
}
