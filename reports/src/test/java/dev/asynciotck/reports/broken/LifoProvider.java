package dev.asynciotck.reports.broken;

import dev.asynciotck.spi.EventLoop;

import java.util.ArrayList;
import java.util.List;

/** A provider that runs the callbacks a program schedules with call_soon last-in first-out: wrong results. */
public final class LifoProvider extends Wrapping {

    @Override
    public String name() {
        return "broken-lifo";
    }

    @Override
    EventLoop wrapLoop(EventLoop loop) {
        List<Runnable> pending = new ArrayList<>();
        return loopProxy(loop, (proxy, method, args) -> {
            if (method.getName().equals("callSoon")) {
                pending.add((Runnable) args[0]);
                if (pending.size() == 1) {
                    loop.callSoon(() -> {
                        List<Runnable> batch = new ArrayList<>(pending.reversed());
                        pending.clear();
                        batch.forEach(Runnable::run);
                    });
                }
                return loop.callSoon(() -> { });
            }
            return invoke(loop, method, args);
        });
    }
}
