package dev.asynciotck.reports.broken;

import dev.asynciotck.spi.EventLoop;

/** A provider whose run_until_complete never returns, and ignores interrupts: every scenario times out. */
public final class HangingProvider extends Wrapping {

    @Override
    public String name() {
        return "broken-hangs";
    }

    @Override
    EventLoop wrapLoop(EventLoop loop) {
        return loopProxy(loop, (proxy, method, args) -> {
            if (method.getName().equals("runUntilComplete")) {
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException ignored) {
                        // a hung provider does not listen
                    }
                }
            }
            return invoke(loop, method, args);
        });
    }
}
