package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Task;

/**
 * Fault model: a task created by another task runs in its creator's own context object instead of a copy of
 * it, so each sees what the other sets afterwards (a loop that "inherits" contexts by sharing them).
 */
public final class TaskSharesCreatorContext extends SeamFault {

    public TaskSharesCreatorContext() {
        super("task-shares-creator-context",
                "a task created inside another task runs in its creator's context itself instead of a copy of it, so "
                        + "values either one sets later are seen by the other",
                "context.task.copy-at-creation");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public Context taskContext(ModuleState module, EventLoop loop, Context given) {
                if (given == null && module.currentTask(loop) instanceof Task creator) {
                    return creator.getContext();
                }
                return module.contextOrCopy(given);
            }
        };
    }
}
