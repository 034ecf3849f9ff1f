package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.InvalidStateError;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** futures.py and tasks.py details, checked against CPython 3.13.0 (C-accelerated Future and Task). */
class FutureAndTaskTest extends ModuleTestBase {

    @Test
    void futureStatesMessagesAndReprs() {
        EventLoop loop = aio.newEventLoop();
        Future f = loop.createFuture();
        assertThat(f).hasToString("<Future pending>");
        assertThatThrownBy(f::result).isInstanceOf(InvalidStateError.class).hasMessage("Result is not set.");
        assertThatThrownBy(f::exception).isInstanceOf(InvalidStateError.class).hasMessage("Exception is not set.");
        f.setResult(42L);
        assertThat(f).hasToString("<Future finished result=42>");
        assertThatThrownBy(() -> f.setResult(1L)).isInstanceOf(InvalidStateError.class).hasMessage("invalid state");
        assertThatThrownBy(() -> f.setException(new ValueError())).isInstanceOf(InvalidStateError.class)
                .hasMessage("invalid state");

        Future g = loop.createFuture();
        g.setException(new ValueError("boom"));
        assertThat(g).hasToString("<Future finished exception=ValueError: boom>");
        assertThat(g.exception()).isInstanceOf(ValueError.class);

        Future h = loop.createFuture();
        assertThat(h.cancel("why")).isTrue();
        assertThat(h.cancel("again")).isFalse();
        assertThat(h).hasToString("<Future cancelled>");
        assertThatThrownBy(h::result).isInstanceOf(CancelledError.class)
                .satisfies(e -> assertThat(((CancelledError) e).args()).containsExactly("why"));

        Future text = loop.createFuture();
        text.setResult("a".repeat(40));
        assertThat(text).as("the default limitedRepr is the whole repr")
                .hasToString("<Future finished result=" + "a".repeat(40) + ">");
        loop.close();
    }

    /** A result shows through the host's reprlib; a future inside its own result shows as '...' (3.12+). */
    @Test
    void resultReprsAreTheHostsReprlibAndStopAtTheFutureItself() {
        PythonValues limited = new PythonValues() {
            @Override
            public String repr(Object value) {
                return value instanceof java.util.List<?> l ? l.stream().map(this::repr).toList().toString()
                        : String.valueOf(value);
            }

            @Override
            public String limitedRepr(Object value) {
                return "limited(" + repr(value) + ")";
            }

            @Override
            public boolean truth(Object value) {
                return PythonValues.javaDefaults().truth(value);
            }

            @Override
            public boolean lessThan(Object a, Object b) {
                return PythonValues.javaDefaults().lessThan(a, b);
            }
        };
        try (var module = provider().open(RuntimeOptions.defaults().withVirtualClock(true).withValues(limited))) {
            EventLoop loop = module.newEventLoop();
            Future f = loop.createFuture();
            f.setResult(java.util.List.of(1L, f));
            assertThat(f).hasToString("<Future finished result=limited([1, ...])>");
            loop.close();
        }
    }

    @Test
    void stopIterationCannotTravelThroughAFuture() {
        EventLoop loop = aio.newEventLoop();
        for (int i = 0; i < 2; i++) {
            Future g = loop.createFuture();
            g.setException(new PythonException(3L) {
                @Override
                public String pythonName() {
                    return "StopIteration";
                }
            });
            if (i == 0) {
                assertThat(g.exception()).isInstanceOf(RuntimeError.class).hasMessage(
                        "StopIteration interacts badly with generators and cannot be raised into a Future");
            }
        }
        aio.close();
        assertThat(stderr()).isEqualTo("""
                Future exception was never retrieved
                future: <Future finished exception=RuntimeError: StopIteration interacts badly with generators and cannot be raised into a Future>
                StopIteration: 3

                The above exception was the direct cause of the following exception:

                RuntimeError: StopIteration interacts badly with generators and cannot be raised into a Future
                """);
    }

    /** {@code cb=[print()]}, {@code cb=[print(), <1 more>, cb()]}, and remove_done_callback counts. */
    @Test
    void doneCallbacksAreListedAndRemovedByEquality() {
        EventLoop loop = aio.newEventLoop();
        Future k = loop.createFuture();
        Consumer<Future> print = new NamedCallback("print");
        Consumer<Future> cb = new NamedCallback("cb");
        k.addDoneCallback(print);
        assertThat(k).hasToString("<Future pending cb=[print()]>");
        k.addDoneCallback(cb);
        k.addDoneCallback(new NamedCallback("cb"));
        assertThat(k).hasToString("<Future pending cb=[print(), <1 more>, cb()]>");
        assertThat(k.removeDoneCallback(cb)).isEqualTo(2);
        assertThat(k).hasToString("<Future pending cb=[print()]>");
        loop.close();
    }

