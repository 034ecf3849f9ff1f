package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.CancelledError;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four behaviours behind the question "Why is the CancelledError not caught?" (shared/seed), each
 * checked against what CPython 3.13.0 prints for the program quoted in the test.
 */
class SeedQuestionTest extends ModuleTestBase {

    private Future spawn(String how, String name, dev.asynciotck.spi.CoroutineBody body) {
        var coro = coro(name, body);
        return switch (how) {
            case "ensure_future" -> aio.ensureFuture(coro, null);
            case "create_task" -> aio.createTask(coro, null);
            case "loop.create_task" -> aio.getRunningLoop().createTask(coro, null);
            default -> throw new IllegalArgumentException(how);
        };
    }

    /**
     * <pre>
     * async def main():
     *     async def child():
     *         log.append("child started"); return 1
     *     t = asyncio.ensure_future(child())      # or create_task / loop.create_task
     *     log.append("created"); log.append(f"done={t.done()}")
     *     await asyncio.sleep(0)
     *     log.append("after yield")
     *     return await t
     * </pre>
     */
    @ParameterizedTest
    @ValueSource(strings = {"ensure_future", "create_task", "loop.create_task"})
    void aTaskDoesNotStartUntilItsCreatorYields(String how) {
        Object result = run(main -> {
            Future t = spawn(how, "child", child -> {
                print("child started");
                return 1L;
            });
            print("created");
            print("done=" + t.done());
            main.await(aio.sleep(0, null));
            print("after yield");
            return main.await(t);
        });
        assertThat(result).isEqualTo(1L);
        assertThat(log).containsExactly("created", "done=false", "child started", "after yield");
    }

    /**
     * <pre>
     * async def main():
     *     q = asyncio.Queue()
     *     async def getter():
     *         log.append("getter started")
     *         try: v = await q.get(); log.append(f"getter got {v}")
     *         except asyncio.CancelledError: log.append("getter cancelled")
     *         finally: log.append("getter finally")
     *     task = asyncio.ensure_future(getter())
     *     log.append(f"cancel -> {task.cancel()}")
     *     try: await task
     *     except asyncio.CancelledError: log.append(f"CancelledError, cancelled={task.cancelled()}")
     * # ['cancel -> True', 'CancelledError, cancelled=True']
     * </pre>
     */
    @ParameterizedTest
    @ValueSource(strings = {"ensure_future", "create_task", "loop.create_task"})
    void aTaskCancelledBeforeItStartsNeverRunsItsBody(String how) {
        run(main -> {
            Queue q = aio.queue(0);
            Future task = spawn(how, "getter", getter -> {
                print("getter started");
                try {
                    Object v = getter.await(q.get());
                    print("getter got " + v);
                } catch (CancelledError e) {
                    print("getter cancelled");
                } finally {
                    print("getter finally");
                }
                return null;
            });
            print("cancel -> " + task.cancel(null));
            try {
                main.await(task);
            } catch (CancelledError e) {
                print("CancelledError, cancelled=" + task.cancelled());
            }
            return null;
        });
        assertThat(log).containsExactly("cancel -> true", "CancelledError, cancelled=true");
    }

    /** The question's program verbatim: CancelledError escapes run_until_complete, nothing is printed. */
    @Test
    void theQuestionsProgramRaisesCancelledErrorAndPrintsNothing() {
        EventLoop loop = aio.getEventLoop();
        assertThatThrownBy(() -> loop.runUntilComplete(seedTest(false)))
                .isInstanceOf(CancelledError.class)
                .satisfies(e -> assertThat(((CancelledError) e).args()).isEmpty());
        assertThat(log).isEmpty();
    }

    /** The answer's fix: with {@code await asyncio.sleep(0)} first, "getter cancelled" is printed. */
    @Test
    void theAnswersFixPrintsGetterCancelled() {
        EventLoop loop = aio.getEventLoop();
        assertThat(loop.runUntilComplete(seedTest(true))).isNull();
        assertThat(log).containsExactly("getter cancelled");
    }

    private dev.asynciotck.spi.Coroutine seedTest(boolean sleepFirst) {
        Queue q = aio.queue(0);
        return coro("test", test -> {
            Future task = aio.ensureFuture(coro("getter", getter -> {
                try {
                    Object v = getter.await(q.get());
                    print("getter got " + v);
                } catch (CancelledError e) {
                    print("getter cancelled");
                }
                return null;
            }), null);
            if (sleepFirst) {
                test.await(aio.sleep(0, null));
            }
            task.cancel(null);
            return test.await(task);
        });
    }

