package dev.asynciotck.spi.exceptions;

/**
 * asyncio.QueueFull: {@link dev.asynciotck.spi.Queue#putNowait(Object)} on a queue at its maxsize.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-queue.html#asyncio.QueueFull">asyncio.QueueFull</a>
 */
public class QueueFull extends PythonException {

    public QueueFull(Object... args) {
        super(args);
    }
}