    private record NamedCallback(String name) implements Consumer<Future> {
        @Override
        public void accept(Future future) {
        }

        @Override
        public String toString() {
            return name + "()";
        }
    }

    /**
     * <pre>
     * t = asyncio.create_task(child()); t.cancel()
     * log += [t.cancelling(), t.uncancel(), t.cancelling()]; log.append(await t)
     * # [1, 0, 0, 'child start', 'child end', 5]  (3.13: uncancel to zero forgets the pending cancel)
     * </pre>
     */
    @Test
    void uncancelToZeroForgetsACancellationNotYetDelivered() {
        Object value = run(main -> {
            Task t = (Task) aio.createTask(coro("child", c -> {
                print("child start");
                c.await(aio.sleep(0, null));
                print("child end");
                return 5L;
            }), null);
            t.cancel(null);
            print(t.cancelling() + " " + t.uncancel() + " " + t.cancelling());
            return main.await(t);
        });
        assertThat(value).isEqualTo(5L);
        assertThat(log).containsExactly("1 0 0", "child start", "child end");
    }

    @Test
    void wrongYieldsAreThrownBackIntoTheTask() {
        run(main -> {
            main.await(aio.createTask(coro("selfawait", c -> {
                try {
                    return c.await(aio.currentTask(null));
                } catch (RuntimeError e) {
                    print(e.getMessage().substring(0, 40));
                    return null;
                }
            }), null));
            main.await(aio.createTask(coro("bad", c -> {
                try {
                    return c.suspend(42L);
                } catch (RuntimeError e) {
                    print(e.getMessage());
                    return null;
                }
            }), null));
            EventLoop other = aio.newEventLoop();
            Future foreign = other.createFuture();
            main.await(aio.createTask(coro("wrong", c -> {
                try {
                    return c.await(foreign);
                } catch (RuntimeError e) {
                    print(e.getMessage().substring(0, 20) + "..." + e.getMessage().substring(e.getMessage().length() - 30));
                    return null;
                }
            }), null));
            other.close();
            Future fut = aio.getRunningLoop().createFuture();
            main.await(aio.createTask(coro("yieldfut", c -> {
                try {
                    return c.suspend(fut); // a bare "yield fut", not "await fut"
                } catch (RuntimeError e) {
                    print(e.getMessage().substring(0, 45));
                    return null;
                }
            }), null));
            return null;
        });
        assertThat(log).containsExactly("Task cannot await on itself: <Task pendi", "Task got bad yield: 42",
                "Task <Task pending n...> attached to a different loop",
                "yield was used instead of yield from in task ");
    }

    @Test
    void currentTaskAllTasksAndCallbacksOfDoneFutures() {
        run(main -> {
            Task me = aio.currentTask(null);
            print("main is " + me.getName());
            aio.getRunningLoop().callSoon(() -> print("in callback: " + aio.currentTask(null)));
            main.await(aio.sleep(0, null));
            print("all_tasks=" + aio.allTasks(null).size());
            Future f2 = aio.getRunningLoop().createFuture();
            f2.setResult(1L);
            f2.addDoneCallback(f -> print("cb ran"));
            print("after add");
            main.await(aio.sleep(0, null));
            return null;
        });
        assertThat(log).containsExactly("main is Task-1", "in callback: null", "all_tasks=1", "after add", "cb ran");
        assertThatThrownBy(() -> aio.currentTask(null)).isInstanceOf(RuntimeError.class)
                .hasMessage("no running event loop");
    }

