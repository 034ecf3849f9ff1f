package dev.asynciotck.reference.lib;

import dev.asynciotck.faults.FaultModelProvider;
import dev.asynciotck.faults.ModuleOverride;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.ReturnWhen;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.WaitResult;

import java.util.Collection;

/**
 * Fault model: wait() with a timeout behaves like wait_for on what is left: when it returns, it cancels every
 * awaitable still pending. Without a timeout it is the reference's wait().
 */
public final class WaitTimeoutCancelsPending extends FaultModelProvider {

    public WaitTimeoutCancelsPending() {
        super("wait-timeout-cancels-pending",
                "wait(aws, timeout=t) cancels the awaitables still pending when it returns, as wait_for would",
                "wait.timeout.pending-not-cancelled");
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        Asyncio module = reference().open(options);
        return ModuleOverride.of(module, "wait", args -> {
            Collection<?> awaitables = (Collection<?>) args[0];
            Double timeout = (Double) args[1];
            ReturnWhen returnWhen = (ReturnWhen) args[2];
            if (timeout == null) {
                return module.wait(awaitables, null, returnWhen);
            }
            return module.coroutine("wait", awaiter -> {
                WaitResult result = (WaitResult) awaiter.await(module.wait(awaitables, timeout, returnWhen));
                for (Future f : result.pending()) {
                    f.cancel(null); // the deviation
                }
                return result;
            });
        });
    }
}
