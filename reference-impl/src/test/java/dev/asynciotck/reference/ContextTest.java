package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.TaskGroup;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contexts: tasks, callbacks and done callbacks run in the context asyncio gives them. Each test mirrors a
 * Python program (quoted) whose output on CPython 3.13.0 is the expected log; {@code cvar} is
 * {@code ContextVar("cvar", default="unset")}.
 */
class ContextTest {

    private final TestHost host = new TestHost();
    private final List<String> log = new ArrayList<>();
    private Asyncio aio;

    @BeforeEach
    void open() {
        aio = ModuleTestBase.provider().open(RuntimeOptions.defaults().withVirtualClock(true).withHost(host));
    }

    @AfterEach
    void close() {
        aio.close();
        host.joinExecutors();
        assertThat(((ReferenceAsyncio) aio).liveThreads()).isZero();
    }

    private Object cvar() {
        return host.get("cvar", "unset");
    }

    private Coroutine coro(String name, CoroutineBody body) {
        return aio.coroutine(name, body);
    }

    private void print(String line) {
        log.add(line);
    }

    /** ctx_task_copy.py: a task runs in a copy of its creator's context, taken at creation. */
    @Test
    void aTaskRunsInACopyOfTheCreatorsContext() {
        EventLoop loop = aio.newEventLoop();
        loop.runUntilComplete(coro("main", a -> {
            host.set("cvar", "before create_task");
            Future task = aio.ensureFuture(coro("child", b -> {
                print("child starts and sees: " + cvar());
                host.set("cvar", "set by the child");
                b.await(aio.sleep(0, null));
                print("child after a step still sees: " + cvar());
                return null;
            }), null);
            host.set("cvar", "after create_task");
            a.await(task);
            print("main sees: " + cvar());
            return null;
        }));
        print("outside the loop: " + cvar());
        loop.close();
        assertThat(log).containsExactly("child starts and sees: before create_task",
                "child after a step still sees: set by the child", "main sees: after create_task",
                "outside the loop: unset");
    }

    /** ctx_callbacks.py and ctx_callback_param.py: callbacks run in a copy taken when scheduled, or in context=. */
    @Test
    void callbacksRunInACopyOfTheSchedulersContextOrInTheOneGiven() {
        EventLoop loop = aio.newEventLoop();
        Runnable report = () -> {
            print("callback sees: " + cvar());
            host.set("cvar", "set by a callback");
        };
        loop.runUntilComplete(coro("main", a -> {
            Context given = host.copyContext();
            host.set("cvar", "when call_soon was called");
            loop.callSoon(report);
            host.set("cvar", "when call_later was called");
            loop.callLater(0.01, report);
            loop.callAt(loop.time() + 0.02, report, given);
            loop.callLater(0.03, report, given);
            host.set("cvar", "main's last value");
            a.await(aio.sleep(0.1, null));
            print("main sees: " + cvar() + ", the context given holds: " + ((TestHost.TestContext) given).get("cvar"));
            return null;
        }));
        loop.close();
        assertThat(log).containsExactly("callback sees: when call_soon was called",
                "callback sees: when call_later was called", "callback sees: unset",
                "callback sees: set by a callback", "main sees: main's last value, the context given holds: set by a callback");
    }

    /** ctx_done_callbacks.py: a done callback runs in a copy of the context current when it was added. */
    @Test
    void doneCallbacksRunInTheContextOfTheirRegistration() {
        EventLoop loop = aio.newEventLoop();
        loop.runUntilComplete(coro("main", a -> {
            Future fut = loop.createFuture();
            host.set("cvar", "when add_done_callback was called");
            fut.addDoneCallback(f -> {
                print("done callback sees: " + cvar());
                host.set("cvar", "set by the done callback");
            });
            host.set("cvar", "main's later value");
            loop.callSoon(() -> fut.setResult(null));
            a.await(fut);
            a.await(aio.sleep(0, null));
            print("main sees: " + cvar());
            return null;
        }));
        loop.close();
        assertThat(log).containsExactly("done callback sees: when add_done_callback was called",
                "main sees: main's later value");
    }

    /** ctx_task_param.py and ctx_get_context.py: context= runs the task in that context; get_context() is it. */
    @Test
    void aTaskGivenAContextRunsInItAndGetContextReturnsIt() {
        aio.run(coro("main", a -> {
            Context ctx = host.copyContext();
            host.set("cvar", "main's own value");
            for (int n = 1; n <= 3; n++) {
                int value = n;
                Coroutine setter = coro("setter", b -> {
                    print("task " + value + " sees: " + cvar());
                    host.set("cvar", value);
                    return null;
                });
                Future task = switch (n) {
                    case 1 -> aio.createTask(setter, null, ctx);
                    case 2 -> aio.getRunningLoop().createTask(setter, null, ctx);
                    default -> aio.newTask(setter, null, null, false, ctx);
                };
                assertThat(((Task) task).getContext()).isSameAs(ctx);
                a.await(task);
            }
            print("the context given ends with: " + ((TestHost.TestContext) ctx).get("cvar"));
            print("main sees: " + cvar());
            return null;
        }));
        assertThat(log).containsExactly("task 1 sees: unset", "task 2 sees: 1", "task 3 sees: 2",
                "the context given ends with: 3", "main sees: main's own value");
    }

