package dev.asynciotck.reference.lib;

import dev.asynciotck.faults.FaultModelProvider;
import dev.asynciotck.faults.ModuleOverride;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.RuntimeOptions;

/**
 * Fault model: shield() links its future to the inner one both ways. The reference's shield, plus a done
 * callback on the shield's future that cancels the inner future when the shield is cancelled: cancelling the
 * task that awaits the shield (or the shield itself, as wait_for does on timeout) cancels the inner task too.
 */
public final class ShieldPassesCancelInward extends FaultModelProvider {

    public ShieldPassesCancelInward() {
        super("shield-passes-cancel-inward",
                "cancelling shield()'s future, or the task awaiting it, also cancels the shielded task",
                "shield.outer-cancel.inner-continues", "wait-for.shield.cancels-only-the-shield");
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        Asyncio module = reference().open(options);
        return ModuleOverride.of(module, "shield", args -> {
            Future inner = module.ensureFuture(args[0], null);
            Future outer = module.shield(inner);
            if (outer != inner) {
                outer.addDoneCallback(o -> {
                    if (o.cancelled()) {
                        inner.cancel(null); // the deviation
                    }
                });
            }
            return outer;
        });
    }
}
