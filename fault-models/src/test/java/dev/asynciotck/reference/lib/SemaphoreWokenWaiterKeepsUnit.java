package dev.asynciotck.reference.lib;

import dev.asynciotck.faults.FaultModelProvider;
import dev.asynciotck.faults.ModuleOverride;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.RuntimeOptions;

/**
 * Fault model: a Semaphore waiter that release() woke but that is cancelled before it resumes keeps the unit it
 * was handed (asyncio 3.9's semaphore): the unit is lost, and a later acquire waits for a release that never comes.
 */
public final class SemaphoreWokenWaiterKeepsUnit extends FaultModelProvider {

    public SemaphoreWokenWaiterKeepsUnit() {
        super("semaphore-woken-waiter-keeps-unit",
                "a Semaphore waiter woken by release() and cancelled before it resumes does not give its unit back: "
                        + "the unit is lost and a later acquire() hangs",
                "semaphore.acquire.woken-then-cancelled-passes-permit");
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        Asyncio module = reference().open(options);
        return ModuleOverride.of(module, "semaphore",
                args -> new UnitKeepingSemaphore(module, options, (Integer) args[0]));
    }

    /** {@code asyncio.Semaphore} whose woken-then-cancelled waiter keeps its unit. */
    private static final class UnitKeepingSemaphore extends AsyncSemaphore {

        UnitKeepingSemaphore(Asyncio module, RuntimeOptions options, int value) {
            super(module, options.values(), value, false);
        }

        @Override
        void wokenWaiterGaveUp() {
            // the unit handed to the cancelled waiter is not returned
        }
    }
}