    /** ctx_handler.py: 3.12+ runs the exception handler in the failing handle's or task's context. */
    @Test
    void theExceptionHandlerRunsInTheContextOfWhatFailed() {
        aio.run(coro("main", a -> {
            EventLoop loop = aio.getRunningLoop();
            loop.setExceptionHandler((l, context) ->
                    print("handler for " + (context.containsKey("task") ? "a task" : "a callback") + " sees: " + cvar()));
            loop.callSoon(() -> {
                host.set("cvar", "set by the failing callback");
                throw new ValueError("boom");
            });
            a.await(aio.sleep(0, null));
            aio.ensureFuture(coro("leftover", b -> {
                host.set("cvar", "set by the leftover task");
                try {
                    b.await(aio.sleep(10, null));
                } catch (CancelledError cancelled) {
                    throw new ValueError("boom");
                }
                return null;
            }), null);
            a.await(aio.sleep(0, null));
            return null;
        }));
        assertThat(log).containsExactly("handler for a callback sees: set by the failing callback",
                "handler for a task sees: set by the leftover task");
    }

    /** ctx_runner.py: the runs of one Runner share one context; context= overrides it for one run. */
    @Test
    void theRunsOfARunnerShareOneContext() {
        host.set("cvar", "top level");
        var runner = aio.runner(null, null).enter();
        for (String value : List.of("first", "second")) {
            print(value + " run saw: " + runner.run(setAndReturnBefore(value), null));
        }
        Context ctx = host.copyContext();
        print("run with context= saw: " + runner.run(setAndReturnBefore("third"), ctx));
        print("fourth run saw: " + runner.run(setAndReturnBefore("fourth"), null));
        runner.close();
        print("asyncio.run saw: " + aio.run(setAndReturnBefore("by asyncio.run")));
        print("top level sees: " + cvar());
        assertThat(log).containsExactly("first run saw: top level", "second run saw: first",
                "run with context= saw: top level", "fourth run saw: second", "asyncio.run saw: top level",
                "top level sees: top level");
    }

    private Coroutine setAndReturnBefore(String value) {
        return coro("set_it", a -> {
            Object before = cvar();
            host.set("cvar", value);
            return before;
        });
    }

    /** ctx_eager.py: an eager first step runs in the task's own copy, not in the creator's context. */
    @Test
    void anEagerStepRunsInTheTasksOwnContext() {
        aio.run(coro("main", a -> {
            aio.getRunningLoop().setTaskFactory(aio.eagerTaskFactory());
            host.set("cvar", "main's value");
            Future task = aio.createTask(coro("child", b -> {
                print("eager step sees: " + cvar());
                host.set("cvar", "set by the eager step");
                b.await(aio.sleep(0, null));
                print("after suspending the task sees: " + cvar());
                return null;
            }), null);
            print("main right after create_task sees: " + cvar());
            a.await(task);
            print("main at the end sees: " + cvar());
            return null;
        }));
        assertThat(log).containsExactly("eager step sees: main's value", "main right after create_task sees: main's value",
                "after suspending the task sees: set by the eager step", "main at the end sees: main's value");
    }

    /** ctx_taskgroup.py: TaskGroup.create_task(context=) runs the child in the context given. */
    @Test
    void aTaskGroupChildGivenAContextRunsInIt() {
        aio.run(coro("main", a -> {
            Context ctx = host.copyContext();
            host.set("cvar", "main's value");
            TaskGroup tg = aio.taskGroup();
            a.await(tg.aenter());
            for (String label : List.of("in the given context", "in a copy")) {
                tg.createTask(coro("child", b -> {
                    print("child " + label + " sees: " + cvar());
                    host.set("cvar", label);
                    return null;
                }), null, label.equals("in a copy") ? null : ctx);
            }
            a.await(tg.aexit(null));
            print("the context given holds: " + ((TestHost.TestContext) ctx).get("cvar"));
            print("main sees: " + cvar());
            return null;
        }));
        assertThat(log).containsExactly("child in the given context sees: unset", "child in a copy sees: main's value",
                "the context given holds: in the given context", "main sees: main's value");
    }
}
