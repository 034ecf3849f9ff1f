package dev.asynciotck.faults;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.RuntimeOptions;

/**
 * Fault model: a provider that declares asyncio 3.13 but maps CancelledError under Exception, as asyncio did
 * before 3.8, so {@code except Exception} catches a cancellation.
 */
public final class CancelledErrorIsException extends FaultModelProvider {

    public CancelledErrorIsException() {
        super("cancelled-error-is-exception",
                "CancelledError is a subclass of Exception (as before 3.8) in a provider declaring 3.13, so "
                        + "except Exception catches cancellations",
                "task.cancel.exception-hierarchy", "cancellation.exception-hierarchy.awaiting-task");
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        return ModuleOverride.of(reference().open(options), "cancelledErrorIsException", args -> true);
    }
}
