package dev.asynciotck.reference;

import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Task;

/**
 * Runs a callback right now, as if the loop ran it: the task that is current on {@code loop} (if any) is left
 * for the duration and entered again afterwards. Fault models that run a task step inline (an eager start, a
 * done callback called inside {@code set_result}) need it, or the step would find another task current.
 */
final class OutsideCurrentTask {

    private OutsideCurrentTask() {
    }

    static void run(ModuleState module, EventLoop loop, Runnable callback) {
        Task current = module.currentTask(loop);
        if (current != null) {
            module.leaveTask(loop, current);
        }
        try {
            callback.run();
        } finally {
            if (current != null) {
                module.enterTask(loop, current);
            }
        }
    }
}
