package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.EventLoop;

/** Fault model: a task created on a running loop runs its first step inside create_task. */
public final class EagerTaskStart extends SeamFault {

    public EagerTaskStart() {
        super("eager-task-start",
                "a task created while the loop runs starts at once, inside create_task/ensure_future, instead of at "
                        + "the loop's next iteration",
                "task.creation.deferred-start", "task.creation.equivalent-spawners", "task.cancel.before-start");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public void scheduleFirstStep(EventLoop loop, ReferenceTask.Step firstStep) {
                Context context = firstStep.task().getContext();
                if (!loop.isRunning()) {
                    loop.callSoon(firstStep, context);
                    return;
                }
                OutsideCurrentTask.run(firstStep.task().module, loop, () -> context.run(firstStep));
            }
        };
    }
}
