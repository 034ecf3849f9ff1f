package dev.asynciotck.reference.lib;

import dev.asynciotck.faults.FaultModelProvider;
import dev.asynciotck.faults.ModuleOverride;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.Timeout;
import dev.asynciotck.spi.exceptions.CancelledError;

/**
 * Fault model: an expired timeout turns every CancelledError that leaves its block into TimeoutError. It does
 * not compare the task's cancellation count with the one it saw on entry, so a cancellation it did not cause
 * (another timeout's, a swallowed outside cancel()) also becomes TimeoutError. Both timeout() and timeout_at()
 * hand out such timeouts; the rest is the reference.
 */
public final class TimeoutIgnoresCancelCount extends FaultModelProvider {

    public TimeoutIgnoresCancelCount() {
        super("timeout-ignores-cancel-count",
                "an expired timeout converts any CancelledError leaving its block into TimeoutError, without "
                        + "checking with uncancel() that no newer cancellation is pending",
                "structured.timeout.both-due", "structured.swallowed.timeout-in-block");
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        Asyncio module = reference().open(options);
        Asyncio withTimeout = ModuleOverride.of(module, "timeout",
                args -> new Converting(module, module.timeout((Double) args[0])));
        return ModuleOverride.of(withTimeout, "timeoutAt",
                args -> new Converting(module, module.timeoutAt((Double) args[0])));
    }

    /** The reference's timeout, with the deviation on exit. */
    private record Converting(Asyncio module, Timeout timeout) implements Timeout {

        @Override
        public Awaitable aenter() {
            return module.coroutine("Timeout.__aenter__", awaiter -> {
                awaiter.await(timeout.aenter());
                return this;
            });
        }

        @Override
        public Awaitable aexit(Throwable exception) {
            return module.coroutine("Timeout.__aexit__", awaiter -> {
                Object suppress = awaiter.await(timeout.aexit(exception)); // TimeoutError when it is "ours"
                if (timeout.expired() && exception instanceof CancelledError) {
                    throw Support.timeoutErrorFrom(exception); // the deviation: also when it is not
                }
                return suppress;
            });
        }

        @Override
        public Double when() {
            return timeout.when();
        }

        @Override
        public void reschedule(Double when) {
            timeout.reschedule(when);
        }

        @Override
        public boolean expired() {
            return timeout.expired();
        }

        @Override
        public String toString() {
            return timeout.toString();
        }
    }
}