    /**
     * The cancel message reaches the coroutine and the first result(); the task itself was cancelled
     * without a message, so later result() calls carry none:
     * <pre>
     * t = loop.create_task(w(fut)); ...; t.cancel("why")
     * caught ('why',) / ruc ('why',) / result () / result () / exception ()
     * </pre>
     */
    @Test
    void theCancelMessageTravelsOnce() {
        EventLoop loop = aio.newEventLoop();
        Future fut = loop.createFuture();
        Task t = (Task) loop.createTask(coro("w", c -> {
            try {
                return c.await(fut);
            } catch (CancelledError e) {
                print("caught " + e.args());
                throw e;
            }
        }), null);
        assertThat(t.toString()).matches("<Task pending name=Task-1 coro=<w\\(\\) running>>");
        loop.runUntilComplete(aio.sleep(0, null));
        assertThat(t).hasToString("<Task pending name=Task-1 coro=<w() running> wait_for=<Future pending cb=[Task.task_wakeup()]>>");
        t.cancel("why");
        assertThat(t).hasToString("<Task cancelling name=Task-1 coro=<w() running> wait_for=<Future cancelled>>");
        assertThatThrownBy(() -> loop.runUntilComplete(t)).isInstanceOf(CancelledError.class)
                .satisfies(e -> print("ruc " + ((CancelledError) e).args()));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(t::result).isInstanceOf(CancelledError.class)
                    .satisfies(e -> print("result " + ((CancelledError) e).args()));
        }
        assertThat(t).hasToString("<Task cancelled name=Task-1 coro=<w() done>>");
        assertThat(t.cancel(null)).isFalse();
        assertThat(log).containsExactly("caught [why]", "ruc [why]", "result []", "result []");
        loop.close();
    }

    @Test
    void tasksRefuseSetResultAndNonCoroutines() {
        EventLoop loop = aio.newEventLoop();
        Task t = (Task) loop.createTask(coro("main", c -> 1L), null);
        assertThatThrownBy(() -> t.setResult(1L)).isInstanceOf(RuntimeError.class)
                .hasMessage("Task does not support set_result operation");
        assertThatThrownBy(() -> t.setException(new ValueError())).isInstanceOf(RuntimeError.class)
                .hasMessage("Task does not support set_exception operation");
        loop.runUntilComplete(t);
        assertThat(t).hasToString("<Task finished name=Task-1 coro=<main() done> result=1>");
        assertThatThrownBy(() -> aio.newTask(42L, loop, null)).isInstanceOf(TypeError.class)
                .hasMessage("a coroutine was expected, got 42");
        assertThat(((Task) loop.createTask(coro("x", c -> null), "17")).getName()).isEqualTo("17");
        loop.runUntilComplete(aio.sleep(0, null));
        loop.close();
    }

    /**
     * 3.13.0's create_task calls factory(loop, coro) without the name, then renames the factory's task with
     * str(name), so 'None' without a name.
     */
    @Test
    void aTaskFactorysTaskGetsTheRequestedNameEvenNone() {
        EventLoop loop = aio.newEventLoop();
        var namesSeen = new java.util.ArrayList<String>();
        loop.setTaskFactory((l, coro, name) -> {
            namesSeen.add(String.valueOf(name));
            return aio.newTask(coro, l, null);
        });
        assertThat(((Task) loop.createTask(coro("w", c -> null), null)).getName()).isEqualTo("None");
        assertThat(((Task) loop.createTask(coro("w", c -> null), "n")).getName()).isEqualTo("n");
        assertThat(namesSeen).containsExactly("null", "null");
        loop.setTaskFactory(null);
        loop.runUntilComplete(aio.sleep(0, null));
        loop.close();
    }

    @Test
    void ensureFutureChecksItsArgument() {
        EventLoop loop = aio.newEventLoop();
        EventLoop other = aio.newEventLoop();
        Future fut = loop.createFuture();
        assertThat(aio.ensureFuture(fut, null)).isSameAs(fut);
        assertThatThrownBy(() -> aio.ensureFuture(42L, loop)).isInstanceOf(TypeError.class)
                .hasMessage("An asyncio.Future, a coroutine or an awaitable is required");
        assertThatThrownBy(() -> aio.ensureFuture(fut, other)).isInstanceOf(ValueError.class)
                .hasMessage("The future belongs to a different loop than the one specified as the loop argument");
        // Any other awaitable is wrapped in a task that awaits it.
        Future wrapped = aio.ensureFuture((dev.asynciotck.spi.Awaitable) aw -> "awaited", loop);
        assertThat(wrapped).isInstanceOf(Task.class);
        assertThat(loop.runUntilComplete(wrapped)).isEqualTo("awaited");
        other.close();
        loop.close();
        var coro = coro("late", c -> null);
        assertThatThrownBy(() -> aio.ensureFuture(coro, loop)).isInstanceOf(RuntimeError.class)
                .hasMessage("Event loop is closed");
        assertThat(coro.state()).isEqualTo(dev.asynciotck.spi.Coroutine.State.CLOSED);
    }
}
