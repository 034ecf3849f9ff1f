package dev.asynciotck.reports.fuzz;

import java.util.List;

/**
 * One statement of a generated task body. Tasks are named {@code c0}, {@code c1}, …; a statement names other
 * tasks by index. Invariant (kept by the generator, preserved by the shrinker, which only removes and unwraps):
 * a task awaits only tasks of a higher index, so no two tasks wait for each other; every task but {@code c0} is
 * spawned by one {@link Spawn} of a task of a lower index. Statements that name a task render guarded
 * ({@code if "c3" in T:}), so removing a spawn never breaks a program.
 */
public sealed interface Stmt {

    /** Statements nested in this one (empty for simple statements). */
    default List<Stmt> body() {
        return List.of();
    }

    /** This statement with another nested body (compound statements only). */
    default Stmt withBody(List<Stmt> body) {
        return this;
    }

    /** How a task is started. */
    enum SpawnKind { CREATE_TASK, ENSURE_FUTURE, TASK_GROUP }

    /** How a task is awaited. */
    enum AwaitKind { PLAIN, SHIELD, WAIT_FOR_NONE, WAIT_FOR_LONG, WAIT_FOR_ZERO }

    /** What an except clause catches. */
    enum Catch { CANCELLED, BOOM, EXCEPTION, BASE_EXCEPTION, TIMEOUT }

    /** What an except clause does after printing what it caught. */
    enum Action { RERAISE, SWALLOW, REPLACE, SLEEP_THEN_SWALLOW, SLEEP_THEN_RERAISE }

    /** {@code print("c1 says 3")}. */
    record Say(int id) implements Stmt {
    }

    /** {@code await asyncio.sleep(0)}. */
    record Sleep0() implements Stmt {
    }

    /** Starts task {@code child}; inside a {@link TaskGroupBlock} a TASK_GROUP spawn uses its group. */
    record Spawn(int child, SpawnKind kind) implements Stmt {
    }

    /** Awaits task {@code task} (higher index than the awaiting one) and prints what it gave. */
    record AwaitTask(int task, AwaitKind kind) implements Stmt {
    }

    /** {@code T["cN"].cancel(msg)}, printing its return value; {@code message} may be null. */
    record Cancel(int task, String message) implements Stmt {
    }

    /** The running task cancels itself; the next await raises. */
    record SelfCancel(String message) implements Stmt {
    }

    /** {@code raise Boom("...")}. */
    record Raise(int id) implements Stmt {
    }

    /** {@code asyncio.gather} over the tasks that exist, printing each result. */
    record Gather(List<Integer> tasks, boolean returnExceptions) implements Stmt {
    }

    /** {@code asyncio.wait} over the tasks that exist, printing how many are done and pending. */
    record Wait(List<Integer> tasks, String returnWhen) implements Stmt {
    }

    /** {@code try: body except CATCH as e: print; ACTION [finally: print]}. */
    record Try(List<Stmt> body, Catch caught, Action action, boolean hasFinally, int id) implements Stmt {
        @Override
        public Stmt withBody(List<Stmt> newBody) {
            return new Try(newBody, caught, action, hasFinally, id);
        }
    }

    /** {@code async with asyncio.timeout(delay):} (3.11+); delay "0", "100" or "None". */
    record TimeoutBlock(String delay, List<Stmt> body, int id) implements Stmt {
        @Override
        public Stmt withBody(List<Stmt> newBody) {
            return new TimeoutBlock(delay, newBody, id);
        }
    }

    /** {@code async with asyncio.TaskGroup() as tg:} (3.11+). */
    record TaskGroupBlock(List<Stmt> body, int id) implements Stmt {
        @Override
        public Stmt withBody(List<Stmt> newBody) {
            return new TaskGroupBlock(newBody, id);
        }
    }

    /** {@code async with L:} on the program's one lock. */
    record LockBlock(List<Stmt> body, int id) implements Stmt {
        @Override
        public Stmt withBody(List<Stmt> newBody) {
            return new LockBlock(newBody, id);
        }
    }

    /** {@code Q.put_nowait(id)}. */
    record QueuePut(int id) implements Stmt {
    }

    /** {@code print(await Q.get())}. */
    record QueueGet() implements Stmt {
    }

    /** {@code E.set()}. */
    record EventSet() implements Stmt {
    }

    /** {@code await E.wait()}. */
    record EventWait() implements Stmt {
    }

    /** Sets the program's one future's result, if it is not done. */
    record FutureSet() implements Stmt {
    }

    /** Awaits the program's one future and prints what it gave. */
    record FutureAwait() implements Stmt {
    }

    /** {@code loop.call_soon(print, "...")}. */
    record CallSoon(int id) implements Stmt {
    }

    /** A done callback on task {@code task} that prints its outcome. */
    record DoneCallback(int task, int id) implements Stmt {
    }
}
