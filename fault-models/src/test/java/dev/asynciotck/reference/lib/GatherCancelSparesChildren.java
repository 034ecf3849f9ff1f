package dev.asynciotck.reference.lib;

import dev.asynciotck.faults.FaultModelProvider;
import dev.asynciotck.faults.ModuleOverride;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.RuntimeOptions;

import java.util.List;

/** Fault model: cancelling gather()'s future cancels that future like a plain one; the children run on. */
public final class GatherCancelSparesChildren extends FaultModelProvider {

    public GatherCancelSparesChildren() {
        super("gather-cancel-spares-children",
                "cancelling the future gather() returned (or the task awaiting it) cancels only that future; the "
                        + "children are not cancelled and run to completion",
                "gather.cancel.cancels-children");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Asyncio open(RuntimeOptions options) {
        Asyncio module = reference().open(options);
        return ModuleOverride.of(module, "gather",
                args -> Gather.gather(module, (List<?>) args[0], (Boolean) args[1], SelfCancelling::new));
    }

    /** gather()'s outer future whose cancel() stops at itself. */
    private static final class SelfCancelling extends GatheringFuture {

        SelfCancelling(List<Future> children, EventLoop loop) {
            super(children, loop);
        }

        @Override
        boolean cancelChildren(Object message) {
            return inner.cancel(message);
        }
    }
}
