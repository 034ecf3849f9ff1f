package dev.asynciotck.reference.lib;

import static dev.asynciotck.reference.lib.TimeoutTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.TaskGroup;
import dev.asynciotck.spi.exceptions.BaseExceptionGroup;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.ExceptionGroup;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.ValueError;
import org.junit.jupiter.api.Test;

/** {@code asyncio.TaskGroup}; expected logs from CPython 3.13. */
class TaskGroupTest extends LibraryTestBase {

    private String describe(BaseExceptionGroup eg) {
        return (eg instanceof ExceptionGroup ? "ExceptionGroup " : "BaseExceptionGroup ") + eg.message() + " "
                + eg.exceptions().stream().map(e -> ((PythonException) e).pythonName() + ":" + e.getMessage()).toList();
    }

    @Test
    void waitsForEveryTask() {
        run(a -> {
            Future[] ts = new Future[2];
            with(a, aio.taskGroup(), g -> {
                ts[0] = ((TaskGroup) g).createTask(val("a", 0.02, 1L), null);
                ts[1] = ((TaskGroup) g).createTask(val("b", 0.01, 2L), null);
                log.add("body end");
                return null;
            });
            log.add("results " + ts[0].result() + " " + ts[1].result());
            return null;
        });
        assertThat(log).containsExactly("body end", "b done", "a done", "results 1 2");
    }

    @Test
    void aFailingTaskCancelsItsSiblingsAndTheBody() {
        run(a -> {
            try {
                with(a, aio.taskGroup(), x -> {
                    TaskGroup g = (TaskGroup) x;
                    g.createTask(val("a", 0.05, 1L), null);
                    g.createTask(val("bad", 0.01, "boom", true), null);
                    g.createTask(val("c", 0.05, 3L), null);
                    return a.await(val("body", 1, 0L));
                });
            } catch (ExceptionGroup eg) {
                log.add(describe(eg));
            }
            log.add("cancelling=" + aio.currentTask(null).cancelling());
            return null;
        });
        // CPython cancels the siblings in its set's order, which depends on object addresses.
        assertThat(log).hasSize(6);
        assertThat(log.get(0)).isEqualTo("bad done");
        assertThat(log.subList(1, 3)).containsExactlyInAnyOrder("a cancelled", "c cancelled");
        assertThat(log.subList(3, 6)).containsExactly("body cancelled",
                "ExceptionGroup unhandled errors in a TaskGroup [ValueError:boom]", "cancelling=0");
    }

    @Test
    void simultaneousFailuresAreAllCollected() {
        run(a -> {
            try {
                with(a, aio.taskGroup(), x -> {
                    ((TaskGroup) x).createTask(val("x", 0.01, "e1", true), null);
                    ((TaskGroup) x).createTask(val("y", 0.01, "e2", true), null);
                    return null;
                });
            } catch (ExceptionGroup eg) {
                log.add(eg.exceptions().stream().map(Throwable::getMessage).toList().toString());
            }
            return null;
        });
        assertThat(log).containsExactly("x done", "y done", "[e1, e2]");
    }

    @Test
    void anErrorInTheBodyCancelsTheTasksAndJoinsTheGroup() {
        run(a -> {
            try {
                with(a, aio.taskGroup(), x -> {
                    ((TaskGroup) x).createTask(val("a", 0.05, 1L), null);
                    sleep(a, 0);
                    throw new ValueError("body");
                });
            } catch (ExceptionGroup eg) {
                log.add(eg.exceptions().stream().map(Throwable::getMessage).toList().toString());
            }
            return null;
        });
        assertThat(log).containsExactly("a cancelled", "[body]");
    }

    @Test
    void cancellingTheParentCancelsTheTasksAndPropagates() {
        run(a -> {
            Task t = spawn("w", b -> with(b, aio.taskGroup(), x -> {
                ((TaskGroup) x).createTask(val("a", 1, 1L), null);
                return b.await(val("body", 1, 1L));
            }));
            sleep(a, 0.01);
            t.cancel(null);
            try {
                a.await(t);
            } catch (CancelledError e) {
                log.add("parent cancelled " + t.cancelled());
            }
            return null;
        });
        assertThat(log).containsExactly("body cancelled", "a cancelled", "parent cancelled true");
    }

    @Test
    void misuseRaisesRuntimeError() {
        run(a -> {
            TaskGroup g = aio.taskGroup();
            try {
                g.createTask(val("x", 0, 0L), null);
            } catch (RuntimeError e) {
                log.add("RuntimeError: " + e.getMessage());
            }
            with(a, g, x -> null);
            try {
                g.createTask(val("y", 0, 0L), null);
            } catch (RuntimeError e) {
                log.add("RuntimeError: " + e.getMessage());
            }
            try {
                with(a, g, x -> null);
            } catch (RuntimeError e) {
                log.add("RuntimeError: " + e.getMessage());
            }
            return null;
        });
        assertThat(log).containsExactly("RuntimeError: TaskGroup <TaskGroup> has not been entered",
                "RuntimeError: TaskGroup <TaskGroup entered> is finished",
                "RuntimeError: TaskGroup <TaskGroup entered> has already been entered");
    }
}