    /**
     * <pre>
     * async def main():
     *     fut = loop.create_future(); q = asyncio.Queue()
     *     async def getter():
     *         log.append("getter started")
     *         try: await q.get()      # or: await fut
     *         except asyncio.CancelledError: log.append("getter cancelled"); raise
     *     t = asyncio.ensure_future(getter())
     *     await asyncio.sleep(0)
     *     log.append(f"done={t.done()}")
     *     t.cancel()
     *     try: await t
     *     except asyncio.CancelledError: log.append(f"cancelled={t.cancelled()} fut_cancelled={fut.cancelled()}")
     * # future: ['getter started', 'done=False', 'getter cancelled', 'cancelled=True fut_cancelled=True']
     * # queue:  ['getter started', 'done=False', 'getter cancelled', 'cancelled=True fut_cancelled=False']
     * </pre>
     */
    @ParameterizedTest
    @ValueSource(strings = {"future", "queue"})
    void afterOneSleepZeroTheTaskIsBlockedInsideItsAwait(String variant) {
        run(main -> {
            Future fut = aio.getRunningLoop().createFuture();
            Queue q = aio.queue(0);
            Task t = (Task) aio.ensureFuture(coro("getter", getter -> {
                print("getter started");
                try {
                    return getter.await(variant.equals("queue") ? q.get() : fut);
                } catch (CancelledError e) {
                    print("getter cancelled");
                    throw e;
                }
            }), null);
            main.await(aio.sleep(0, null));
            print("done=" + t.done());
            assertThat(t.toString()).contains("wait_for=<Future pending cb=[Task.task_wakeup()]>");
            t.cancel(null);
            try {
                main.await(t);
            } catch (CancelledError e) {
                print("cancelled=" + t.cancelled() + " fut_cancelled=" + fut.cancelled());
            }
            return null;
        });
        assertThat(log).containsExactly("getter started", "done=false", "getter cancelled",
                "cancelled=true fut_cancelled=" + variant.equals("future"));
    }

    /**
     * <pre>
     * async def main():
     *     q = asyncio.Queue()
     *     async def worker():
     *         try: await q.get()
     *         except asyncio.CancelledError:
     *             log.append("worker: caught")
     *             if reraise: raise
     *             return "swallowed"
     *         finally: log.append("worker: finally")
     *     t = asyncio.ensure_future(worker()); await asyncio.sleep(0); t.cancel()
     *     try: v = await t; log.append(f"value={v!r} cancelled={t.cancelled()} result={t.result()!r}")
     *     except asyncio.CancelledError: log.append(f"CancelledError cancelled={t.cancelled()} done={t.done()}")
     * # False: ['worker: caught', 'worker: finally', "value='swallowed' cancelled=False result='swallowed'"]
     * # True:  ['worker: caught', 'worker: finally', 'CancelledError cancelled=True done=True']
     * </pre>
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aCancelledCoroutineDecidesHowItsTaskEnds(boolean reraise) {
        run(main -> {
            Queue q = aio.queue(0);
            Future t = aio.ensureFuture(coro("worker", worker -> {
                try {
                    worker.await(q.get());
                } catch (CancelledError e) {
                    print("worker: caught");
                    if (reraise) {
                        throw e;
                    }
                    return "swallowed";
                } finally {
                    print("worker: finally");
                }
                return "unreachable";
            }), null);
            main.await(aio.sleep(0, null));
            t.cancel(null);
            try {
                Object v = main.await(t);
                print("value=" + v + " cancelled=" + t.cancelled() + " result=" + t.result());
            } catch (CancelledError e) {
                print("CancelledError cancelled=" + t.cancelled() + " done=" + t.done());
            }
            return null;
        });
        assertThat(log).containsExactly("worker: caught", "worker: finally", reraise
                ? "CancelledError cancelled=true done=true"
                : "value=swallowed cancelled=false result=swallowed");
    }

    /**
     * <pre>
     * async def main():
     *     async def w(tag): log.append(f"{tag} ran")
     *     t1 = loop.create_task(w("loop.create_task")); t2 = asyncio.ensure_future(w("ensure_future"))
     *     t3 = asyncio.create_task(w("create_task"))
     *     log.append(types, names, done flags); log.append(f"all_tasks={len(asyncio.all_tasks())}")
     *     await asyncio.sleep(0)
     *     log.append(done flags)
     * # ['Task'x3] ['Task-2', 'Task-3', 'Task-4'] [False]x3, 'all_tasks=4',
     * # 'loop.create_task ran', 'ensure_future ran', 'create_task ran', [True]x3
     * </pre>
     */
    @Test
    void theThreeWaysToCreateATaskGiveEquivalentDeferredTasks() {
        run(main -> {
            List<Future> tasks = List.of(
                    aio.getRunningLoop().createTask(worker("loop.create_task"), null),
                    aio.ensureFuture(worker("ensure_future"), null),
                    aio.createTask(worker("create_task"), null));
            assertThat(tasks).allSatisfy(t -> assertThat(t).isInstanceOf(Task.class));
            print(tasks.stream().map(t -> ((Task) t).getName()).toList() + " " + doneFlags(tasks));
            print("all_tasks=" + aio.allTasks(null).size());
            main.await(aio.sleep(0, null));
            print(doneFlags(tasks));
            return null;
        });
        assertThat(log).containsExactly("[Task-2, Task-3, Task-4] [false, false, false]", "all_tasks=4",
                "loop.create_task ran", "ensure_future ran", "create_task ran", "[true, true, true]");
    }

    private dev.asynciotck.spi.Coroutine worker(String tag) {
        return coro("w", (Awaiter w) -> {
            print(tag + " ran");
            return null;
        });
    }

    private static String doneFlags(List<Future> tasks) {
        return Stream.of(tasks.toArray(Future[]::new)).map(Future::done).toList().toString();
    }
}
