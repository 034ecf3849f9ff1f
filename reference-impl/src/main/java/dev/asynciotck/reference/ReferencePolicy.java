package dev.asynciotck.reference;

import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.EventLoopPolicy;
import dev.asynciotck.spi.exceptions.RuntimeError;

/**
 * asyncio's default event loop policy ({@code events.BaseDefaultEventLoopPolicy}): a current loop per Python thread,
 * in a {@code _local} of its own ({@link PolicyLocals}), so two policies never share their current loops. Its loops
 * are the module's ({@link ModuleState#makeEventLoop()}). It never looks at the running loop: asyncio's
 * {@code get_event_loop()} does that before asking the policy ({@link ModuleState#getEventLoop()}).
 */
final class ReferencePolicy implements EventLoopPolicy {

    private final ModuleState module;
    /** This policy's {@code _local}: only {@code loop} and {@code setCalled} of each record are the policy's. */
    private final PolicyLocals locals = new PolicyLocals();

    ReferencePolicy(ModuleState module) {
        this.module = module;
    }

    /**
     * {@code BaseDefaultEventLoopPolicy.get_event_loop}: the thread's loop; the main thread gets one made and set
     * if none was ever set there (3.6-3.13; 3.12-3.13 also warn, see README), from 3.14 it raises instead; another
     * thread gets RuntimeError naming it.
     */
    @Override
    public EventLoop getEventLoop() {
        PolicyLocals.Local local = locals.of(module.host().currentThreadState());
        if (local.loop == null && !local.setCalled && module.host().inMainThread() && !module.atLeast(14)) {
            setEventLoop(newEventLoop());
        }
        if (local.loop == null) {
            throw new RuntimeError("There is no current event loop in thread '" + module.host().currentThreadName() + "'.");
        }
        return local.loop;
    }

    /** {@code BaseDefaultEventLoopPolicy.set_event_loop}: the calling thread's loop. */
    @Override
    public void setEventLoop(EventLoop loop) {
        PolicyLocals.Local local = locals.of(module.host().currentThreadState());
        local.setCalled = true;
        local.loop = loop;
    }

    /** {@code BaseDefaultEventLoopPolicy.new_event_loop}: a new loop of the module. */
    @Override
    public EventLoop newEventLoop() {
        return module.makeEventLoop();
    }

}
