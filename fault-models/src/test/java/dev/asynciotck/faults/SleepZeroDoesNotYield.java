package dev.asynciotck.faults;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.RuntimeOptions;

/** Fault model: sleep(0) returns at once, without the bare yield that gives the loop one iteration. */
public final class SleepZeroDoesNotYield extends FaultModelProvider {

    public SleepZeroDoesNotYield() {
        super("sleep-zero-does-not-yield",
                "await asyncio.sleep(0) (or a negative delay) returns at once without yielding to the event loop",
                "task.sleep-zero.one-step", "loop.sleep.zero-one-iteration");
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        Asyncio module = reference().open(options);
        return ModuleOverride.of(module, "sleep", args -> {
            double delay = (Double) args[0];
            Object result = args[1];
            return delay <= 0 ? module.coroutine("sleep", awaiter -> result) : module.sleep(delay, result);
        });
    }
}
