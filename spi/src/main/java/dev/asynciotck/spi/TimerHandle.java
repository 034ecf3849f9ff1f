package dev.asynciotck.spi;

/**
 * asyncio.TimerHandle: a callback scheduled for a time on the loop's clock.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.TimerHandle">asyncio.TimerHandle</a>
 */
public interface TimerHandle extends Handle {

    /** When the callback is due, on the loop's {@link EventLoop#time()} clock. */
    double when();
}
