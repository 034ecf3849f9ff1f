package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.CodeLocation;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a task shows of itself and of its loop's other tasks, by version: base_tasks._task_repr_info,
 * coroutines._format_coroutine, and the class method Task.all_tasks() before 3.9. The reprs are CPython's for
 * {@code async def quick(): return 1} defined at line 4 of {@code prog.py}, run as a task, printed when done
 * (3.6.15, 3.8.18, 3.13.0), except the name's quotes: without a Python host a string's repr is the string.
 */
class TaskIntrospectionTest {

    private final ReferenceProvider provider = new ReferenceProvider();

    private Asyncio open(int minor) {
        return provider.open(RuntimeOptions.defaults().withVirtualClock(true).withAsyncioVersion(new PythonVersion(3, minor)));
    }

    /** Runs {@code quick()} (made from {@code body}) as a task to its end and answers the task's repr. */
    private static String doneTaskRepr(Asyncio aio, CoroutineBody body) {
        List<String> seen = new ArrayList<>();
        aio.run(aio.coroutine("main", awaiter -> {
            Future task = aio.createTask(aio.coroutine("quick", body), null);
            awaiter.await(task);
            seen.add(task.toString());
            return null;
        }));
        return seen.get(0);
    }

    @Test
    void aDoneCoroutineShowsWhereItsCodeIsDefinedWhenItKnows() {
        CoroutineBody located = CoroutineBody.definedAt(new CodeLocation("prog.py", 4), awaiter -> 1L);
        try (Asyncio v36 = open(6); Asyncio v38 = open(8); Asyncio v313 = open(13)) {
            assertThat(doneTaskRepr(v36, located)).isEqualTo("<Task finished coro=<quick() done, defined at prog.py:4> result=1>");
            assertThat(doneTaskRepr(v38, located))
                    .isEqualTo("<Task finished name=Task-2 coro=<quick() done, defined at prog.py:4> result=1>");
            assertThat(doneTaskRepr(v313, located))
                    .isEqualTo("<Task finished name=Task-2 coro=<quick() done, defined at prog.py:4> result=1>");
            // The tasks asyncio.run made to shut down took numbers too: only the coroutine's part is compared.
            assertThat(doneTaskRepr(v313, awaiter -> 1L)).as("no location known").contains(" coro=<quick() done> result=1>");
        }
    }

    @Test
    void theCoroutineAnswersTheLocationOfItsBody() {
        try (Asyncio aio = open(13)) {
            CodeLocation where = new CodeLocation("prog.py", 7);
            assertThat(aio.coroutine("f", CoroutineBody.definedAt(where, awaiter -> null)).definedAt()).isEqualTo(where);
            assertThat(aio.coroutine("g", awaiter -> null).definedAt()).isNull();
        }
    }

    @Test
    void codeLocationsNeedAFileAndALine() {
        assertThatThrownBy(() -> new CodeLocation(null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeLocation("prog.py", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A done task still referenced stays among Task.all_tasks() (3.6-3.8); all_tasks() has only the pending one. */
    @Test
    void allTasksIncludingDoneKeepsFinishedTasksBefore39() {
        for (int minor = 6; minor <= 8; minor++) {
            List<Object> seen = new ArrayList<>();
            try (Asyncio aio = open(minor)) {
                aio.run(aio.coroutine("main", awaiter -> {
                    Future done = aio.getRunningLoop().createTask(aio.coroutine("quick", a -> 1L), null);
                    awaiter.await(done);
                    Task current = aio.currentTask(null);
                    seen.add(aio.allTasksIncludingDone(null).containsAll(List.of(done, current)));
                    seen.add(aio.allTasksIncludingDone(null).size());
                    seen.add(aio.allTasks(null).size());
                    return null;
                }));
            }
            assertThat(seen).as("3.%d", minor).containsExactly(true, 2, 1);
        }
        try (Asyncio v39 = open(9)) {
            assertThatThrownBy(() -> v39.allTasksIncludingDone(v39.getEventLoop()))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    /**
     * Before 3.11 a task shows as cancelling only while the cancellation is still to be delivered
     * ({@code _must_cancel}); a task whose awaited future took the cancellation stays pending. Before 3.8 no name.
     */
    @Test
    void cancellingFollowsMustCancelBefore311AndNamesCome38() {
        for (int minor : new int[] {7, 10, 11}) {
            List<String> seen = new ArrayList<>();
            try (Asyncio aio = open(minor)) {
                aio.run(aio.coroutine("main", awaiter -> {
                    Future sleeper = aio.getRunningLoop().createTask(aio.coroutine("sleeper",
                            a -> a.await(aio.sleep(10, null))), null);
                    awaiter.await(aio.sleep(0, null));
                    sleeper.cancel(null);
                    seen.add(sleeper.toString().split(" coro=")[0]);
                    try {
                        awaiter.await(sleeper);
                    } catch (RuntimeException cancelled) {
                        seen.add("cancelled");
                    }
                    return null;
                }));
            }
            String expected = switch (minor) {
                case 7 -> "<Task pending";
                case 10 -> "<Task pending name=Task-2";
                default -> "<Task cancelling name=Task-2";
            };
            assertThat(seen).as("3.%d", minor).containsExactly(expected, "cancelled");
        }
    }
}
