package dev.asynciotck.spi;

/**
 * An event loop policy ({@code asyncio.AbstractEventLoopPolicy}): what {@code asyncio.get_event_loop()} consults
 * when no loop is running, and what {@code asyncio.set_event_loop()} and {@code asyncio.new_event_loop()} call.
 * The module's functions call the current policy's methods ({@link Asyncio#getEventLoopPolicy()}), so a policy the
 * program made and set with {@link Asyncio#setEventLoopPolicy} is called back through these methods, its own
 * overrides included (events.py of 3.6-3.15: {@code get_event_loop_policy().set_event_loop(loop)},
 * {@code get_event_loop_policy().new_event_loop()}, and {@code get_event_loop()}'s fallback
 * {@code get_event_loop_policy().get_event_loop()}).
 *
 * <p>The provider's default policy ({@link Asyncio#newDefaultEventLoopPolicy()}, asyncio's
 * {@code DefaultEventLoopPolicy}) keeps a current loop per Python thread of its own: two default policies do not
 * share their current loops.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-policy.html">Policies</a>
 */
public interface EventLoopPolicy {

    /**
     * {@code policy.get_event_loop()}: the policy's current loop of the calling thread. It does not look at the
     * running loop; {@link Asyncio#getEventLoop()} does that before calling it. The default policy: the loop set
     * with {@link #setEventLoop}; in the main thread, before 3.14, a new loop ({@link #newEventLoop()}, then set)
     * if none was ever set; otherwise {@code RuntimeError('There is no current event loop in thread ...')}.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-policy.html#asyncio.AbstractEventLoopPolicy.get_event_loop">AbstractEventLoopPolicy.get_event_loop</a>
     */
    EventLoop getEventLoop();

    /**
     * {@code policy.set_event_loop(loop)}: the calling thread's current loop; {@code null} unsets it.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-policy.html#asyncio.AbstractEventLoopPolicy.set_event_loop">AbstractEventLoopPolicy.set_event_loop</a>
     */
    void setEventLoop(EventLoop loop);

    /**
     * {@code policy.new_event_loop()}: a new loop, not set as current.
     *
     * @see <a href="https://docs.python.org/3/library/asyncio-policy.html#asyncio.AbstractEventLoopPolicy.new_event_loop">AbstractEventLoopPolicy.new_event_loop</a>
     */
    EventLoop newEventLoop();
}
