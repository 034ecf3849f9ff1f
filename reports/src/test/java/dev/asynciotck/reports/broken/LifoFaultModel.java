package dev.asynciotck.reports.broken;

import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.harness.FaultModel;

import java.util.Set;

/**
 * {@link LifoProvider}'s deviation declared as a {@link FaultModel}: once naming the rule that catches it, once
 * also naming a rule it does not break (so the report must show that rule as escaped).
 */
public abstract class LifoFaultModel extends Wrapping implements FaultModel {

    private final LifoProvider lifo = new LifoProvider();

    @Override
    EventLoop wrapLoop(EventLoop loop) {
        return lifo.wrapLoop(loop);
    }

    @Override
    public String deviation() {
        return "call_soon runs a batch of callbacks last in, first out";
    }

    /** Names only the rule that catches it. */
    public static final class Caught extends LifoFaultModel {
        @Override
        public String name() {
            return "fault-lifo";
        }

        @Override
        public Set<String> mustBeCaughtBy() {
            return Set.of("test.order.call-soon-fifo");
        }
    }

    /** Also names a rule whose scenarios all pass on it. */
    public static final class Misnamed extends LifoFaultModel {
        @Override
        public String name() {
            return "fault-lifo-misnamed";
        }

        @Override
        public Set<String> mustBeCaughtBy() {
            return Set.of("test.order.call-soon-fifo", "test.order.plain");
        }
    }
}
