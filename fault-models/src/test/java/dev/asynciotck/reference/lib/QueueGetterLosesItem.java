package dev.asynciotck.reference.lib;

import dev.asynciotck.faults.FaultModelProvider;
import dev.asynciotck.faults.ModuleOverride;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.RuntimeOptions;

/**
 * Fault model: asyncio.Queue hands an item to the getter that put_nowait() woke; if that getter is cancelled
 * before it resumes, the item goes with it.
 */
public final class QueueGetterLosesItem extends FaultModelProvider {

    public QueueGetterLosesItem() {
        super("queue-getter-loses-item",
                "a Queue getter woken by put() but cancelled before it resumed takes the item with it: the item is "
                        + "removed from the queue and never returned",
                "queue.get.cancelled-keeps-item", "queue.get.wait-for-cancelled-after-put");
    }

    @Override
    public Asyncio open(RuntimeOptions options) {
        Asyncio module = reference().open(options);
        return ModuleOverride.of(module, "queue",
                args -> new ItemLosingQueue(module, options, args[0]));
    }

    /** {@code asyncio.Queue} whose cancelled getter drops the item it had been woken for. */
    private static final class ItemLosingQueue extends FifoQueue {

        ItemLosingQueue(Asyncio module, RuntimeOptions options, Object maxsize) {
            super(module, options.values(), maxsize);
        }

        @Override
        void getterGaveUp(Future getter) {
            if (!empty() && getter.done() && !getter.cancelled()) {
                take();
            }
        }
    }
}
