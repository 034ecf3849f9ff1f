package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Task;
import org.junit.jupiter.api.Test;

/** Eager tasks (3.12+): the first step runs inside the task's constructor when the loop is running. */
class EagerTaskTest extends ModuleTestBase {

    @Test
    void theEagerFactoryRunsTheFirstStepInsideCreateTaskWithTheNewTaskCurrent() {
        EventLoop loop = aio.newEventLoop();
        assertThat(aio.eagerTaskFactory()).isSameAs(aio.eagerTaskFactory());
        loop.setTaskFactory(aio.eagerTaskFactory());
        Object result = loop.runUntilComplete(coro("main", main -> {
            Task self = aio.currentTask(null);
            loop.callSoon(() -> log.add("queued callback"));
            Future quick = loop.createTask(coro("quick", c -> {
                log.add("quick: current is a new task: " + (aio.currentTask(null) != self));
                return 1L;
            }), null);
            log.add("quick done: " + quick.done() + ", in all_tasks: " + aio.allTasks(null).contains(quick));
            log.add("main current again: " + (aio.currentTask(null) == self));
            Future slow = loop.createTask(coro("slow", c -> {
                log.add("slow: first step");
                c.await(aio.sleep(0, null));
                log.add("slow: resumed");
                return 2L;
            }), null);
            log.add("slow done: " + slow.done() + ", in all_tasks: " + aio.allTasks(null).contains(slow));
            return main.await(slow);
        }));
        assertThat(result).isEqualTo(2L);
        assertThat(log).containsExactly("quick: current is a new task: true", "quick done: true, in all_tasks: false",
                "main current again: true", "slow: first step", "slow done: false, in all_tasks: true",
                "queued callback", "slow: resumed");
        loop.close();
    }

    @Test
    void eagerStartOnALoopThatIsNotRunningSchedulesTheFirstStep() {
        EventLoop loop = aio.newEventLoop();
        Task task = aio.newTask(coro("job", c -> {
            log.add("job runs");
            return null;
        }), loop, null, true);
        assertThat(task.done()).isFalse();
        assertThat(log).isEmpty();
        loop.runUntilComplete(task);
        assertThat(log).containsExactly("job runs");
        loop.close();
    }
}
